import { describe, expect, it } from 'vitest';
import { describeQuoteMismatch, findQuote, foldForQuoteMatch, quoteMatcher, quoteParts } from '../../../src/lib/validation/quote-match.ts';

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
    expect(result).toEqual({ found: false, reason: 'missing', missingPart: 'The talks were difficult', partIndex: 1, partCount: 2, outOfOrder: true });
  });

  it('reports the missing part', () => {
    expect(findQuote(body, 'The talks were easy')).toMatchObject({ found: false, missingPart: 'The talks were easy', outOfOrder: false });
  });

  it('is case-sensitive, because a quote is verbatim', () => {
    expect(findQuote(body, 'the talks were difficult').found).toBe(false);
  });
});

describe('elision cannot make up a quote', () => {
  const speech = `I said that we will not declare war, and I will never consider it.

A separate paragraph: we remain committed to talks.`;

  it.each([
    ['I … will … declare … war', 'too-elided'],
    ['a…e…i', 'too-elided'],
    ['.', 'no-words'],
    ['…', 'no-words'],
    ['"…"', 'no-words'],
  ])('%j is refused (%s)', (quote, reason) => {
    expect(findQuote(speech, quote)).toMatchObject({ found: false, reason });
  });

  it('matches parts on word boundaries only', () => {
    expect(findQuote('They gave an award to the winner.', 'war')).toMatchObject({ found: false, reason: 'missing' });
    expect(findQuote('They went to war.', 'war').found).toBe(true);
    expect(findQuote('It is 10.5 percent.', '0.5 percent')).toMatchObject({ found: false });
  });

  it('keeps the parts of an elided quote within one paragraph', () => {
    expect(findQuote(speech, 'we will not declare war … we remain committed to talks')).toMatchObject({ found: false, reason: 'parts-apart', partCount: 2 });
    expect(findQuote(speech, 'we will not declare war … I will never consider it').found).toBe(true);
  });

  it('accepts ordinary elision: leading, trailing and between passages', () => {
    expect(findQuote(speech, '… we will not declare war …').found).toBe(true);
    expect(findQuote(speech, 'I said … I will never consider it').found).toBe(true);
  });

  it('describes each refusal with a fix', () => {
    for (const quote of ['I … will … declare … war', '.', 'we will not declare war … we remain committed to talks', 'we will declare war']) {
      const match = findQuote(speech, quote);
      expect(match.found).toBe(false);
      if (match.found) continue;
      const { message, fix } = describeQuoteMismatch(quoteMatcher(speech), match);
      expect(message.length).toBeGreaterThan(10);
      expect(fix.length).toBeGreaterThan(10);
    }
    const near = findQuote(speech, 'we will not declare peace');
    if (!near.found) expect(describeQuoteMismatch(quoteMatcher(speech), near).fix).toContain('matches up to "we will not declare"');
  });
});

describe('quote checking grows linearly with quotes and body', () => {
  // 10,000 quotes over a 2 MB body once took 371 s: the body was folded again for every quote.
  it('folds the body once for all the quotes of an article (one matcher per body)', () => {
    const body = 'The minister said the talks would resume. '.repeat(5_000);
    const time = (run: () => void): number => {
      const started = performance.now();
      run();
      return performance.now() - started;
    };
    const matcher = quoteMatcher(body);
    matcher.find('warm up');
    const checkingQuotes = Math.min(...[1, 2, 3].map(() => time(() => {
      for (let i = 0; i < 2_000; i++) matcher.find(`the talks would resume`);
    })));
    const foldingBody = Math.min(...[1, 2, 3].map(() => time(() => {
      for (let i = 0; i < 200; i++) foldForQuoteMatch(body);
    })));
    // Re-folding per quote would make the first ten times the second; once-per-body keeps it far below.
    expect(checkingQuotes).toBeLessThan(foldingBody);
  });
});
