/**
 * unbalanced-quotes: a double quotation opened and never closed, or closed and never opened, within
 * a paragraph. A quotation that runs on into the next paragraph, which opens again (the typesetter's
 * convention), is balanced. English “…”, German „…“ and guillemets count; straight marks are paired
 * among themselves.
 */
import type { TextRun } from '../../facts/text-runs.ts';
import type { FileRule, Finding } from '../rule.ts';
import { COPY_KINDS, findingInRun, proseRuns } from '../copy-desk.ts';

/** The index of the first mark left unpaired in a run ('open' or 'close'), or undefined when all pair up. */
export function unpairedMark(text: string): { index: number; kind: 'open' | 'close' } | undefined {
  // Open marks by what closes them: English “ by ”, German „ by “, « by », » by «.
  const CLOSER: Record<string, string> = { '“': '”', '„': '“', '«': '»', '»': '«' };
  const open: { mark: string; index: number }[] = [];
  let straight: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const top = open.at(-1);
    if (top && CLOSER[top.mark] === char) open.pop();
    else if (char in CLOSER) open.push({ mark: char, index: i });
    else if (char === '”') return { index: i, kind: 'close' };
    else if (char === '"') straight = straight === undefined ? i : undefined;
  }
  const first = open[0]?.index ?? straight;
  return first === undefined ? undefined : { index: Math.min(first, straight ?? first), kind: 'open' };
}

/** Whether a run starts a quotation (the next paragraph of a quotation that runs on). */
function opensQuotation(run: TextRun | undefined): boolean {
  return run !== undefined && /^\s*["“„«»]/.test(run.text);
}

export const unbalancedQuotes: FileRule = {
  id: 'unbalanced-quotes',
  description: 'Every double quotation that opens in a paragraph closes there (or the next paragraph opens again, continuing it), and none closes unopened.',
  example: 'opens a quotation that does not close',
  severity: 'warning',
  scope: 'file',
  appliesTo: COPY_KINDS,
  check(file) {
    const findings: Finding[] = [];
    const runs = proseRuns(file);
    runs.forEach((run, index) => {
      const unpaired = unpairedMark(run.text);
      if (!unpaired) return;
      if (unpaired.kind === 'open' && opensQuotation(runs[index + 1])) return;
      findings.push(
        findingInRun(file, run, unpaired.index, 1, unpaired.kind === 'open'
          ? { message: 'opens a quotation that does not close', fix: 'close the quotation where the quoted words end, or remove the opening mark' }
          : { message: 'closes a quotation that was not opened', fix: 'open the quotation where the quoted words begin, or remove the closing mark' }),
      );
    });
    return findings;
  },
};
