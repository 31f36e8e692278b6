/** Calendar dates as the contract writes them: `YYYY-MM-DD`, checked for being a real day. */

export type DateCheck = { ok: true; date: string } | { ok: false; message: string; fix: string };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Checks a frontmatter date. Strings must be `YYYY-MM-DD` and name a real day; a Date (YAML
 * parsers turn unquoted dates into one) is taken as its UTC day, because that is what the author typed.
 */
export function checkCalendarDate(value: unknown): DateCheck {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, message: 'not a valid date', fix: 'expected YYYY-MM-DD' };
    return checkCalendarDate(value.toISOString().slice(0, 10));
  }
  if (typeof value !== 'string') {
    return { ok: false, message: `expected a date, found ${describeType(value)}`, fix: 'expected YYYY-MM-DD, e.g. 2026-03-02' };
  }
  const text = value.trim();
  const match = ISO_DAY.exec(text);
  if (!match) return { ok: false, message: 'not a date in the form YYYY-MM-DD', fix: 'expected YYYY-MM-DD, e.g. 2026-03-02' };
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1000) return { ok: false, message: `year ${match[1]} is out of range`, fix: 'use a four-digit year from 1000 to 9999' };
  if (month < 1 || month > 12) return { ok: false, message: `month ${match[2]} does not exist`, fix: 'expected YYYY-MM-DD with a month from 01 to 12' };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return {
      ok: false,
      message: `${text} is not a calendar day`,
      fix: `${MONTHS[month - 1]} ${year} has ${last} days`,
    };
  }
  return { ok: true, date: text };
}

/** `2026-03-02` → `2 March 2026` (fixed English, no locale or time zone involved). */
export function formatDisplayDate(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** Year of a `YYYY-MM-DD` day. */
export function yearOf(isoDay: string): number {
  return Number(isoDay.slice(0, 4));
}

/** Midnight UTC of a `YYYY-MM-DD` day, for feeds and sitemaps. */
export function toUtcDate(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
