// Related articles on a seeded generated corpus: output pinned to the committed expected file, and cost that grows linearly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { relatedArticles } from '../../../src/lib/related/index.ts';
import { fixtureCorpus, relatedCorpus, relatedLines } from '../../support/related-corpus.ts';

describe('relatedArticles on a generated corpus', () => {
  it('gives exactly the committed expected output (tests/fixtures/related/expected.txt)', () => {
    const expected = readFileSync(new URL('../../fixtures/related/expected.txt', import.meta.url), 'utf8').trimEnd().split('\n');
    const actual = relatedLines(fixtureCorpus());
    expect(actual.length).toBe(expected.length);
    // Line by line, so a difference names the article and the related one.
    for (let i = 0; i < expected.length; i++) expect(actual[i], `line ${i + 1}`).toBe(expected[i]);
  });
});

describe('relatedArticles cost', () => {
  // Work counted, not time: distinct spans scored plus articles taken from lists, over every
  // article of the archive. Linear work doubles with the archive; comparing each article with every
  // article citing the same chapter or book (the old way) grew about fourfold.
  function work(count: number): number {
    const articles = relatedCorpus(count);
    const stats = { steps: 0 };
    for (const article of articles) relatedArticles(article, articles, { stats });
    return stats.steps;
  }

  it('grows linearly with the archive: twice the articles, at most 2.5× the work', () => {
    const small = work(500);
    const large = work(1000);
    expect(small).toBeGreaterThan(500);
    expect(large / small).toBeLessThan(2.5);
  });
});
