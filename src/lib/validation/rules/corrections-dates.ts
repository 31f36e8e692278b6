/**
 * corrections-dates: a correction cannot precede publication, and `updated` (the date feeds, sitemaps
 * and JSON-LD give as the last change) must be given and not older than the latest correction.
 */
import { datedNotesRule } from '../dated-notes-rule.ts';

export const correctionsDates = datedNotesRule({
  id: 'corrections-dates',
  field: 'corrections',
  description: 'Every correction is dated on or after `date`, and `updated` is on or after the latest correction.',
  noun: 'correction',
  day: 'the day the correction was made',
  requireUpdated: { verb: 'corrected' },
});
