/**
 * corrections-dates: a correction cannot precede publication, and `updated` (the date feeds, sitemaps
 * and JSON-LD give as the last change) must not be older than the latest correction.
 */
import { latestCorrection } from '../../newsroom/corrections.ts';
import type { FileRule, Finding } from '../rule.ts';

export const correctionsDates: FileRule = {
  id: 'corrections-dates',
  description: 'Every correction is dated on or after `date`, and `updated` is on or after the latest correction.',
  example: 'is before the latest correction (2025-03-12)',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article'],
  check(file) {
    const date = file.articleField('date');
    const corrections = file.articleField('corrections');
    if (!date || !corrections?.length) return [];
    const findings: Finding[] = [];
    corrections.forEach((correction, index) => {
      if (correction.date >= date) return;
      findings.push({
        line: file.lineOf(['corrections', index, 'date']),
        field: `corrections[${index}].date`,
        value: correction.date,
        message: `is before the publication date ${date}`,
        fix: `use the day the correction was made, on or after ${date}`,
      });
    });
    const latest = latestCorrection(corrections);
    if (!latest || latest.date < date) return findings;
    const updated = file.articleField('updated');
    if (!updated && file.fields?.updated === undefined) {
      findings.push({
        line: file.lineOf(['corrections']),
        field: 'updated',
        message: `is missing, but the article was corrected on ${latest.date}`,
        fix: `add updated: ${latest.date} (or a later day)`,
      });
    } else if (updated && updated < latest.date) {
      findings.push({
        line: file.lineOf(['updated']),
        field: 'updated',
        value: updated,
        message: `is before the latest correction (${latest.date})`,
        fix: `set updated: ${latest.date} (or a later day)`,
      });
    }
    return findings;
  },
};
