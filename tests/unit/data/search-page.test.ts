// The search page's words and its script's configuration, in each edition: German words and addresses,
// the German book table only, templates that fill the way the strings table writes.
import { describe, expect, it } from 'vitest';
import { searchPage } from '../../../src/data/search-page.ts';
import { pageEdition } from '../../../src/lib/editions/page-edition.ts';
import { SITE_EDITIONS } from '../../../src/lib/editions/config.ts';
import { de } from '../../../src/lib/i18n/de.ts';
import { en } from '../../../src/lib/i18n/en.ts';
import { GERMAN_SEARCH, ENGLISH_SEARCH } from '../../../src/lib/search/common/search-language.ts';
import { countText, fill, problemText, type SearchPageConfig } from '../../../src/lib/search/common/search-text.ts';
import { createQueryReader } from '../../../src/lib/search/common/query.ts';
import { ENGLISH_EDITION } from './entries.ts';

const GERMAN_EDITION = pageEdition(SITE_EDITIONS, 'de', 'https://watchman.example.org');
const german = searchPage({ edition: GERMAN_EDITION });
const germanConfig = JSON.parse(german.config) as SearchPageConfig;
const englishConfig = JSON.parse(searchPage({ edition: ENGLISH_EDITION }).config) as SearchPageConfig;

describe('the search page in German', () => {
  it('has German words and addresses in the German edition', () => {
    expect(german).toMatchObject({ title: 'Suche', heading: 'Suche', action: '/de/search/', button: 'Suchen', placeholder: 'Wörter, Namen, Quellen oder Bibelstellen, z. B. Lk 21' });
    expect(german.noscript).toMatchObject({ archive: { href: '/de/archive/', text: 'Archiv' }, scripture: { href: '/de/bibel/', text: 'Bibelstelle' }, or: 'oder' });
  });

  it('gives its script the German strings, plural forms, book table and addresses', () => {
    expect(germanConfig).toMatchObject({ lang: 'de', locale: 'de-DE', searchPath: '/de/search/', passagesPath: '/de/search/passages/', pagefindPath: '/pagefind/pagefind.js' });
    expect(germanConfig.language).toEqual(JSON.parse(JSON.stringify(GERMAN_SEARCH)));
    expect(german.config).not.toContain('Revelation|');
    expect(germanConfig.filters.map((filter) => [filter.key, filter.label])).toEqual([
      ['book', 'Biblisches Buch'], ['chapter', 'Bibelkapitel'], ['topic', 'Thema'], ['author', 'Autor'], ['source', 'Quelle'], ['year', 'Jahr'],
    ]);
    expect(germanConfig.filters[0]!.values).toBe(' Werte für „Biblisches Buch“');
  });

  it('fills each template as the strings table writes the same words', () => {
    const { text } = germanConfig;
    const three = countText(germanConfig, 3, germanConfig.counts.article);
    expect(three).toBe('3 Artikel');
    expect(countText(germanConfig, 1311, germanConfig.counts.article)).toBe('1.311 Artikel');
    expect(fill(text['search.found'], three, fill(text['search.for'], 'Offb 13'))).toBe(de['search.found'](three, de['search.for']('Offb 13')));
    expect(fill(text['search.none'], fill(text['search.for'], 'x'))).toBe(de['search.none'](de['search.for']('x')));
    // The count is said once, by the status line; the passage line says what was understood.
    expect(fill(text['search.passage'], 'Offenbarung 13', '')).toBe('Bibelstelle: Offenbarung 13. ');
    expect(fill(text['search.cites'], 'Offenbarung 13,16–17')).toBe('zitiert Offenbarung 13,16–17');
    expect(fill(text['search.mentions'], 'Offenbarung')).toBe('erwähnt Offenbarung');
    expect(fill(text['search.mentions-last'], three)).toBe(de['search.mentions-last'](three));
    expect(fill(text['search.passages-in'], 'Daniel')).toBe('Bibelstellen im Buch Daniel suchen');
    expect(fill(text['search.selected'], 2)).toBe(de['search.selected'](2));
    const reader = createQueryReader(germanConfig.language);
    const problems = ['Lk 25', 'Lk 21,39', 'Mt 24,8-6'].map((query) => {
      const [passage] = reader.parseQuery(query).passages;
      return problemText(germanConfig, reader.checkPassage(passage!, passage!.book === 'Luke' ? Array(24).fill(38) : Array(28).fill(40))!);
    });
    expect(problems).toEqual(['Lukas hat 24 Kapitel', 'Lukas 21 hat 38 Verse', 'die Stellenangabe läuft rückwärts']);
  });

  it('keeps the English script words exactly as the English table writes them', () => {
    const { text } = englishConfig;
    expect(englishConfig.language).toEqual(JSON.parse(JSON.stringify(ENGLISH_SEARCH)));
    expect(fill(text['search.found'], '3 articles', fill(text['search.for'], 'Luke 21'))).toBe(en['search.found']('3 articles', en['search.for']('Luke 21')));
    expect(fill(text['search.as-words'], problemText(englishConfig, { kind: 'chapters', book: 'Luke', chapters: 24 }))).toBe('Luke has 24 chapters: searched as words.');
    expect(problemText(englishConfig, { kind: 'verses', place: 'Jude', verses: 25 })).toBe('Jude has 25 verses');
    expect(englishConfig.filters[0]).toEqual({ key: 'book', label: 'Scripture book', values: ' scripture book values' });
    expect(fill('{0} and {1}', 'a {1}', 'b')).toBe('a {1} and b');
  });
});
