import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from '../../../src/lib/text/suggest.ts';
import { parseReference } from '../../../src/lib/scripture/parse.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and changes', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    // Optimal string alignment: a swapped pair is not edited again.
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  it('is symmetric', () => {
    for (const [a, b] of [['speeker', 'speaker'], ['sumary', 'summary'], ['ezekeil', 'ezekiel']] as const) {
      expect(editDistance(a, b)).toBe(editDistance(b, a));
    }
  });
});

describe('closestMatch', () => {
  const fields = ['title', 'summary', 'topics', 'speaker'];

  it('suggests the field a typo meant, swaps included, ignoring case', () => {
    expect(closestMatch('titel', fields)).toBe('title');
    expect(closestMatch('Titel', fields)).toBe('title');
    expect(closestMatch('sumary', fields)).toBe('summary');
  });

  it('suggests nothing when no candidate is within a third of the word', () => {
    expect(closestMatch('colour', fields)).toBeUndefined();
    expect(closestMatch('abc', [])).toBeUndefined();
  });
});

describe('book names use the same distance', () => {
  it('suggests a book with two letters swapped', () => {
    expect(parseReference('Ezekeil 37:1')).toEqual({ ok: false, message: 'unknown book "Ezekeil"', fix: 'did you mean "Ezekiel 37:1"?' });
  });
});
