/**
 * doubled-punctuation: two marks where one belongs, as when a quotation's own full stop meets the
 * sentence's comma (`…Security., 14 September 2023`). An ellipsis (...) and an abbreviation's full
 * stop (U.S., Inc., etc.) are not doubled.
 */
import type { FileRule, Finding } from '../rule.ts';
import { COPY_KINDS, excerptAround, findingInRun, proseRuns } from '../copy-desk.ts';

const PAIR = /[.,;:!?][.,;:]/g;
// Words whose full stop marks an abbreviation (English and German), compared in lower case.
const ABBREVIATIONS = new Set(['etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'no', 'nr', 'ca', 'bzw', 'usw', 'vgl', 'approx', 'prof', 'rev', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'okt', 'dez']);

/** Whether the full stop at `dot` ends an abbreviation: a listed word, or letters with full stops inside (U.S, a.m, z.B). */
function endsAbbreviation(text: string, dot: number): boolean {
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, dot - 20), dot))?.[0] ?? '';
  return ABBREVIATIONS.has(word.toLowerCase()) || /\p{L}\.\p{L}/u.test(word);
}

export const doubledPunctuation: FileRule = {
  id: 'doubled-punctuation',
  description: 'Two punctuation marks where one belongs (`Security., 14 September`); an ellipsis and an abbreviation’s full stop are not doubled.',
  example: 'has doubled punctuation ".,"',
  severity: 'warning',
  scope: 'file',
  appliesTo: COPY_KINDS,
  check(file) {
    const findings: Finding[] = [];
    for (const run of proseRuns(file)) {
      for (const match of run.text.matchAll(PAIR)) {
        const [first, second] = match[0];
        const at = match.index;
        if (first === '.' && second === '.' && (run.text[at + 2] === '.' || run.text[at - 1] === '.')) continue;
        if (first === '.' && endsAbbreviation(run.text, at)) continue;
        const kept = first === '!' || first === '?' ? first : second;
        const around = excerptAround(run, at, 2);
        findings.push(
          findingInRun(file, run, at, 2, {
            message: `has doubled punctuation "${match[0]}"`,
            fix: `keep one mark: ${JSON.stringify(around.replace(match[0], kept!))}`,
          }),
        );
      }
    }
    return findings;
  },
};
