import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bcv_parser } from 'bible-passage-reference-parser';
import * as lang from 'bible-passage-reference-parser/esm/lang/en.js';
import { BOOKS, bookById, bookBySlug, chapterCount, verseCount } from '../../../src/lib/scripture/canon.ts';
import { CANON_DATA_PATH, loadKjvVerses, renderCanonData } from '../../../src/lib/scripture/build-canon-data.ts';

describe('canon', () => {
  it('lists the 66 books in order, 39 OT and 27 NT', () => {
    expect(BOOKS.map((book) => book.order)).toEqual(Array.from({ length: 66 }, (_, i) => i + 1));
    expect(BOOKS.filter((book) => book.testament === 'OT')).toHaveLength(39);
    expect(BOOKS.at(38)?.name).toBe('Malachi');
    expect(BOOKS.at(39)?.name).toBe('Matthew');
  });

  it('looks books up by OSIS id and slug', () => {
    expect(bookById('1John')?.name).toBe('1 John');
    expect(bookById('Song')).toMatchObject({ name: 'Song of Solomon', slug: 'song-of-solomon', kjvName: "Solomon's Song" });
    expect(bookBySlug('psalms')?.id).toBe('Ps');
    expect(bookBySlug('revelation')?.testament).toBe('NT');
    expect(bookById('Tob')).toBeUndefined();
    expect(bookBySlug('Genesis')).toBeUndefined();
  });

  it('counts chapters and verses (KJV)', () => {
    const luke = bookById('Luke');
    if (!luke) throw new Error('no Luke');
    expect(chapterCount(luke)).toBe(24);
    expect(verseCount(luke, 21)).toBe(38);
    expect(verseCount(luke, 25)).toBeUndefined();
    expect(verseCount(luke, 0)).toBeUndefined();
    expect(BOOKS.reduce((sum, book) => sum + book.verses.reduce((a, b) => a + b, 0), 0)).toBe(31102);
  });

  it('canon-data.ts is what the generator writes from the installed kjv package', () => {
    expect(readFileSync(CANON_DATA_PATH, 'utf8')).toBe(renderCanonData(loadKjvVerses()));
  });

  it("agrees with bible-passage-reference-parser's KJV versification", () => {
    const info = new bcv_parser(lang).translation_info('kjv');
    for (const book of BOOKS) expect([book.id, info.chapters[book.id]]).toEqual([book.id, book.verses]);
  });
});
