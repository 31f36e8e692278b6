// The search box's query parser: which part of a query is a passage and which part words, read the
// way the build's own parser reads the same reference.
import { describe, expect, it } from 'vitest';
import { createQueryReader } from '../../../src/lib/search/common/query.ts';
import { ENGLISH_SEARCH } from '../../../src/lib/search/common/search-language.ts';
import { spanOf } from '../../../src/lib/search/common/passage-file.ts';
import { bookNamesModule, bookNameTable } from '../../../src/lib/search/build-time/build-book-names.ts';
import { BOOKS, findBook, formatPassages, parseReference, requireBook, verseSpan } from '../../../src/lib/scripture/index.ts';
import { readFileSync } from 'node:fs';

const reader = createQueryReader(ENGLISH_SEARCH);
const { parseQuery, checkPassage, formatPassages: formatQueryPassages } = reader;

// [query, passages as displayed ('' = none), words left, offered book ('' = none)]
const TABLE: [string, string, string, string][] = [
  ['Mt 24', 'Matthew 24', '', ''],
  ['Matt 24:6', 'Matthew 24:6', '', ''],
  ['Matthew 24', 'Matthew 24', '', ''],
  ['matthew 24', 'Matthew 24', '', ''],
  ['MATTHEW 24', 'Matthew 24', '', ''],
  ['Luke 21:7-8', 'Luke 21:7–8', '', ''],
  ['Luke 21:7–8', 'Luke 21:7–8', '', ''],
  ['Luke 21 : 7 - 8', 'Luke 21:7–8', '', ''],
  ['Lk 21.8', 'Luke 21:8', '', ''],
  ['Dan 9:24–27', 'Daniel 9:24–27', '', ''],
  ['Daniel 7:1-8:2', 'Daniel 7:1–8:2', '', ''],
  ['1 Thess 5:3', '1 Thessalonians 5:3', '', ''],
  ['1Thess 5:3', '1 Thessalonians 5:3', '', ''],
  ['I Thess 5:3', '1 Thessalonians 5:3', '', ''],
  ['First Thessalonians 5', '1 Thessalonians 5', '', ''],
  ['1st John 2:18', '1 John 2:18', '', ''],
  ['Revelation 13', 'Revelation 13', '', ''],
  ['Rev 13:1-18; 17:3', 'Revelation 13:1–18; Revelation 17:3', '', ''],
  ['Revelation 13, 17', 'Revelation 13; Revelation 17', '', ''],
  ['John 3:16, 18', 'John 3:16; John 3:18', '', ''],
  ['Matthew 24-25', 'Matthew 24–25', '', ''],
  ['Ps 2', 'Psalm 2', '', ''],
  ['Psalm 23:1', 'Psalm 23:1', '', ''],
  ['Psalms 120-134', 'Psalms 120–134', '', ''],
  ['Jude 3', 'Jude 3', '', ''],
  ['Obadiah 15', 'Obadiah 15', '', ''],
  ['Song of Solomon 2:4', 'Song of Solomon 2:4', '', ''],
  ['Ezek 38', 'Ezekiel 38', '', ''],
  ['Is 53', 'Isaiah 53', '', ''],
  ['Job 3', 'Job 3', '', ''],
  ['Job 3:1', 'Job 3:1', '', ''],
  ['Acts 2:17', 'Acts 2:17', '', ''],
  ['Numbers 24:17', 'Numbers 24:17', '', ''],
  ['Mark 13', 'Mark 13', '', ''],
  ['Amos 8:11', 'Amos 8:11', '', ''],
  ['Mt 24 wars', 'Matthew 24', 'wars', ''],
  ['wars Mt 24', 'Matthew 24', 'wars', ''],
  ['earthquakes in Luke 21:11 famine', 'Luke 21:11', 'earthquakes in famine', ''],
  ['Luke 21 Matthew 24', 'Luke 21; Matthew 24', '', ''],
  ['Mt 24, wars', 'Matthew 24', 'wars', ''],
  ['(Luke 21:8)', 'Luke 21:8', '', ''],
  ['see [Luke 21:8]', 'Luke 21:8', 'see', ''],
  ['John 3.16', 'John 3:16', '', ''],
  // Book-like words stay words.
  ['Job', '', 'Job', 'Job'],
  ['job', '', 'job', 'Job'],
  ['Acts', '', 'Acts', 'Acts'],
  ['Numbers', '', 'Numbers', 'Numbers'],
  ['Amos', '', 'Amos', 'Amos'],
  ['Daniel', '', 'Daniel', 'Daniel'],
  ['Mark', '', 'Mark', 'Mark'],
  ['Ezekiel', '', 'Ezekiel', 'Ezekiel'],
  ['Mark Rutte', '', 'Mark Rutte', ''],
  ['Daniel Okafor said', '', 'Daniel Okafor said', ''],
  ['Amos Hochstein', '', 'Amos Hochstein', ''],
  ['a new job', '', 'a new job', ''],
  ['acts of war', '', 'acts of war', ''],
  ['numbers rise', '', 'numbers rise', ''],
  ['Job losses', '', 'Job losses', ''],
  ['Acts of war', '', 'Acts of war', ''],
  ['Numbers rise', '', 'Numbers rise', ''],
  ['Revelation is near', '', 'Revelation is near', ''],
  ['Daniel prophecy', '', 'Daniel prophecy', 'Daniel'],
  ['the vision of Daniel', '', 'the vision of Daniel', 'Daniel'],
  ['Mark 10 years', '', 'Mark 10 years', 'Mark'],
  ['Acts 2 of', '', 'Acts 2 of', 'Acts'],
  ['John 2024', '', 'John 2024', 'John'],
  ['Luke 2:30pm', '', 'Luke 2:30pm', 'Luke'],
  ['Luke 21-year-old', '', 'Luke 21-year-old', 'Luke'],
  ['Luke 3.5%', '', 'Luke 3.5%', 'Luke'],
  ['is 2 enough', '', 'is 2 enough', ''],
  ['so 3 more', '', 'so 3 more', ''],
  ['Title 42', '', 'Title 42', ''],
  ['G7 summit', '', 'G7 summit', ''],
  ['"Luke 21"', '', '"Luke 21"', ''],
  ['"the day" Matthew 24:36', 'Matthew 24:36', '"the day"', ''],
  ['ceasefire', '', 'ceasefire', ''],
  ['', '', '', ''],
];

