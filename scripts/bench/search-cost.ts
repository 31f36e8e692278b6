/**
 * Client cost of search on a built site, in headless Chromium: for each query, a fresh browser context opens
 * the home page, then runs what the search page (src/browser/search-page.ts) runs before the first results (import pagefind.js,
 * options, init, search with the filters and the newest-first sort; filter values load after the results) and loads data() of the top 5 results. Recorded: the time
 * to those first results (in the page, performance.now) and every response body transferred after the home
 * page loaded. Then a second query in the same context (the next query of the list) gives the warm figures.
 */
import type { Browser, Page, Response } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { authorNames, tailWord } from './corpus/index.ts';

export interface Query {
  q: string;
  filters?: Record<string, string>;
}

export interface QueryCost {
  q: string;
  filters?: Record<string, string>;
  hits: number;
  /** Time to the top 5 results' data, in ms (cold: including import and init). */
  ms: number;
  /** Of which import + options + init + filters() (cold only). */
  initMs?: number;
  bytes: number;
  requests: number;
}

export interface SearchCost {
  chromium: string;
  cold: QueryCost[];
  warm: (QueryCost & { after: string })[];
}

/** 20 fixed queries: common words, rare invented words, a name, scripture references, and filters. */
export function benchQueries(seed: number): Query[] {
  return [
    { q: 'kingdom' },
    { q: 'temple covenant' },
    { q: 'ceasefire' },
    { q: 'sanctions' },
    { q: 'famine' },
    { q: tailWord(seed, 0) },
    { q: tailWord(seed, 400) },
    { q: tailWord(seed, 20_000) },
    { q: authorNames(seed)[0]! },
    { q: 'Jerusalem' },
    { q: 'Luke 21' },
    { q: 'Daniel 9' },
    { q: 'Matthew 24' },
    { q: 'Ezekiel 38' },
    { q: 'Revelation 13' },
    { q: 'Daniel 9', filters: { book: 'Daniel' } },
    { q: 'Luke 21', filters: { book: 'Luke' } },
    { q: 'prophecy', filters: { year: '2019' } },
    { q: 'treaty', filters: { year: '2019', book: 'Revelation' } },
    { q: 'xylophone' },
  ];
}

interface InPage {
  hits: number;
  ms: number;
  initMs: number;
}

async function runQuery(page: Page, query: Query): Promise<InPage> {
  return page.evaluate(async ({ q, filters }) => {
    type Pagefind = {
      options(o: object): Promise<void>;
      init(): Promise<void>;
      filters(): Promise<unknown>;
      search(q: string, o: object): Promise<{ results: { data(): Promise<unknown> }[] }>;
    };
    const w = window as unknown as { __pagefind?: Pagefind };
    const started = performance.now();
    if (!w.__pagefind) {
      const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as Pagefind;
      await pagefind.options({ excerptLength: 30 });
      await pagefind.init();
      // As the search page does: filter values load when the panel opens
      // (or when the filter panel opens), so they are not part of the first query's cost.
      w.__pagefind = pagefind;
    }
    const ready = performance.now();
    const response = await w.__pagefind.search(q, { filters: filters ?? {}, sort: { date: 'desc' } });
    await Promise.all(response.results.slice(0, 5).map((r) => r.data()));
    return { hits: response.results.length, ms: performance.now() - started, initMs: ready - started };
  }, { q: query.q, filters: query.filters ?? null });
}

/** Measures the queries against `distDir` (a built site with dist/pagefind/). */
export async function measureSearch(distDir: string, queries: readonly Query[]): Promise<SearchCost> {
  const server = await serveStatic(distDir);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const cold: QueryCost[] = [];
    const warm: (QueryCost & { after: string })[] = [];
    for (const [i, query] of queries.entries()) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}/`, { waitUntil: 'load' });
        let recording: Promise<number>[] = [];
        page.on('response', (response: Response) => {
          recording.push(response.body().then((b) => b.length, () => 0));
        });
        const first = await runQuery(page, query);
        const firstBytes = await Promise.all(recording);
        cold.push({ ...query, hits: first.hits, ms: first.ms, initMs: first.initMs, bytes: sum(firstBytes), requests: firstBytes.length });
        const next = queries[(i + 1) % queries.length]!;
        recording = [];
        const second = await runQuery(page, next);
        const secondBytes = await Promise.all(recording);
        warm.push({ ...next, after: query.q, hits: second.hits, ms: second.ms, bytes: sum(secondBytes), requests: secondBytes.length });
      } finally {
        await context.close();
      }
    }
    return { chromium: browser.version(), cold, warm };
  } finally {
    await browser?.close();
    await server.close();
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
