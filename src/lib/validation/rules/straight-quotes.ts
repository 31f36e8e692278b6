/**
 * straight-quotes: the house style sets quotation marks and apostrophes curly (“…”, ’; German „…“).
 * The text is never rewritten: the warning shows the words as they would be set. One finding per
 * paragraph, so a paragraph typed with straight quotes throughout is one thing to fix.
 */
import { typographicQuotes } from '../../typography/smart-quotes.ts';
import type { FileRule, Finding } from '../rule.ts';
import { COPY_KINDS, excerptAround, findingInRun, proseRuns } from '../copy-desk.ts';

const STRAIGHT = /["']/;

export const straightQuotes: FileRule = {
  id: 'straight-quotes',
  description: 'Quotation marks and apostrophes are curly as the house style sets them (“…” and ’; German „…“); code and addresses are not prose.',
  example: 'has straight quotation marks or apostrophes where the house style sets curly ones',
  severity: 'warning',
  scope: 'file',
  appliesTo: COPY_KINDS,
  check(file) {
    const findings: Finding[] = [];
    for (const run of proseRuns(file)) {
      const at = run.text.search(STRAIGHT);
      if (at === -1) continue;
      const count = run.text.match(/["']/g)!.length;
      const around = excerptAround(run, at);
      findings.push(
        findingInRun(file, run, at, 1, {
          message: 'has straight quotation marks or apostrophes where the house style sets curly ones',
          fix: `write ${JSON.stringify(typographicQuotes(around, file.lang))}${count > 1 ? ` (${count} straight marks in this paragraph)` : ''}`,
        }),
      );
    }
    return findings;
  },
};
