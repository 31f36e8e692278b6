/**
 * What the search page itself transfers and how long it takes for a word query, a passage query and a
 * passage query with its parallels: each query in a fresh browser context that has already loaded the
 * search page empty, then the address with the query. Recorded: bytes of every response body after that
 * (uncompressed, and with no caching headers, so every file comes again: the figures the goals have
 * always been judged on), of which the passage files, and the time to the results.
 * Then each query once more as a CDN serves the site (`cdn`): text gzipped, files revalidated by ETag and
 * kept as the site's `_headers` say, counting the bytes the server sent, after the same empty visit and
 * on a first visit straight to the query's address with nothing cached.
 * `node scripts/bench/search-page-cost.ts --dist DIR [--q "Matthew 24"]… [--out FILE.json]`
 */
import { writeFileSync } from 'node:fs';
import { exitWithUsage, parseToolOptions } from '../../src/lib/cli/options.ts';
import type { Browser, Page, Response } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { serveLikeCdn } from '../../tests/support/quality/cdn-server.ts';
import { createQueryReader } from '../../src/lib/search/common/query.ts';
import { ENGLISH_SEARCH } from '../../src/lib/search/common/search-language.ts';

// The English search box, as the sample site's search page reads queries.
const english = createQueryReader(ENGLISH_SEARCH);

export interface PageQueryCost {
  query: string;
  /** `passage` when the page's query parser reads a passage in it (the page then loads passage files), else `words`. */
  kind: 'words' | 'passage';
  bytes: number;
  /** Of which the passage files (/search/passages/). */
  passageBytes: number;
  requests: number;
  /** From the address change to the status announcing the results, in the page. */
  ms: number;
  /** A second query in the same page: ms and bytes. */
  nextMs: number;
  nextBytes: number;
  status: string;
  /** The same query as a CDN sends the site (absent in results older than 2026-12-08). */
  cdn?: CdnQueryCost;
}

/** Bytes the server sent (bodies, compressed where a CDN compresses; 304 answers send none). */
export interface CdnQueryCost {
  /** After an empty visit to /search/, as above. */
  afterVisitBytes: number;
  afterVisitMs: number;
  /** A first visit straight to the query's address, nothing cached. */
  firstVisitBytes: number;
}

/** Default queries: word queries and the passage queries the issue names, alone and with parallels. */
export const PAGE_QUERIES = ['kingdom', 'ceasefire', 'temple covenant', 'Matthew 24', 'Mt 24:6', 'Luke 21:7-8', 'Daniel 9', 'Revelation 13', 'Matthew 24&parallels=1', 'Luke 21 famine'];

export async function measureSearchPage(distDir: string, queries: readonly string[] = PAGE_QUERIES, next = 'sanctions'): Promise<PageQueryCost[]> {
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  const out: PageQueryCost[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/search/`, { waitUntil: 'load' });
      const sizes: Promise<[string, number]>[] = [];
      page.on('response', (response: Response) => sizes.push(response.body().then((b) => [new URL(response.url()).pathname, b.length] as [string, number], () => ['', 0])));
      const started = Date.now();
      await page.goto(`${server.url}${queryAddress(query)}`);
      await resultsShown(page);
      const ms = await page.evaluate(() => performance.now());
      const bodies = await Promise.all(sizes);
      const status = (await page.textContent('#search-status')) ?? '';
      // The next query, typed in the same page.
      sizes.length = 0;
      const nextStart = await page.evaluate(() => performance.now());
      await page.fill('#search-q', next);
      await page.press('#search-q', 'Enter');
      await page.waitForFunction((n) => (document.getElementById('search-status')?.textContent ?? '').includes(n), next, { timeout: 60_000 });
      const nextMs = (await page.evaluate(() => performance.now())) - nextStart;
      const nextBodies = await Promise.all(sizes);
      out.push({
        query,
        kind: english.parseQuery(query.split('&')[0]!).passages.length ? 'passage' : 'words',
        bytes: sum(bodies.map(([, n]) => n)),
        passageBytes: sum(bodies.filter(([path]) => path.startsWith('/search/passages/')).map(([, n]) => n)),
        requests: bodies.length,
        ms: Math.round(Math.min(ms, Date.now() - started)),
        nextMs: Math.round(nextMs),
        nextBytes: sum(nextBodies.map(([, n]) => n)),
        status,
      });
      await context.close();
    }
    await measureOverCdn(distDir, browser, queries, out);
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

/** Each query again over a CDN-like server (`cdn` of each row of `out`, in the order of `queries`). */
async function measureOverCdn(distDir: string, browser: Browser, queries: readonly string[], out: PageQueryCost[]): Promise<void> {
  const server = await serveLikeCdn(distDir, { compress: true, revalidate: true });
  const sent = () => sum(server.served.map((response) => response.bytes));
  try {
    for (const [i, query] of queries.entries()) {
      const address = `${server.url}${queryAddress(query)}`;
      let context = await browser.newContext();
      let page = await context.newPage();
      await page.goto(`${server.url}/search/`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      server.served.length = 0;
      const started = Date.now();
      await page.goto(address);
      await resultsShown(page);
      const afterVisitMs = Math.min(await page.evaluate(() => performance.now()), Date.now() - started);
      await page.waitForLoadState('networkidle');
      const afterVisitBytes = sent();
      await context.close();
      context = await browser.newContext();
      page = await context.newPage();
      server.served.length = 0;
      await page.goto(address);
      await resultsShown(page);
      await page.waitForLoadState('networkidle');
      out[i]!.cdn = { afterVisitBytes, afterVisitMs: Math.round(afterVisitMs), firstVisitBytes: sent() };
      await context.close();
    }
  } finally {
    await server.close();
  }
}

/** The search page's address for a query written `words[&param=value]` (PAGE_QUERIES). */
function queryAddress(query: string): string {
  const [q, extra] = query.split('&');
  return `/search/?q=${encodeURIComponent(q!)}${extra ? `&${extra}` : ''}`;
}

/** Until the page announces its results (or that there are none). */
async function resultsShown(page: Page): Promise<void> {
  await page.waitForFunction(() => /found|No articles/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 60_000 });
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

if (import.meta.main) {
  const tool = { name: 'search-page-cost', usage: 'Usage: node scripts/bench/search-page-cost.ts --dist DIR [--q QUERY]… [--out FILE.json]' };
  const { values } = parseToolOptions(tool, { strict: true, options: { dist: { type: 'string' }, q: { type: 'string', multiple: true }, out: { type: 'string' } } });
  if (!values.dist) exitWithUsage(tool, 'give the built site with --dist DIR');
  const rows = await measureSearchPage(values.dist, values.q?.length ? values.q : PAGE_QUERIES);
  if (values.out) writeFileSync(values.out, `${JSON.stringify({ measured: new Date().toISOString(), dist: values.dist, rows }, null, 2)}\n`);
  console.log('query | first: kB (passage files) / requests / ms | next query: kB / ms | CDN: after visit kB / ms, first visit kB | status');
  for (const row of rows) {
    const cdn = row.cdn ? `${(row.cdn.afterVisitBytes / 1000).toFixed(1)} kB / ${row.cdn.afterVisitMs} ms, ${(row.cdn.firstVisitBytes / 1000).toFixed(1)} kB` : '-';
    console.log(`${row.query} | ${(row.bytes / 1000).toFixed(1)} kB (${(row.passageBytes / 1000).toFixed(1)}) / ${row.requests} / ${row.ms} ms | ${(row.nextBytes / 1000).toFixed(1)} kB / ${row.nextMs} ms | ${cdn} | ${row.status}`);
  }
}
