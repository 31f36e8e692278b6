import { describe, expect, it } from 'vitest';
import { formatPassage, formatPassages, isWholeBook, passageKey, passageUrl } from '../../../src/lib/scripture/format.ts';
import { parseReference } from '../../../src/lib/scripture/parse.ts';
import type { Passage } from '../../../src/lib/scripture/types.ts';

function parsed(input: string): Passage[] {
  const result = parseReference(input);
  if (!result.ok) throw new Error(`${input}: ${result.message}`);
  return result.passages;
}

function one(input: string): Passage {
  const [passage, ...rest] = parsed(input);
  if (!passage || rest.length > 0) throw new Error(`${input} is not one passage`);
  return passage;
}

describe('formatPassage', () => {
  it.each([
    ['Luke 21:7-8', 'Luke 21:7–8'],
    ['Luke 21:7', 'Luke 21:7'],
    ['Matthew 24', 'Matthew 24'],
    ['Matthew 24-25', 'Matthew 24–25'],
    ['Ezekiel', 'Ezekiel'],
    ['Daniel 7:1-8:2', 'Daniel 7:1–8:2'],
    ['Daniel 7:1-7:5', 'Daniel 7:1–5'],
    ['Mt 24:6—7', 'Matthew 24:6–7'],
    ['1Thess 5:3', '1 Thessalonians 5:3'],
    ['I John 2:18', '1 John 2:18'],
    ['Song of Songs 2:1', 'Song of Solomon 2:1'],
    ['Jude 3', 'Jude 3'],
    ['Jude 1:3-5', 'Jude 3–5'],
    ['Ps 23', 'Psalm 23'],
    ['Psalms 119:105', 'Psalm 119:105'],
    ['Ps 120-134', 'Psalms 120–134'],
    ['Psalms', 'Psalms'],
    ['Luke 21:7-7', 'Luke 21:7'],
  ])('%j → %j', (input, display) => {
    expect(formatPassage(one(input))).toBe(display);
  });

  it('treats chapter 1 of a single-chapter book as the book', () => {
    const passage: Passage = { book: 'Jude', start: { chapter: 1, verse: null }, end: { chapter: 1, verse: null } };
    expect(isWholeBook(passage)).toBe(true);
    expect(formatPassage(passage)).toBe('Jude');
    expect(passageKey(passage)).toBe('Jude');
    expect(passageUrl(passage)).toBe('/scripture/jude/');
  });

  it('throws for a book outside the canon', () => {
    expect(() => formatPassage({ book: 'Tob', start: null, end: null })).toThrow(/not a book of the canon/);
  });
});

describe('formatPassages', () => {
  it.each([
    ['Revelation 13:1-18; 17:3', 'Revelation 13:1–18; 17:3'],
    ['John 3:16, 18', 'John 3:16; 3:18'],
    ['Matthew 24, 25', 'Matthew 24; 25'],
    ['Matthew 24; Mark 13; Luke 21', 'Matthew 24; Mark 13; Luke 21'],
    ['Jude 3, 5-7', 'Jude 3; 5–7'],
    ['Daniel; Daniel 7', 'Daniel; Daniel 7'],
    ['Daniel 7; Daniel', 'Daniel 7; Daniel'],
    ['Matthew 24:6; Mark 13; Matthew 25', 'Matthew 24:6; Mark 13; Matthew 25'],
    ['Psalm 2; 110', 'Psalm 2; 110'],
    ['John 3:16; 18', 'John 3:16; John 18'],
    ['Matthew 24; 25:31-46', 'Matthew 24; 25:31–46'],
  ])('%j → %j', (input, display) => {
    expect(formatPassages(parsed(input))).toBe(display);
  });

  it('is empty for no passages', () => {
    expect(formatPassages([])).toBe('');
  });
});

describe('passageKey', () => {
  it.each([
    ['Luke 21:7-8', 'Luke.21.7-Luke.21.8'],
    ['Luke 21:7', 'Luke.21.7'],
    ['Matthew 24', 'Matt.24'],
    ['Matthew 24-25', 'Matt.24-Matt.25'],
    ['Ezekiel', 'Ezek'],
    ['Daniel 7:1-8:2', 'Dan.7.1-Dan.8.2'],
    ['Jude 3', 'Jude.1.3'],
    ['1 John 2:18', '1John.2.18'],
  ])('%j → %j', (input, key) => {
    expect(passageKey(one(input))).toBe(key);
  });
});

describe('passageUrl', () => {
  it.each([
    ['Ezekiel', '/scripture/ezekiel/'],
    ['Matthew 24', '/scripture/matthew/24/'],
    ['Luke 21:7-8', '/scripture/luke/21/'],
    ['Daniel 7:1-8:2', '/scripture/daniel/7/'],
    ['1 John 2:18', '/scripture/1-john/2/'],
    ['Song of Songs 2:1', '/scripture/song-of-solomon/2/'],
    ['Jude 3', '/scripture/jude/1/'],
  ])('%j → %j', (input, url) => {
    expect(passageUrl(one(input))).toBe(url);
  });
});
