// Words on the reader's pages: counts (src/lib/text/plural.ts) and quotation marks (src/lib/text/quoted.ts).
import { describe, expect, it } from 'vitest';
import { ARTICLE, ARTICLE_CITES, CHAPTER, countOf, pluralOf } from '../../../src/lib/text/plural.ts';
import { quoted } from '../../../src/lib/text/quoted.ts';
import { de } from '../../../src/lib/i18n/de.ts';
import { en } from '../../../src/lib/i18n/en.ts';

describe('countOf', () => {
  it('takes the singular for exactly one and the plural for every other number', () => {
    expect([0, 1, 2, 11, 21, 101].map((n) => countOf(n, ARTICLE))).toEqual(['0 articles', '1 article', '2 articles', '11 articles', '21 articles', '101 articles']);
    expect(countOf(1, ARTICLE_CITES)).toBe('1 article cites');
    expect(countOf(3, ARTICLE_CITES)).toBe('3 articles cite');
    expect(pluralOf(1, CHAPTER)).toBe('chapter');
  });
});

describe('quoted', () => {
  it('puts typographic quotation marks around the words', () => {
    expect(quoted('This agreement changes everything.')).toBe('“This agreement changes everything.”');
    expect(quoted('  spaced  ')).toBe('“spaced”');
  });

  it('never doubles marks the author already wrote', () => {
    expect(quoted('“Already quoted.”')).toBe('“Already quoted.”');
    expect(quoted('"Straight quotes"')).toBe('"Straight quotes"');
    // A quotation that only starts with a quoted phrase is still wrapped.
    expect(quoted('“Peace” was the word of the day')).toBe('““Peace” was the word of the day”');
    expect(quoted('"')).toBe('“"”');
  });

  it('puts a language’s own marks around the words (the strings table’s article.quoted), never around marks already written', () => {
    expect(quoted('Wir unterschreiben heute.', de['article.quoted'])).toBe('„Wir unterschreiben heute.“');
    expect(quoted('„Schon zitiert.“', de['article.quoted'])).toBe('„Schon zitiert.“');
    expect(quoted('Words.', en['article.quoted'])).toBe(quoted('Words.'));
  });
});
