/**
 * updates-dates: an update cannot precede publication, and `updated`, when given, must not be older
 * than the latest update. Without `updated` the latest update is the article's last change.
 */
import { datedNotesRule } from '../dated-notes-rule.ts';

export const updatesDates = datedNotesRule({
  id: 'updates-dates',
  field: 'updates',
  description: 'Every update is dated on or after `date`, and `updated`, when given, is on or after the latest update.',
  noun: 'update',
  day: 'the day of the update',
  otherFix: ', or remove updated: the latest update then counts as the last change',
});
