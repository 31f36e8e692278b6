import { describe, expect, it } from 'vitest';
import { BOOKS } from '../../../src/lib/scripture/canon.ts';
import { findBook } from '../../../src/lib/scripture/book-names.ts';
import { parseReference } from '../../../src/lib/scripture/parse.ts';
import type { Passage } from '../../../src/lib/scripture/types.ts';

const whole = (book: string): Passage => ({ book, start: null, end: null });
const chapters = (book: string, from: number, to = from): Passage => ({
  book,
  start: { chapter: from, verse: null },
  end: { chapter: to, verse: null },
});
const verses = (book: string, chapter: number, verse: number, endChapter = chapter, endVerse = verse): Passage => ({
  book,
  start: { chapter, verse },
  end: { chapter: endChapter, verse: endVerse },
});

const valid: Array<[string, Passage[]]> = [
  // book only, chapter, verse, ranges
  ['Ezekiel', [whole('Ezek')]],
  ['ezekiel', [whole('Ezek')]],
  ['Ezek', [whole('Ezek')]],
  ['Matthew 24', [chapters('Matt', 24)]],
  ['Luke 21:7', [verses('Luke', 21, 7)]],
  ['Luke 21:7-8', [verses('Luke', 21, 7, 21, 8)]],
  ['Matthew 24:6–7', [verses('Matt', 24, 6, 24, 7)]],
  ['Matthew 24:6—7', [verses('Matt', 24, 6, 24, 7)]],
  ['Matthew 24:6‒7', [verses('Matt', 24, 6, 24, 7)]],
  ['Daniel 7:1-8:2', [verses('Dan', 7, 1, 8, 2)]],
  ['Daniel 7:1-7:5', [verses('Dan', 7, 1, 7, 5)]],
  ['Luke 21:37-22:1', [verses('Luke', 21, 37, 22, 1)]],
  ['Matthew 24-25', [chapters('Matt', 24, 25)]],
  ['Matthew 1-28', [chapters('Matt', 1, 28)]],
  ['Luke 21:7-7', [verses('Luke', 21, 7)]],
  ['Revelation 1:1-22:21', [verses('Rev', 1, 1, 22, 21)]],
  // several passages
  ['Revelation 13:1-18; 17:3', [verses('Rev', 13, 1, 13, 18), verses('Rev', 17, 3)]],
  ['John 3:16, 18', [verses('John', 3, 16), verses('John', 3, 18)]],
  ['John 3:16; 18', [verses('John', 3, 16), chapters('John', 18)]],
  ['Matthew 24, 25', [chapters('Matt', 24), chapters('Matt', 25)]],
  ['Luke 21:7-8, 10', [verses('Luke', 21, 7, 21, 8), verses('Luke', 21, 10)]],
  ['John 3:16-4:2, 5', [verses('John', 3, 16, 4, 2), verses('John', 4, 5)]],
  ['John 3:16, 18-4:2', [verses('John', 3, 16), verses('John', 3, 18, 4, 2)]],
  ['Matthew 24; Mark 13; Luke 21', [chapters('Matt', 24), chapters('Mark', 13), chapters('Luke', 21)]],
  ['Matthew 24:6, Mark 13:7', [verses('Matt', 24, 6), verses('Mark', 13, 7)]],
  ['John 3:16; 1 John 2:18', [verses('John', 3, 16), verses('1John', 2, 18)]],
  ['Daniel; Revelation 13', [whole('Dan'), chapters('Rev', 13)]],
  // abbreviations and numbered books
  ['Matt 24:6', [verses('Matt', 24, 6)]],
  ['Mt 24', [chapters('Matt', 24)]],
  ['Rev 13', [chapters('Rev', 13)]],
  ['Jn 3:16', [verses('John', 3, 16)]],
  ['Gen. 1:1', [verses('Gen', 1, 1)]],
  ['1 Thess. 5:3', [verses('1Thess', 5, 3)]],
  ['1Thess 5:3', [verses('1Thess', 5, 3)]],
  ['1 Thessalonians 5:3', [verses('1Thess', 5, 3)]],
  ['I John 2:18', [verses('1John', 2, 18)]],
  ['1John 2:18', [verses('1John', 2, 18)]],
  ['1 John 2:18', [verses('1John', 2, 18)]],
  ['First John 2:18', [verses('1John', 2, 18)]],
  ['1st John 2:18', [verses('1John', 2, 18)]],
  ['II Peter 3:10', [verses('2Pet', 3, 10)]],
  ['Second Peter 3:10', [verses('2Pet', 3, 10)]],
  ['Ps 2', [chapters('Ps', 2)]],
  ['Psalm 2', [chapters('Ps', 2)]],
  ['Psalms 120-134', [chapters('Ps', 120, 134)]],
  ['Psalm 119:176', [verses('Ps', 119, 176)]],
  ['Song of Songs 2:1', [verses('Song', 2, 1)]],
  ['Song of Solomon 2:1', [verses('Song', 2, 1)]],
  ["Solomon's Song 2:1", [verses('Song', 2, 1)]],
  ['Phillipians 4:13', [verses('Phil', 4, 13)]],
  // single-chapter books: a bare number is a verse, and `Jude 1` is verse 1
  ['Jude 3', [verses('Jude', 1, 3)]],
  ['Jude 1', [verses('Jude', 1, 1)]],
  ['Jude 1:3', [verses('Jude', 1, 3)]],
  ['Jude 3-5', [verses('Jude', 1, 3, 1, 5)]],
  ['Jude 3, 5', [verses('Jude', 1, 3), verses('Jude', 1, 5)]],
  ['Jude 3; 5', [verses('Jude', 1, 3), verses('Jude', 1, 5)]],
  ['Jude', [whole('Jude')]],
  ['Obadiah 21', [verses('Obad', 1, 21)]],
  ['Philemon 25', [verses('Phlm', 1, 25)]],
  ['2 John 13', [verses('2John', 1, 13)]],
  ['III John 14', [verses('3John', 1, 14)]],
  // case, whitespace and separators
  ['LUKE 21:7', [verses('Luke', 21, 7)]],
  ['  luke   21 : 7 ', [verses('Luke', 21, 7)]],
  ['Luke 21 :7 - 8', [verses('Luke', 21, 7, 21, 8)]],
  ['Luke\t21:7', [verses('Luke', 21, 7)]],
  ['Luke\u00a021:7', [verses('Luke', 21, 7)]],
  ['Luke 21.7', [verses('Luke', 21, 7)]],
  ['Luke21:7', [verses('Luke', 21, 7)]],
  ['Esther 10:3', [verses('Esth', 10, 3)]],
];

