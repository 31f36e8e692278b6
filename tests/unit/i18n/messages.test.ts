import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { de } from '../../../src/lib/i18n/de.ts';
import { en } from '../../../src/lib/i18n/en.ts';
import { countFor, formatDay, formatNumber, MESSAGES, type Messages } from '../../../src/lib/i18n/index.ts';
import { ogAlt } from '../../../src/lib/og/card.ts';
import { formatDisplayDate } from '../../../src/lib/text/dates.ts';
import { ARTICLE, countIn, countOf, pluralIn, type PluralForms } from '../../../src/lib/text/plural.ts';

const LOCALES = { en: 'en-GB', de: 'de-DE' } as const;
type Value = string | PluralForms | ((...args: never[]) => string);
const kind = (value: Value): string => (typeof value === 'function' ? `function/${value.length}` : typeof value === 'string' ? 'string' : 'plural');

// Type-level: a table without a key, or with one English lacks, is not Messages (tsc fails if these stop erroring).
const { 'nav.latest': _dropped, ...withoutKey } = de;
// @ts-expect-error a missing key is a type error
const missing: Messages = withoutKey;
// @ts-expect-error an extra key is a type error
const extra: Messages = { ...de, 'nav.extra': 'Extra' };
// @ts-expect-error a function with other parameters is a type error
const wrongKind: Messages = { ...de, 'home.page': 'Neueste Artikel' };
void [_dropped, missing, extra, wrongKind];

describe('UI string tables', () => {
  it('have exactly the English keys in every language, each of the same kind', () => {
    const english = Object.keys(en).sort();
    for (const [lang, table] of Object.entries(MESSAGES)) {
      expect(Object.keys(table).sort(), lang).toEqual(english);
      for (const key of english) {
        expect(kind((table as Record<string, Value>)[key]!), `${lang} ${key}`).toBe(kind((en as Record<string, Value>)[key]!));
      }
    }
  });

  it('give every plural category the language’s Intl.PluralRules can choose', () => {
    for (const [lang, table] of Object.entries(MESSAGES) as [keyof typeof LOCALES, Messages][]) {
      const categories = new Intl.PluralRules(LOCALES[lang]).resolvedOptions().pluralCategories;
      for (const [key, value] of Object.entries(table)) {
        if (typeof value !== 'object') continue;
        for (const category of categories) expect(value[category], `${lang} ${key} ${category}`).toBeTypeOf('string');
      }
    }
  });

  it('hold the English strings the site shows today, word for word', () => {
    const shown = sourceText(['src/components', 'src/layouts', 'src/pages', 'src/data', 'src/browser', 'src/plugins', 'src/lib/search/browser/state.ts', 'src/lib/related/reason-text.ts', 'src/lib/text/plural.ts', 'src/lib/og', 'public/scripts']);
    // New with editions: said only where no verse text exists.
    // New with editions: said only where no verse text exists; the footnote heading comes from the Markdown renderer.
    const newForEditions = new Set(['footer.no-scripture-text', 'footnotes.label']);
    const absent = Object.entries(en)
      .filter(([key, value]) => typeof value === 'string' && !newForEditions.has(key))
      // A string the code now reads from the table by its key is accounted for where the key is used.
      .filter(([key, value]) => !shown.includes(value as string) && !shown.includes(`'${key}'`))
      .map(([key]) => key);
    expect(absent).toEqual([]);
  });

  it('write German in German: no German string equals its English one or carries common English UI words', () => {
    // Case-sensitive: German capitalises its nouns (`Verse` is German too).
    const english = /(?<![\p{L}])(the|and|of|articles?|search|page|verses?|show|more|all|no|The|Search|Show|Page|Articles|Related|Older|Newer)(?![\p{L}])/u;
    for (const [key, value] of Object.entries(de)) {
      const text = typeof value === 'function' ? (value as (...args: unknown[]) => string)('X', 2, 'Y') : typeof value === 'string' ? value : Object.values(value).join(' ');
      expect(english.test(text), `${key}: ${text}`).toBe(false);
      if (typeof value === 'string') expect(value, key).not.toBe((en as Record<string, Value>)[key]);
    }
  });

  it('write an Open Graph card’s alt text as the card does today', () => {
    for (const kicker of ['Analysis', undefined]) {
      const card = { ...(kicker ? { kicker } : {}), title: 'Wars and rumours', author: 'Jane Doe', date: '2 March 2026', siteTitle: 'Watchman Notes' };
      expect(en['og.alt'](kicker ?? '', card.title, card.author, card.date, card.siteTitle)).toBe(ogAlt(card));
    }
    expect(de['og.alt']('', 'Kriege und Kriegsgerüchte', 'Jane Doe', '2. März 2026', 'Watchman Notes')).toBe(
      'Kriege und Kriegsgerüchte. Von Jane Doe, 2. März 2026. Watchman Notes.',
    );
  });

  it('count in each language, with the dative plural after German prepositions', () => {
    expect(countFor(de, 'de-DE', 'count.book', 1)).toBe('1 Buch');
    expect(countFor(de, 'de-DE', 'count.book', 0)).toBe('0 Bücher');
    expect(countFor(de, 'de-DE', 'count.article-cites', 1)).toBe('1 Artikel zitiert');
    expect(countFor(de, 'de-DE', 'count.article-cites', 3)).toBe('3 Artikel zitieren');
    expect(countFor(de, 'de-DE', 'count.article', 1311)).toBe('1.311 Artikel');
    expect(de['scripture.summary'](5, 12)).toBe('5 Bücher zitiert in 12 Artikeln');
    expect(de['scripture.summary'](1, 1)).toBe('1 Buch zitiert in 1 Artikel');
    expect(de['series.in-parts']('Gog und Magog', 3)).toBe('Gog und Magog: eine Serie in 3 Teilen.');
    expect(en['scripture.summary'](5, 12)).toBe('5 books cited in 12 articles');
    expect(en['series.in-parts']('Gog and Magog', 1)).toBe('Gog and Magog: a series in 1 part.');
  });

  it('count English exactly as countOf does below a thousand (Intl groups larger numbers: 1,311)', () => {
    for (let n = 0; n < 1000; n++) expect(countFor(en, 'en-GB', 'count.article', n)).toBe(countOf(n, ARTICLE));
    expect(countIn('en-GB', 1311, en['count.article'])).toBe('1,311 articles');
    expect(pluralIn('en-GB', 1, en['count.article-cites'])).toBe('article cites');
  });
});

describe('dates and numbers through Intl', () => {
  it('print en-GB days exactly as the site does today, for every day of 2024-2026', () => {
    for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2027, 0, 1); time += 86_400_000) {
      const day = new Date(time).toISOString().slice(0, 10);
      expect(formatDay(day, 'en-GB')).toBe(formatDisplayDate(day));
    }
  });

  it('print German days and numbers the German way, in UTC whatever the machine’s zone', () => {
    expect(formatDay('2026-03-02', 'de-DE')).toBe('2. März 2026');
    expect(formatDay('2025-12-31', 'de-DE')).toBe('31. Dezember 2025');
    expect(formatDay('2026-01-01', 'de-DE')).toBe('1. Januar 2026');
    expect(formatNumber(1311.5, 'de-DE')).toBe('1.311,5');
    expect(formatNumber(1311.5, 'en-GB')).toBe('1,311.5');
  });
});

function sourceText(paths: string[]): string {
  const files = (path: string): string[] =>
    statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => files(join(path, name))) : [path];
  return paths.flatMap(files).filter((file) => /\.(astro|ts|js)$/.test(file)).map((file) => readFileSync(file, 'utf8')).join('\n');
}
