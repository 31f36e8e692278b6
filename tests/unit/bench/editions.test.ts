// The bench with editions: each edition's Astro run read from the build log, the corpus's edition split
// in the results and the report, and article pages counted in every edition's folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBuildLog, parseEditionRuns } from '../../../scripts/bench/astro-log.ts';
import { generateCorpus } from '../../../scripts/bench/corpus/index.ts';
import { markdown, type BenchResult, type BuildRun, type SizeResult } from '../../../scripts/bench/report/index.ts';
import { outputOf } from '../../../scripts/bench/run/output.ts';
import { editionSplit } from '../../../scripts/bench/run/size.ts';

// The shape of `node scripts/build.ts` over a corpus with a German share: one Astro run per edition.
const LOG: [number, string][] = [
  [1900, '[pipeline] content valid: 297 published articles, 3 drafts in 2 editions en, de (1911 ms)'],
  [2000, '[validate] bodies parsed once each: 300 parsed, 3 MDX compiled, 0 from the cache; pages parse none'],
  [4100, '02:38:38 [content-guard] 350 content files valid: 267 published articles in the en edition, 3 drafts, 50 authors (7 ms, 0 from cache)'],
  [4900, '02:38:39 [content] Syncing content'],
  [6000, '02:38:40 [types] Generated 1.80s'],
  [6100, '02:38:40 [build] Building static entrypoints...'],
  [7500, ' generating static routes '],
  [7600, '02:38:41   ├─ /articles/a/index.html (+57ms) '],
  [10500, '02:38:44 ✓ Completed in 3.16s.'],
  [10600, '02:38:44 [build] ✓ Completed in 4.25s.'],
  [11200, '02:38:45 [build] 1316 page(s) built in 6.32s'],
  [11300, '02:38:45 [build] Complete!'],
  [12300, '02:38:46 [content-guard] 350 content files valid: 30 published articles in the de edition, 0 drafts, 50 authors (4 ms, 0 from cache)'],
  [12900, '02:38:46 [content] Syncing content'],
  [13500, '02:38:47 [types] Generated 998ms'],
  [15100, ' generating static routes '],
  [15600, '02:38:48 ✓ Completed in 552ms.'],
  [16100, '02:38:48 [build] 290 page(s) built in 2.44s'],
  [16200, '02:38:48 [build] Complete!'],
  [17000, '[search-index] search index: 297 article pages in 2628 ms (de 30, en 267)'],
];
const lines = LOG.map(([t, text]) => ({ t, text }));

const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('each edition’s Astro run in the build log', () => {
  it('spans from the line before the run to its own "Complete!", named by the content guard’s line', () => {
    expect(parseEditionRuns(lines)).toEqual([
      { lang: 'en', ms: 11300 - 1900, articles: 267 },
      { lang: 'de', ms: 16200 - 11300, articles: 30 },
    ]);
    const phases = parseBuildLog(lines, 18000);
    expect(phases.editionRuns?.map((e) => e.lang)).toEqual(['en', 'de']);
    // Pages Astro built are summed over its runs; the phases of the first run stay as they were.
    expect(phases.pagesBuilt).toBe(1316 + 290);
    expect(phases.renderingMs).toBe(10500 - 7500);
  });

  it('finds no edition runs in a log without edition lines (astro build, or a build before editions)', () => {
    const plain = lines.filter(({ text }) => !/edition/.test(text));
    expect(parseEditionRuns(plain)).toEqual([]);
    expect(parseBuildLog(plain, 18000).editionRuns).toBeUndefined();
  });
});

describe('the edition split in the results and the report', () => {
  it('counts articles, published articles and translations per edition', () => {
    const corpus = generateCorpus({ count: 200, german: 0.1 });
    expect(editionSplit(corpus.articles)).toEqual({ en: { articles: 180, published: 178, translations: 0 }, de: { articles: 20, published: 20, translations: 10 } });
    // Facts cached before editions have no lang: all English.
    expect(editionSplit([{ index: 0, id: 'a-0', draft: false, mdx: false, words: 900, scripture: [] } as never])).toEqual({ en: { articles: 1, published: 1, translations: 0 } });
  });

  it('prints the split and each edition’s Astro run per article it published', () => {
    const run = (en: number, de: number): BuildRun => ({
      wallMs: 20_000,
      peakRssMiB: 900,
      loadAverage: 0.5,
      memory: {},
      phases: { routes: {}, marks: {}, windows: {}, editionRuns: [{ lang: 'en', ms: en }, { lang: 'de', ms: de }] },
    });
    const size: SizeResult = {
      size: 1000,
      corpus: { articles: 1000, published: 990, drafts: 10, mdx: 10, authors: 50, bytes: 6e6, meanWords: 900, editions: { en: { articles: 900, published: 890, translations: 0 }, de: { articles: 100, published: 100, translations: 50 } } },
      cold: { baseline: [run(0, 0)], ours: [run(14_000, 3000), run(15_000, 3200), run(16_000, 3400)] },
      pagefindCli: [],
      output: { baseline: { distBytes: 1, distFiles: 1, pagefindBytes: 0, pagefindFiles: 0, htmlPages: 1, articlePages: 1 }, ours: { distBytes: 1, distFiles: 1, pagefindBytes: 0, pagefindFiles: 0, htmlPages: 1, articlePages: 990, indexedPages: 990 } },
      indexMatchesArticles: true,
      check: [],
      warm: { edit: { baseline: [], ours: [] }, add: { baseline: [], ours: [] } },
      summary: { metrics: {}, phases: {}, baselinePhases: {}, memory: {}, goals: [] },
    };
    const result: BenchResult = { date: '2026-12-07', code: { commit: 'a'.repeat(40), uncommitted: [] }, options: { sizes: [1000], runs: 3, seed: 1, browser: false, german: 0.1 }, method: 'test', machine: {}, sizes: [size] };
    const text = markdown(result);
    expect(text).toContain('Editions: en 900 articles (890 published); de 100 articles (100 published, 50 translations).');
    expect(text).toContain('Astro run per edition (median): en 15.0 s (16.9 ms per article), de 3.20 s (32.0 ms per article).');
    expect(text).toMatch(/\| Astro run, de edition \| – \| \*\*3\.20 s\*\* \(3\.00 s–3\.40 s\) \|/);
  });
});

describe('article pages in every edition', () => {
  it('counts /articles/ and /<lang>/articles/ pages', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bench-output-'));
    temp.push(dist);
    for (const page of ['articles/a', 'articles/b', 'de/articles/c', 'de/bibel/x']) {
      mkdirSync(join(dist, page), { recursive: true });
      writeFileSync(join(dist, page, 'index.html'), '<html></html>');
    }
    expect(outputOf(dist).articlePages).toBe(2);
    expect(outputOf(dist, ['de']).articlePages).toBe(3);
  });
});
