import { describe, expect, it } from 'vitest';
import { comparePassages, overlapScore, passagesOverlap, verseSpan } from '../../../src/lib/scripture/overlap.ts';
import { formatPassage } from '../../../src/lib/scripture/format.ts';
import { parseReference } from '../../../src/lib/scripture/parse.ts';
import type { Passage } from '../../../src/lib/scripture/types.ts';

function one(input: string): Passage {
  const result = parseReference(input);
  if (!result.ok || result.passages.length !== 1 || !result.passages[0]) throw new Error(`${input} is not one passage`);
  return result.passages[0];
}

describe('verseSpan', () => {
  it.each([
    ['Genesis 1:1', 1, 1],
    ['Genesis 2:1', 32, 32],
    ['Genesis 1', 1, 31],
    ['Genesis 1-2', 1, 56],
    ['Genesis', 1, 1533],
    ['Luke', 1, 1151],
    ['Jude 3-5', 3, 5],
    ['Daniel 7:28-8:2', 21 + 49 + 30 + 37 + 31 + 28 + 28, 21 + 49 + 30 + 37 + 31 + 28 + 28 + 2],
  ])('%j covers verses %i to %i of its book', (input, first, last) => {
    const span = verseSpan(one(input));
    expect([span.first, span.last]).toEqual([first, last]);
  });
});

describe('passagesOverlap and overlapScore', () => {
  it.each([
    // [a, b, overlap, score]
    ['Matthew 24:6-7', 'Matthew 24:3-14', true, 2 / 12],
    ['Luke 21:7-8', 'Luke 21:7-8', true, 1],
    ['Luke 21:7', 'Luke 21', true, 1 / 38],
    ['Luke 21:7', 'Luke', true, 1 / 1151],
    ['Luke 21', 'Luke 21:1-38', true, 1],
    ['Luke 21:7-8', 'Luke 21:8-9', true, 1 / 3],
    ['Daniel 7:1-8:2', 'Daniel 8', true, 2 / (28 + 27)],
    ['Luke 21:7', 'Luke 21:8', false, 0],
    ['Luke 21', 'Luke 22', false, 0],
    ['Matthew 24', 'Mark 13', false, 0],
    ['Ezekiel', 'Daniel', false, 0],
    ['Jude', 'Jude 3', true, 1 / 25],
  ])('%j and %j', (a, b, overlaps, score) => {
    const [pa, pb] = [one(a), one(b)];
    expect(passagesOverlap(pa, pb)).toBe(overlaps);
    expect(passagesOverlap(pb, pa)).toBe(overlaps);
    expect(overlapScore(pa, pb)).toBeCloseTo(score, 12);
    expect(overlapScore(pb, pa)).toBeCloseTo(score, 12);
  });

  it('ranks the same verses above the same chapter above the same book', () => {
    const target = one('Luke 21:7-8');
    const sameVerses = overlapScore(target, one('Luke 21:7-8'));
    const sameChapter = overlapScore(target, one('Luke 21'));
    const sameBook = overlapScore(target, one('Luke'));
    expect(sameVerses).toBeGreaterThan(sameChapter);
    expect(sameChapter).toBeGreaterThan(sameBook);
    expect(sameBook).toBeGreaterThan(0);
  });
});

describe('comparePassages', () => {
  it('sorts by canon order, whole book first, then chapter and verse', () => {
    const shuffled = [
      'Revelation 13',
      'Matthew 24:6',
      'Matthew 24',
      'Genesis 1:1',
      'Matthew',
      'Matthew 24:6-7',
      'Matthew 24-25',
      'Matthew 5',
      'Daniel 9:27',
      'Matthew 24:3',
      '1 John 2:18',
    ].map(one);
    expect(shuffled.sort(comparePassages).map(formatPassage)).toEqual([
      'Genesis 1:1',
      'Daniel 9:27',
      'Matthew',
      'Matthew 5',
      'Matthew 24',
      'Matthew 24–25',
      'Matthew 24:3',
      'Matthew 24:6',
      'Matthew 24:6–7',
      '1 John 2:18',
      'Revelation 13',
    ]);
  });

  it('returns 0 for equal passages', () => {
    expect(comparePassages(one('Luke 21:7-8'), one('Luke 21:7–8'))).toBe(0);
    expect(comparePassages(one('Luke'), one('Lk'))).toBe(0);
  });
});
