/** calendar-date: `date`, `updated` and a quote's `date` are real calendar days, YYYY-MM-DD (src/lib/text/dates.ts). */
import { schemaRule } from '../schema-rule.ts';

export const calendarDate = schemaRule({
  id: 'calendar-date',
  description: 'Dates are YYYY-MM-DD and a real calendar day (YAML would roll 2023-02-30 over to March).',
  example: '2023-02-30 is not a calendar day',
  appliesTo: ['article'],
});
