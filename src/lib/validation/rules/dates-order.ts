/** dates-order: an update cannot come before the publication; checked whenever both dates are valid. */
import type { FileRule } from '../rule.ts';

export const datesOrder: FileRule = {
  id: 'dates-order',
  description: '`updated` is not before `date`.',
  example: '2025-03-01 is before the publication date 2025-03-10',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article'],
  check(file) {
    const date = file.articleField('date');
    const updated = file.articleField('updated');
    if (!date || !updated || updated >= date) return [];
    return [
      {
        line: file.lineOf(['updated']),
        field: 'updated',
        value: JSON.stringify(updated),
        message: `${updated} is before the publication date ${date}`,
        fix: `use a date on or after ${date}, or remove updated`,
      },
    ];
  },
};
