/**
 * trailing-promotion: a body that ends on a promotional line copied with the text ("Subscribe to our
 * newsletter", a "Learn more:" or German "Mehr erfahren:" left dangling), or on a line that introduces
 * something that is not there (a dangling colon). The house style's closing link to another article
 * ("Read more: “Nets, Storms and the Sea of Galilee”", kept by the importer) is not a promotion.
 */
import { NOT_PROSE } from '../../facts/text-runs.ts';
import type { FileRule } from '../rule.ts';
import { COPY_KINDS, findingInRun, proseRuns } from '../copy-desk.ts';

// A line that only sells: a promotion wherever it stands at the end.
const PROMOTION = /^\s*(?:subscribe|sign up|follow us|support us|donate|click here|jetzt abonnieren|abonnieren|folgen sie uns|hier klicken)\b/iu;
// A closing link's label ("Learn more: “Rain on the Hills”" is the house style's pointer to another
// article): a promotion only when nothing follows it.
const LINK_LABEL = /^\s*(?:learn more|read more|find out more|more info|mehr erfahren|mehr dazu|mehr lesen|weiterlesen)\b/iu;
// Longer than this, a closing paragraph is prose, whatever its first words.
const MAX_LINE = 160;

export const trailingPromotion: FileRule = {
  id: 'trailing-promotion',
  description: 'The body does not end on a promotional line ("Subscribe…", a "Learn more:" or "Mehr erfahren:" with nothing after it) or on a dangling colon; a closing link to another article ("Read more: “Title”") is fine.',
  example: 'ends with a promotional line',
  severity: 'warning',
  scope: 'file',
  appliesTo: COPY_KINDS,
  check(file) {
    const last = proseRuns(file).at(-1);
    if (!last) return [];
    const text = last.text.replaceAll(NOT_PROSE, ' ').trim();
    if (text.length > MAX_LINE) return [];
    // A label with nothing after it but punctuation (an address in the line counts as something).
    const dangling = LINK_LABEL.test(text) && /^[\s:.…–—-]*$/u.test(text.replace(LINK_LABEL, '')) && !last.text.includes(NOT_PROSE);
    if (PROMOTION.test(text) || dangling) {
      return [findingInRun(file, last, 0, text.length, { message: 'ends with a promotional line', fix: 'remove the line, or finish it with the title of the article it points to and a link' })];
    }
    if (text.endsWith(':')) return [findingInRun(file, last, 0, text.length, { message: 'ends with a line that introduces nothing', fix: 'finish the sentence or remove the line' })];
    return [];
  },
};
