// The report's search page goals and passage correctness section, on a committed results file with figures added.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { latestResultsFile, markdown, summariseAll, type BenchResult } from '../../scripts/bench/report/index.ts';
import type { PageQueryCost } from '../../scripts/bench/search-page-cost.ts';
import type { PassageCheck } from '../../scripts/bench/passage-correctness.ts';

const base = JSON.parse(readFileSync(latestResultsFile(), 'utf8')) as BenchResult;

function row(query: string, kind: PageQueryCost['kind'], bytes: number, ms: number, nextMs: number): PageQueryCost {
  return { query, kind, bytes, passageBytes: kind === 'passage' ? 4000 : 0, requests: 20, ms, nextMs, nextBytes: 50_000, status: '3 articles found.' };
}

function check(q: string, expected: string[], shown: string[]): PassageCheck {
  const missing = expected.filter((u) => !shown.includes(u));
  const extra = shown.filter((u) => !expected.includes(u));
  return { q, parallels: false, expected: expected.length, shown: shown.length, method: 'list', listed: shown.length, missingCount: missing.length, extraCount: extra.length, missing, extra, duplicates: [], understood: `Passage: ${q}`, ok: missing.length + extra.length === 0 };
}

function withSearchPage(checks: PassageCheck[]): BenchResult {
  const result = structuredClone(base);
  const size = result.sizes.at(-1)!;
  size.searchPage = [row('a', 'words', 250_000, 200, 80), row('b', 'words', 270_000, 400, 90), row('c', 'words', 290_000, 250, 300), row('Matthew 24', 'passage', 320_000, 300, 70), row('Daniel 9', 'passage', 340_000, 300, 60)];
  size.passages = { checks, expectedMs: 10, browserMs: 20 };
  return summariseAll(result);
}

describe('search page goals', () => {
  it('judges word and passage queries separately; the extra bytes are the difference of their medians', () => {
    const size = withSearchPage([]).sizes.at(-1)!;
    const goal = (id: string) => size.summary.goals.find((g) => g.id === id);
    expect(goal('page-word-first-bytes')).toMatchObject({ value: 270, met: true });
    expect(goal('page-word-first-ms')).toMatchObject({ value: 250, met: true });
    expect(goal('page-next-ms')).toMatchObject({ value: 80, met: true });
    expect(goal('page-passage-first-bytes')).toMatchObject({ value: 330, met: true });
    // Median of passage queries 330 kB − median of word queries 270 kB = 60 kB: at the limit.
    expect(goal('page-passage-extra-bytes')?.value).toBeCloseTo(60);
    expect(goal('page-passage-extra-bytes')?.met).toBe(true);
  });
});

describe('passage correctness in the report', () => {
  it('says all match, or flags each mismatching query loudly with its missing and extra articles', () => {
    const good = markdown(withSearchPage([check('Matthew 24', ['/articles/a/'], ['/articles/a/'])]));
    expect(good).toContain('All 1 passage queries show exactly the articles');
    expect(good).not.toContain('MISMATCH');
    const bad = markdown(withSearchPage([check('Matthew 24', ['/articles/a/'], ['/articles/a/']), check('Daniel 9', ['/articles/b/', '/articles/c/'], ['/articles/c/', '/articles/d/'])]));
    expect(bad).toContain('PASSAGE SEARCH MISMATCH: 1 of 2 passage queries');
    expect(bad).toMatch(/PASSAGE SEARCH MISMATCH at [\d,]+ articles: 1 of 2 passage queries/);
    expect(bad).toContain('- Daniel 9: page says “Passage: Daniel 9”; missing /articles/b/; extra /articles/d/');
  });

  it('reports a browser step that failed instead of losing the size', () => {
    const result = withSearchPage([]);
    result.sizes.at(-1)!.browserErrors = ['passage correctness failed: Timeout 30000ms exceeded'];
    expect(markdown(result)).toMatch(/At [\d,]+ articles the passage correctness failed: Timeout 30000ms exceeded/);
  });
});