const invalid: Array<[string, string, string]> = [
  ['', 'empty reference', 'expected a reference such as "Luke 21:7-8"'],
  ['   ', 'empty reference', 'expected a reference such as "Luke 21:7-8"'],
  ['hello', '"hello" is not a Bible reference', 'expected a reference such as "Luke 21:7-8"'],
  ['3:16', 'no book in "3:16"', 'start with the book, e.g. "John 3:16"'],
  [
    'Luke 21:7 blah',
    'unexpected "blah" after "Luke 21:7"',
    'expected a reference such as "Luke 21:7-8"; separate several references with ";"',
  ],
  // chapters and verses that do not exist
  ['Luke 25', 'Luke has 24 chapters', 'use a chapter from 1 to 24'],
  ['Luke 25:1', 'Luke has 24 chapters', 'use a chapter from 1 to 24'],
  ['Luke 21:39', 'Luke 21 has 38 verses', 'use a verse from 1 to 38'],
  ['Luke 21:7-39', 'Luke 21 has 38 verses', 'use a verse from 1 to 38'],
  ['Luke 21:7-50', 'Luke 21 has 38 verses', 'use a verse from 1 to 38'],
  ['Luke 21:7-25:1', 'Luke has 24 chapters', 'use a chapter from 1 to 24'],
  ['Hebrews 13-15', 'Hebrews has 13 chapters', 'use a chapter from 1 to 13'],
  ['Psalm 151', 'Psalms has 150 chapters', 'use a chapter from 1 to 150'],
  ['Luke 0', 'Luke has no chapter 0', 'use a chapter from 1 to 24'],
  ['Luke 0:1', 'Luke has no chapter 0', 'use a chapter from 1 to 24'],
  ['Luke 21:0', 'Luke 21 has no verse 0', 'use a verse from 1 to 38'],
  ['Jude 0', 'Jude has no verse 0', 'use a verse from 1 to 25'],
  ['Jude 26', 'Jude has 25 verses', 'use a verse from 1 to 25'],
  ['Jude 2:1', 'Jude has 1 chapter', 'write the verse alone, e.g. "Jude 3"'],
  ['3 John 15', '3 John has 14 verses', 'use a verse from 1 to 14'],
  // backwards ranges
  ['Luke 21:8-7', 'range runs backwards: 21:8 comes after 21:7', 'write the earlier verse first: "Luke 21:7–8"'],
  ['Matthew 25-24', 'range runs backwards: 25 comes after 24', 'write the earlier chapter first: "Matthew 24–25"'],
  ['Daniel 8:2-7:1', 'range runs backwards: 8:2 comes after 7:1', 'write the earlier verse first: "Daniel 7:1–8:2"'],
  ['Jude 5-3', 'range runs backwards: 5 comes after 3', 'write the earlier verse first: "Jude 3–5"'],
  // books
  ['Hezekiah 3', 'unknown book "Hezekiah"', 'expected a book of the 66-book Protestant canon, e.g. "Luke 21:7-8"'],
  ['Matthew; Hezekiah', 'unknown book "Hezekiah"', 'expected a book of the 66-book Protestant canon, e.g. "Luke 21:7-8"'],
  ['Hezekiah', '"Hezekiah" is not a Bible reference', 'expected a reference such as "Luke 21:7-8"'],
  ['Ezekeil', 'unknown book "Ezekeil"', 'did you mean "Ezekiel"?'],
  ['Ezekeil 37:1-14', 'unknown book "Ezekeil"', 'did you mean "Ezekiel 37:1-14"?'],
  ['Revelaton 13', 'unknown book "Revelaton"', 'did you mean "Revelation 13"?'],
  ['Matthew 24; Mrak 13', 'unknown book "Mrak"', 'did you mean "Matthew 24; Mark 13"?'],
  ['Tobit', '"Tobit" is not in the 66-book Protestant canon', 'cite a book from Genesis to Revelation'],
  ['Tobit 1:1', '"Tobit" is not in the 66-book Protestant canon', 'cite a book from Genesis to Revelation'],
  ['Sirach 2', '"Sirach" is not in the 66-book Protestant canon', 'cite a book from Genesis to Revelation'],
  ['Ecclesiasticus 2', '"Sirach" is not in the 66-book Protestant canon', 'cite a book from Genesis to Revelation'],
  ['1 Maccabees 3', '"1 Maccabees" is not in the 66-book Protestant canon', 'cite a book from Genesis to Revelation'],
  ['Wisdom of Solomon 7', '"Wisdom of Solomon" is not in the 66-book Protestant canon', 'cite a book from Genesis to Revelation'],
  ['Ph 2', '"Ph" could mean Philippians or Philemon', 'write the book name in full, e.g. "Philippians"'],
  ['Jud 3', '"Jud" could mean Jude or Judges', 'write the book name in full, e.g. "Jude"'],
  // shapes the library would silently reinterpret
  [
    'Luke 21:7ff',
    '"ff" after "Luke 21:7" is not supported',
    'cite whole verses and write the last verse of a range, e.g. "Luke 21:7-8"',
  ],
  [
    'Luke 21:7a',
    '"a" after "Luke 21:7" is not supported',
    'cite whole verses and write the last verse of a range, e.g. "Luke 21:7-8"',
  ],
  [
    'Luke 21 7',
    'unexpected "7" after "Luke 21"',
    'write chapter and verse with a colon and separate references with ";", e.g. "Luke 21:7; 22:1"',
  ],
  ['Gen 1-Exod 2', 'a range cannot run from one book into another', 'cite each book separately, e.g. "Genesis 50; Exodus 1"'],
  ['Genesis-Exodus', 'a range cannot run from one book into another', 'cite each book separately, e.g. "Genesis 50; Exodus 1"'],
  ['Daniel 7-8:2', '"7-8:2" runs from a whole chapter to a verse', 'write "Daniel 7:1-8:2" or "Daniel 7-8"'],
  ['Ezekiel; 37', '"37" after "Ezekiel;" has no book', 'write "Ezekiel 37", or drop the whole-book "Ezekiel"'],
  ['Luke 21:7;', 'reference ends with ";"', 'remove the trailing ";"'],
  ['Luke 21:7-', 'range "21:7-" has no end', 'expected a reference such as "Luke 21:7-8"'],
  [
    'Luke 21:7.',
    'unexpected "." after "Luke 21:7"',
    'expected a reference such as "Luke 21:7-8"; separate several references with ";"',
  ],
];

