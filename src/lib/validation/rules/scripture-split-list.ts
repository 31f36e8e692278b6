/**
 * scripture-split-list: in a language whose verse follows a comma (German `Mt 24,6`), a YAML list
 * in brackets splits at that comma too: `[Mt 24,6, Dan 9,27]` is read as `Mt 24`, `6`, `Dan 9`, `27`
 * and the verses would be lost without a word (src/lib/scripture/split-list.ts).
 */
import { shortenValue } from '../problems.ts';
import { detectSplitList } from '../../scripture/split-list.ts';
import { scriptureLanguageOf } from '../../editions/edition.ts';
import type { FileRule } from '../rule.ts';

export const scriptureSplitList: FileRule = {
  id: 'scripture-split-list',
  description: 'In an edition whose references put a comma before the verse (German `Mt 24,6`), a `scripture` list in brackets that YAML split at a verse comma is an error; the fix writes one reference per line.',
  example: 'the list in brackets was read as 4 entries ("Mt 24", "6", "Dan 9", "27"): YAML splits a bracketed list at every comma, also at the comma before a verse',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article'],
  check(file) {
    const list = file.fields?.scripture;
    if (!Array.isArray(list) || scriptureLanguageOf(file.lang).chapterVerse[0] !== ',') return [];
    const written = file.fieldText('scripture');
    const split = written === undefined ? undefined : detectSplitList(written, list);
    if (!split) return [];
    return [{ line: file.lineOf(['scripture']), field: 'scripture', value: shortenValue(written!.replace(/^\s*scripture\s*:\s*/, '')), message: split.message, fix: split.fix }];
  },
};
