// Related articles on a seeded generated corpus: output pinned to the committed expected file, and cost that grows linearly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureCorpus, relatedLines } from '../support/related-corpus.ts';

describe('relatedArticles on a generated corpus', () => {
  it('gives exactly the committed expected output (tests/fixtures/related/expected.txt)', () => {
    const expected = readFileSync(new URL('../fixtures/related/expected.txt', import.meta.url), 'utf8').trimEnd().split('\n');
    const actual = relatedLines(fixtureCorpus());
    expect(actual.length).toBe(expected.length);
    // Line by line, so a difference names the article and the related one.
    for (let i = 0; i < expected.length; i++) expect(actual[i], `line ${i + 1}`).toBe(expected[i]);
  });
});