describe('parseReference: valid references', () => {
  it.each(valid)('%j', (input, passages) => {
    expect(parseReference(input)).toEqual({ ok: true, passages });
  });
});

describe('parseReference: invalid references', () => {
  it.each(invalid)('%j → %s', (input, message, fix) => {
    expect(parseReference(input)).toEqual({ ok: false, message, fix });
  });
});

describe('every book of the canon', () => {
  const multiChapter = BOOKS.filter((book) => book.verses.length > 1);
  const singleChapter = BOOKS.filter((book) => book.verses.length === 1);

  it('has 66 books, five of them single-chapter', () => {
    expect(BOOKS).toHaveLength(66);
    expect(singleChapter.map((book) => book.id)).toEqual(['Obad', 'Phlm', '2John', '3John', 'Jude']);
  });

  it.each(BOOKS.map((book) => [book.name, book] as const))('%s parses by name, alone', (name, book) => {
    expect(parseReference(name)).toEqual({ ok: true, passages: [whole(book.id)] });
  });

  it.each(BOOKS.map((book) => [book.id, book] as const))('OSIS id %s parses with a chapter and verse', (id, book) => {
    expect(parseReference(`${id} 1:1`)).toEqual({ ok: true, passages: [verses(book.id, 1, 1)] });
  });

  it.each(multiChapter.map((book) => [book.name, book] as const))('%s: last chapter parses, the next fails', (name, book) => {
    const last = book.verses.length;
    expect(parseReference(`${name} ${last}`)).toEqual({ ok: true, passages: [chapters(book.id, last)] });
    expect(parseReference(`${name} ${last + 1}`)).toEqual({
      ok: false,
      message: `${name} has ${last} chapters`,
      fix: `use a chapter from 1 to ${last}`,
    });
  });

  it.each(singleChapter.map((book) => [book.name, book] as const))('%s: chapter 1 parses, chapter 2 fails', (name, book) => {
    expect(parseReference(`${name} 1:1`)).toEqual({ ok: true, passages: [verses(book.id, 1, 1)] });
    expect(parseReference(`${name} 2:1`)).toEqual({
      ok: false,
      message: `${name} has 1 chapter`,
      fix: `write the verse alone, e.g. "${name} 3"`,
    });
  });

  it.each(BOOKS.map((book) => [book.name, book] as const))('%s: last verse of the last chapter parses, the next fails', (name, book) => {
    const chapter = book.verses.length;
    const last = book.verses[chapter - 1] ?? 0;
    const where = chapter === 1 ? name : `${name} ${chapter}`;
    expect(parseReference(`${name} ${chapter}:${last}`)).toEqual({ ok: true, passages: [verses(book.id, chapter, last)] });
    expect(parseReference(`${name} ${chapter}:${last + 1}`)).toEqual({
      ok: false,
      message: `${where} has ${last} verses`,
      fix: `use a verse from 1 to ${last}`,
    });
  });
});

describe('findBook', () => {
  it.each([
    ['Mt', 'Matt'],
    ['1 Thess.', '1Thess'],
    ['song of songs', 'Song'],
    ['Revelation', 'Rev'],
  ])('%j is %s', (name, id) => {
    expect(findBook(name)?.id).toBe(id);
  });

  it.each(['Tobit', 'Ph', 'hello', ''])('%j is no canon book', (name) => {
    expect(findBook(name)).toBeUndefined();
  });
});
