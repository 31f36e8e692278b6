/**
 * date-future: a date more than a year after the build's day is a mistake (a year 9999 would pin the
 * article to the top of every list, feed and sitemap for ever). Articles may be dated ahead (an
 * embargo, a scheduled post), up to one year.
 */
import { buildDay } from '../build-day.ts';
import type { FileRule, Finding } from '../rule.ts';

/** The latest day allowed: the same day one year after `today` (both YYYY-MM-DD; compared as text). */
export function latestAllowedDay(today: string): string {
  return `${String(Number(today.slice(0, 4)) + 1).padStart(4, '0')}${today.slice(4)}`;
}

/** The finding for a day after the bound, or undefined. */
export function futureDateFinding(day: string, today: string, field: string, line: number | undefined): Finding | undefined {
  const latest = latestAllowedDay(today);
  if (day <= latest) return undefined;
  return {
    line,
    field,
    value: day,
    message: `${day} is more than a year after the day of the build; the article would stay at the top of every list`,
    fix: `use the real date (the build's day is ${today}, so ${latest} at the latest); to hold an article back, set draft: true`,
  };
}

export const dateFuture: FileRule = {
  id: 'date-future',
  description: 'date, updated and corrections[].date are at most one year after the day of the build (SOURCE_DATE_EPOCH, when set, is that day).',
  example: '9999-12-31 is more than a year after the day of the build; the article would stay at the top of every list',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article'],
  readsClock: true,
  check(file) {
    const today = buildDay();
    const findings: Finding[] = [];
    const date = file.articleField('date');
    const updated = file.articleField('updated');
    const corrections = file.articleField('corrections') ?? [];
    const check = (day: string | undefined, path: (string | number)[]) => {
      const finding = day ? futureDateFinding(day, today, path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join(''), file.lineOf(path)) : undefined;
      if (finding) findings.push(finding);
    };
    check(date, ['date']);
    check(updated, ['updated']);
    corrections.forEach((correction, index) => check(correction.date, ['corrections', index, 'date']));
    return findings;
  },
};