describe('parseQuery: passages and words', () => {
  it('has at least 60 rows', () => expect(TABLE.length).toBeGreaterThanOrEqual(60));

  it.each(TABLE)('%j', (query, passages, words, offer) => {
    const parsed = parseQuery(query);
    expect(parsed.passages.length ? formatQueryPassages(parsed.passages) : '').toBe(passages);
    expect(parsed.words).toBe(words);
    expect(parsed.offer ? parsed.offer.name : '').toBe(offer ? requireBook(findBook(offer)!.id).name : '');
  });

  it('asks the word search for a book name alone as that word, not its stem\'s prefix (`Amos` must not find `among`)', () => {
    expect(reader.searchWords(parseQuery('Amos'))).toBe('"Amos"');
    expect(reader.searchWords(parseQuery('job'))).toBe('"job"');
    expect(reader.searchWords(parseQuery('Song of Solomon'))).toBe('"Song of Solomon"');
    expect(reader.searchWords(parseQuery('Amos Hochstein'))).toBe('Amos Hochstein');
    expect(reader.searchWords(parseQuery('Job losses'))).toBe('Job losses');
    expect(reader.searchWords(parseQuery('ceasefire'))).toBe('ceasefire');
    expect(reader.searchWords(parseQuery('Rev'))).toBe('Rev');
  });

  it('reads a book alone as the whole book only when asked (the offer\'s link), and nothing in words mode', () => {
    expect(formatQueryPassages(parseQuery('Job', 'passage').passages)).toBe('Job');
    expect(parseQuery('Job', 'passage').words).toBe('');
    expect(parseQuery('Mt 24 wars', 'words')).toMatchObject({ passages: [], words: 'Mt 24 wars' });
  });
});

describe('the same reading as the build', () => {
  // Every passage row, read by the frontmatter parser, gives the same passages.
  const rows = TABLE.filter(([, passages]) => passages !== '');
  it.each(rows)('%j parses as the frontmatter parser reads its reference', (query) => {
    const parsed = parseQuery(query);
    const fromBuild = parsed.references.flatMap((reference) => {
      const result = parseReference(reference.replace(/^\(|\)$/g, ''));
      if (!result.ok) throw new Error(`${reference}: ${result.message}`);
      return result.passages;
    });
    expect(parsed.passages).toEqual(fromBuild);
    expect(formatQueryPassages(parsed.passages)).toBe(parsed.passages.map((p) => formatPassages([p])).join('; '));
  });

  it('every book name the search box knows is read as the same book by the build\'s parser', () => {
    for (const book of BOOKS) {
      for (const form of [book.name, book.name.toLowerCase(), book.name.toUpperCase()]) {
        const parsed = parseQuery(`${form} 1:1`);
        expect(parsed.passages.map((p) => p.book), form).toEqual([book.id]);
        expect(findBook(form)?.id).toBe(book.id);
      }
    }
  });

  it('reads back every spelling the generator found, from its compact form (lengths of the name)', () => {
    const table = bookNameTable();
    expect(table.flatMap((row) => row.keys).length).toBeGreaterThan(250);
    for (const row of table) {
      // Capitalised, since two-letter spellings are everyday words otherwise (`is`, `am`).
      for (const key of row.keys) expect(parseQuery(`${key.replace(/\p{L}/u, (c) => c.toUpperCase())} 1:1`).passages.map((p) => p.book), key).toEqual([row.id]);
    }
  });

  it('book-names.ts is what the generator writes from the current parser (no drift)', () => {
    expect(readFileSync(new URL('../../../src/lib/search/common/book-names.ts', import.meta.url), 'utf8')).toBe(bookNamesModule());
  });

  it('checks chapters and verses as the frontmatter parser does', () => {
    for (const reference of ['Luke 25', 'Luke 21:39', 'Jude 26', 'Matthew 24:8-6', 'Psalm 151', 'Luke 24:53', 'Jude 25', 'Obadiah 21']) {
      const parsed = parseQuery(reference);
      const problems = parsed.passages.map((p) => checkPassage(p, requireBook(p.book).verses));
      expect(problems.some(Boolean), reference).toBe(!parseReference(reference).ok);
    }
  });

  it('counts verses as overlap.ts does', () => {
    for (const reference of ['Genesis', 'Genesis 2:1', 'Matthew 24', 'Daniel 7:1-8:2', 'Psalms 119', 'Jude 3', 'Revelation 22:21', 'Matthew 24-25']) {
      const result = parseReference(reference);
      if (!result.ok) throw new Error(reference);
      for (const passage of result.passages) {
        const { first, last } = verseSpan(passage);
        expect(spanOf(passage, requireBook(passage.book).verses), reference).toEqual({ first, last });
      }
    }
  });
});
