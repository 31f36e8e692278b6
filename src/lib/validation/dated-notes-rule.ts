/**
 * The one check behind corrections-dates and updates-dates: a dated note (a correction, an update)
 * cannot precede publication, and a given `updated` must not be older than the latest note.
 * Whether a missing `updated` is an error differs: a correction requires it (the contract says so),
 * an update does not (the site then derives the last change from the updates, src/lib/newsroom/dated-notes.ts).
 */
import { latestNote } from '../newsroom/dated-notes.ts';
import type { FileRule, Finding } from './rule.ts';

export interface DatedNotesRuleSpec {
  id: string;
  field: 'corrections' | 'updates';
  description: string;
  /** `correction`, `update`: as in "is before the latest correction". */
  noun: string;
  /** How the fix names a note's day: `the day the correction was made`. */
  day: string;
  /** When set, a missing `updated` is reported: "is missing, but the article was <verb> on …". */
  requireUpdated?: { verb: string };
  /** Added to the fix for an `updated` older than the latest note. */
  otherFix?: string;
}

export function datedNotesRule(spec: DatedNotesRuleSpec): FileRule {
  return {
    id: spec.id,
    description: spec.description,
    example: `is before the latest ${spec.noun} (2025-03-12)`,
    severity: 'error',
    scope: 'file',
    appliesTo: ['article'],
    check(file) {
      const date = file.articleField('date');
      const notes = file.articleField(spec.field);
      if (!date || !notes?.length) return [];
      const findings: Finding[] = [];
      notes.forEach((note, index) => {
        if (note.date >= date) return;
        findings.push({
          line: file.lineOf([spec.field, index, 'date']),
          field: `${spec.field}[${index}].date`,
          value: note.date,
          message: `is before the publication date ${date}`,
          fix: `use ${spec.day}, on or after ${date}`,
        });
      });
      const latest = latestNote(notes);
      if (!latest || latest.date < date) return findings;
      const updated = file.articleField('updated');
      if (!updated && file.fields?.updated === undefined) {
        if (spec.requireUpdated) {
          findings.push({
            line: file.lineOf([spec.field]),
            field: 'updated',
            message: `is missing, but the article was ${spec.requireUpdated.verb} on ${latest.date}`,
            fix: `add updated: ${latest.date} (or a later day)`,
          });
        }
      } else if (updated && updated < latest.date) {
        findings.push({
          line: file.lineOf(['updated']),
          field: 'updated',
          value: updated,
          message: `is before the latest ${spec.noun} (${latest.date})`,
          fix: `set updated: ${latest.date} (or a later day)${spec.otherFix ?? ''}`,
        });
      }
      return findings;
    },
  };
}
