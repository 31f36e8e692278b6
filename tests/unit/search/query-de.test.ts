// The search box in German: German book names and abbreviations, the comma between chapter and verse,
// the dot between verses, `1. Mose`, read the way the build's German parser reads the same reference.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createQueryReader } from '../../../src/lib/search/common/query.ts';
import { GERMAN_SEARCH } from '../../../src/lib/search/common/search-language.ts';
import { bookNameTable, bookNamesModule } from '../../../src/lib/search/build-time/build-book-names.ts';
import { BOOKS, formatPassagesIn, GERMAN, parseReferenceIn, requireBook } from '../../../src/lib/scripture/index.ts';

const german = createQueryReader(GERMAN_SEARCH);

// [query, passages as displayed ('' = none), words left, offered book ('' = none)]
const TABLE: [string, string, string, string][] = [
  ['Offb 13', 'Offenbarung 13', '', ''],
  ['Mt 24,6', 'Matthäus 24,6', '', ''],
  ['Matthäus 24', 'Matthäus 24', '', ''],
  ['matthäus 24', 'Matthäus 24', '', ''],
  ['Matthaeus 24', 'Matthäus 24', '', ''],
  ['Offb 13,16–18', 'Offenbarung 13,16–18', '', ''],
  ['Offb 13,16-18', 'Offenbarung 13,16–18', '', ''],
  ['1. Mose 3,15', '1. Mose 3,15', '', ''],
  ['1.Mose 3,15', '1. Mose 3,15', '', ''],
  ['1Mo 3,15', '1. Mose 3,15', '', ''],
  ['1. Thess 5,3', '1. Thessalonicher 5,3', '', ''],
  ['Hes 38–39', 'Hesekiel 38–39', '', ''],
  ['Ps 122,6', 'Psalm 122,6', '', ''],
  ['Psalm 2', 'Psalm 2', '', ''],
  ['Mt 24,6-7', 'Matthäus 24,6–7', '', ''],
  ['Mt 24:6', 'Matthäus 24,6', '', ''],
  ['Joh 3,16.18', 'Johannes 3,16; Johannes 3,18', '', ''],
  ['Offb 13; 17', 'Offenbarung 13; Offenbarung 17', '', ''],
  ['Offb 13,1-18; 17,3', 'Offenbarung 13,1–18; Offenbarung 17,3', '', ''],
  ['Dan 7,1-8,2', 'Daniel 7,1–8,2', '', ''],
  ['Röm 8,28', 'Römer 8,28', '', ''],
  ['Apg 2,17', 'Apostelgeschichte 2,17', '', ''],
  ['Judas 3', 'Judas 3', '', ''],
  ['Sach 12', 'Sacharja 12', '', ''],
  ['Mt 24 Krieg', 'Matthäus 24', 'Krieg', ''],
  ['Kriege Mt 24,6', 'Matthäus 24,6', 'Kriege', ''],
  ['Mt 24, Krieg', 'Matthäus 24', 'Krieg', ''],
  ['(Lk 21,8)', 'Lukas 21,8', '', ''],
  // Names and words stay words.
  ['Markus Söder', '', 'Markus Söder', ''],
  ['Daniel Günther sagte', '', 'Daniel Günther sagte', ''],
  ['Daniel', '', 'Daniel', 'Dan'],
  ['Offenbarung', '', 'Offenbarung', 'Rev'],
  ['Johannes 2024', '', 'Johannes 2024', 'John'],
  ['Markus 10 Jahre', '', 'Markus 10 Jahre', 'Mark'],
  ['"Lk 21"', '', '"Lk 21"', ''],
  ['Waffenstillstand', '', 'Waffenstillstand', ''],
];

describe('parseQuery in German', () => {
  it.each(TABLE)('%j', (query, passages, words, offer) => {
    const parsed = german.parseQuery(query);
    expect(parsed.passages.length ? german.formatPassages(parsed.passages) : '').toBe(passages);
    expect(parsed.words).toBe(words);
    expect(parsed.offer?.book ?? '').toBe(offer);
  });

  const rows = TABLE.filter(([query, passages]) => passages !== '' && !query.includes('Matthaeus'));
  it.each(rows)('%j reads as the build\'s German parser reads its reference', (query) => {
    const parsed = german.parseQuery(query);
    const fromBuild = parsed.references.flatMap((reference) => {
      const result = parseReferenceIn(GERMAN, reference);
      if (!result.ok) throw new Error(`${reference}: ${result.message}`);
      return result.passages;
    });
    expect(parsed.passages).toEqual(fromBuild);
    expect(german.formatPassages(parsed.passages)).toBe(parsed.passages.map((p) => formatPassagesIn(GERMAN, [p])).join('; '));
  });

  it('knows every German book by its Luther name, in any case, and its German address slug', () => {
    for (const book of BOOKS) {
      const name = GERMAN.bookName(book);
      for (const form of [name, name.toLowerCase(), name.toUpperCase()]) expect(german.parseQuery(`${form} 1,1`).passages.map((p) => p.book), form).toEqual([book.id]);
      expect(german.bookSlug(book.id)).toBe(GERMAN.bookSlug(book));
      expect(german.bookName(book.id)).toBe(name);
    }
  });

  it('reads back every spelling the German generator found', () => {
    const table = bookNameTable('de');
    expect(table.flatMap((row) => row.keys).length).toBeGreaterThan(150);
    for (const row of table) {
      for (const key of row.keys) expect(german.parseQuery(`${key.replace(/\p{L}/u, (c) => c.toUpperCase())} 1,1`).passages.map((p) => p.book), key).toEqual([row.id]);
    }
  });

  it('book-names-de.ts is what the generator writes from the current parser (no drift)', () => {
    expect(readFileSync(new URL('../../../src/lib/search/common/book-names-de.ts', import.meta.url), 'utf8')).toBe(bookNamesModule('de'));
  });

  it('says what is wrong with a passage as data, for the page to word in German', () => {
    const check = (query: string) => german.parseQuery(query).passages.map((p) => german.checkPassage(p, requireBook(p.book).verses));
    expect(check('Lk 25')).toEqual([{ kind: 'chapters', book: 'Lukas', chapters: 24 }]);
    expect(check('Lk 21,39')).toEqual([{ kind: 'verses', place: 'Lukas 21', verses: 38 }]);
    expect(check('Mt 24,8-6')).toEqual([{ kind: 'backwards' }]);
    expect(check('Judas 26')).toEqual([{ kind: 'verses', place: 'Judas', verses: 25 }]);
  });
});
