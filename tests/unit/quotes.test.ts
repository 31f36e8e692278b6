import { describe, expect, it } from 'vitest';
import { findQuote, foldForQuoteMatch, quoteParts } from '../../src/lib/quotes.ts';

const body = `“This agreement changes everything,” the minister said on Monday.
The talks were difficult and at times tense, but we remain   committed — he added — to the 'process'.`;

describe('foldForQuoteMatch', () => {
  it('folds quotes, apostrophes, dashes and whitespace', () => {
    expect(foldForQuoteMatch('“It’s — done”\u00a0 now')).toBe(`"It's - done" now`);
  });
});

describe('quoteParts', () => {
  it('splits on both elision marks and drops empty parts', () => {
    expect(quoteParts('a … b ... c')).toEqual(['a', 'b', 'c']);
    expect(quoteParts('… only this')).toEqual(['only this']);
  });
});

describe('findQuote', () => {
  it.each([
    ['This agreement changes everything.', false],
    ['This agreement changes everything', true],
    ['"This agreement changes everything,"', true],
    ['we remain committed - he added - to the "process"', false],
    ["we remain committed - he added - to the 'process'", true],
    ['The talks were difficult … but we remain committed', true],
    ['The talks were difficult ... we remain committed', true],
  ])('%j found: %s', (quote, found) => {
    expect(findQuote(body, quote).found).toBe(found);
  });

  it('requires elided parts in order', () => {
    const result = findQuote(body, 'we remain committed … The talks were difficult');
    expect(result).toEqual({ found: false, missingPart: 'The talks were difficult', partIndex: 1, partCount: 2, outOfOrder: true });
  });

  it('reports the missing part', () => {
    expect(findQuote(body, 'The talks were easy')).toMatchObject({ found: false, missingPart: 'The talks were easy', outOfOrder: false });
  });

  it('is case-sensitive, because a quote is verbatim', () => {
    expect(findQuote(body, 'the talks were difficult').found).toBe(false);
  });
});
