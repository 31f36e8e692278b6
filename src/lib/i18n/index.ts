/**
 * UI strings, counts, dates and numbers per edition. Pure: no Astro, no DOM. A page gets its
 * edition's language and locale (src/lib/editions/config.ts) and asks here; nothing reads a global.
 */
import { countIn } from '../text/plural.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import type { CountKey, Messages } from './messages.ts';

export type { CountKey, MessageKey, Messages } from './messages.ts';

/** Every language's table: the languages an edition can be in (src/lib/editions/config.ts). */
export const MESSAGES = { en, de } as const satisfies Readonly<Record<string, Messages>>;

/** A language with a strings table. */
export type Language = keyof typeof MESSAGES;

/** The UI strings of an edition's language. */
export function messagesFor(lang: Language): Messages {
  return MESSAGES[lang];
}

/** A count with its noun in a language and locale: `1 article`, `2 Bücher`, `1.311 Artikel`. */
export function countFor(messages: Messages, locale: string, key: CountKey, n: number): string {
  return countIn(locale, n, messages[key]);
}

/**
 * A `YYYY-MM-DD` day in the locale's long form: en-GB `2 March 2026`, de-DE `2. März 2026`.
 * Deterministic: the day is read and written in UTC, whatever the machine's time zone.
 */
export function formatDay(isoDay: string, locale: string): string {
  return dayFormat(locale).format(new Date(`${isoDay}T00:00:00Z`));
}

/** A number in the locale's digits and grouping: en-GB `1,311`, de-DE `1.311`. */
export function formatNumber(n: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(locale: string): Intl.DateTimeFormat {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return format;
}
