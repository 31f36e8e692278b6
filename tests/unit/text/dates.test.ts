import { describe, expect, it } from 'vitest';
import { checkCalendarDate, formatDisplayDate } from '../../../src/lib/text/dates.ts';

describe('checkCalendarDate', () => {
  it.each([
    ['2026-03-02', '2026-03-02'],
    ['2024-02-29', '2024-02-29'],
    [' 2025-12-31 ', '2025-12-31'],
  ])('accepts %j', (input, expected) => {
    expect(checkCalendarDate(input)).toEqual({ ok: true, date: expected });
  });

  it('takes a YAML Date as the UTC day the author typed', () => {
    expect(checkCalendarDate(new Date('2026-03-02T00:00:00Z'))).toEqual({ ok: true, date: '2026-03-02' });
  });

  it.each([
    ['2023-02-30', '2023-02-30 is not a calendar day', 'February 2023 has 28 days'],
    ['2023-02-29', '2023-02-29 is not a calendar day', 'February 2023 has 28 days'],
    ['2024-04-31', '2024-04-31 is not a calendar day', 'April 2024 has 30 days'],
    ['2024-13-45', 'month 13 does not exist', 'expected YYYY-MM-DD with a month from 01 to 12'],
    ['2024-00-10', 'month 00 does not exist', 'expected YYYY-MM-DD with a month from 01 to 12'],
    ['0000-01-01', 'year 0000 is out of range', 'use a four-digit year from 1000 to 9999'],
    ['10000-01-01', 'not a date in the form YYYY-MM-DD', 'expected YYYY-MM-DD, e.g. 2026-03-02'],
    ['2 March 2026', 'not a date in the form YYYY-MM-DD', 'expected YYYY-MM-DD, e.g. 2026-03-02'],
    ['2026-3-2', 'not a date in the form YYYY-MM-DD', 'expected YYYY-MM-DD, e.g. 2026-03-02'],
  ])('rejects %j', (input, message, fix) => {
    expect(checkCalendarDate(input)).toEqual({ ok: false, message, fix });
  });

  it.each([
    [20260302, 'expected a date, found a number'],
    [null, 'expected a date, found null'],
    [['2026-03-02'], 'expected a date, found a list'],
  ])('rejects non-dates: %j', (input, message) => {
    expect(checkCalendarDate(input)).toMatchObject({ ok: false, message });
  });

  it('rejects an invalid Date object', () => {
    expect(checkCalendarDate(new Date('nonsense'))).toMatchObject({ ok: false, message: 'not a valid date' });
  });
});

describe('formatDisplayDate', () => {
  it('writes the day in words without a time zone', () => {
    expect(formatDisplayDate('2026-03-02')).toBe('2 March 2026');
    expect(formatDisplayDate('2025-12-31')).toBe('31 December 2025');
  });
});
