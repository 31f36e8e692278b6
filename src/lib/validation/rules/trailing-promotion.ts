/**
 * trailing-promotion: a body that ends on a promotional line copied with the text ("Learn more:",
 * "Subscribe to our newsletter", German "Mehr erfahren:"), or on a line that introduces something
 * that is not there (a dangling colon).
 */
import { NOT_PROSE } from '../../facts/text-runs.ts';
import type { FileRule } from '../rule.ts';
import { COPY_KINDS, findingInRun, proseRuns } from '../copy-desk.ts';

const PROMOTION = /^\s*(?:learn more|read more|find out more|more info|click here|subscribe|sign up|follow us|support us|donate|mehr erfahren|mehr dazu|mehr lesen|weiterlesen|hier klicken|jetzt abonnieren|abonnieren|folgen sie uns)\b/iu;
// Longer than this, a closing paragraph is prose, whatever its first words.
const MAX_LINE = 160;

export const trailingPromotion: FileRule = {
  id: 'trailing-promotion',
  description: 'The body does not end on a promotional line ("Learn more:", "Subscribe…", "Mehr erfahren") or on a dangling colon.',
  example: 'ends with a promotional line',
  severity: 'warning',
  scope: 'file',
  appliesTo: COPY_KINDS,
  check(file) {
    const last = proseRuns(file).at(-1);
    if (!last) return [];
    const text = last.text.replaceAll(NOT_PROSE, ' ').trim();
    if (text.length > MAX_LINE) return [];
    if (PROMOTION.test(text)) return [findingInRun(file, last, 0, text.length, { message: 'ends with a promotional line', fix: 'remove the line: the page links its source under the article' })];
    if (text.endsWith(':')) return [findingInRun(file, last, 0, text.length, { message: 'ends with a line that introduces nothing', fix: 'finish the sentence or remove the line' })];
    return [];
  },
};
