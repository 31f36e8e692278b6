// Finds English UI words in text meant for another edition. englishOnlyStrings() lists what the English
// strings table says and the German one does not (plain strings, plural forms, and the fixed words around
// a function's gaps); englishLeaks() finds them in a page's data. For every helper's German page-data tests.
import { de } from '../../../src/lib/i18n/de.ts';
import { en } from '../../../src/lib/i18n/en.ts';

type Value = string | Readonly<Record<string, string>> | ((...args: never[]) => string);

const GAP = '\u0001';
// Texts shorter than these are too common to tell English by: a one-word entry ("in" is German too) and the
// fixed words around a function's gaps ("of", "on", "The" before a name, which content such as an
// organization's name also has).
const MIN_ENTRY = 3;
const MIN_FRAGMENT = 4;

/** Every piece of text a table holds: strings, plural forms, and a function's words around its gaps. */
function textsOf(table: Readonly<Record<string, Value>>): string[] {
  return Object.values(table).flatMap((value): string[] => {
    if (typeof value === 'string') return [value.trim()];
    if (typeof value === 'object') return Object.values(value).map((form) => form.trim());
    const written = (value as (...args: string[]) => string)(...Array.from({ length: value.length }, () => GAP));
    return written
      .split(GAP)
      .map((fragment) => fragment.trim())
      .filter((fragment) => fragment.length >= MIN_FRAGMENT && /\p{L}/u.test(fragment));
  });
}

let cached: string[] | undefined;

/** The English table's texts that no German text equals, longest first (so a phrase is reported before its words). */
export function englishOnlyStrings(): string[] {
  if (!cached) {
    const german = new Set(textsOf(de as unknown as Record<string, Value>));
    const english = new Set(textsOf(en as unknown as Record<string, Value>).filter((text) => text.length >= MIN_ENTRY && !german.has(text)));
    cached = [...english].sort((a, b) => b.length - a.length);
  }
  return cached;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Fields that name things for code, not readers: a note list's kind (`corrections`), ids, language tags.
const NOT_TEXT = new Set(['kind', 'id', 'lang', 'locale', 'slug']);

/** Every string in a value (page data, nested objects and arrays), except addresses (`/de/articles/x/`, `https://…`) and code names. */
export function textIn(value: unknown): string[] {
  if (typeof value === 'string') return /^(\/|https?:\/\/)/.test(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(textIn);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => (NOT_TEXT.has(key) ? [] : textIn(inner)));
  return [];
}

/** The English-only strings found as whole words in the text of `value`, each with the text it was found in. */
export function englishLeaks(value: unknown): { english: string; in: string }[] {
  const texts = textIn(value);
  return englishOnlyStrings().flatMap((english) => {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(english)}(?![\\p{L}\\p{N}])`, 'u');
    const found = texts.find((text) => pattern.test(text));
    return found === undefined ? [] : [{ english, in: found }];
  });
}
