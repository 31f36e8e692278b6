/**
 * Passage search correctness on a built corpus: for each passage query, the published articles that cite an
 * overlapping passage (frontmatter or prose; a whole book overlaps every passage of it: the passage model's
 * mentions, which the page lists last, labelled, are results too), computed in Node from the content files with the project's own
 * parser (parseReference), prose citations (bodyFacts) and overlap (passagesOverlap), with the synoptic
 * parallels of the PARALLELS table; then the articles the real search page shows for that query in Chromium.
 * The expected side never reads the build's passage files, so a fault in them shows as a mismatch.
 * `node scripts/bench/passage-correctness.ts --content DIR --dist DIR [--q QUERY]… [--parallels] [--limit N]`
 */
import { readdirSync, readFileSync } from 'node:fs';
import { exitWithUsage, parseToolOptions } from '../../src/lib/cli/options.ts';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { idFromPath } from '../../src/lib/content/layout.ts';
import { bodyFacts } from '../../src/lib/facts/body-facts.ts';
import { isSingleChapter, parseReference, passagesOverlap, requireBook, verseCount, type Passage } from '../../src/lib/scripture/index.ts';
import { PARALLELS } from '../../src/lib/related/index.ts';
import { createQueryReader } from '../../src/lib/search/common/query.ts';
import { ENGLISH_SEARCH } from '../../src/lib/search/common/search-language.ts';
import { passageHits } from '../../src/lib/search/browser/passage-search.ts';
import type { PassageFile } from '../../src/lib/search/common/passage-file.ts';
import { mulberry32, type ArticleInfo } from './corpus/index.ts';
import { PAGE_QUERIES } from './search-page-cost.ts';

// The English search box, as the sample site's search page reads queries.
const english = createQueryReader(ENGLISH_SEARCH);

/** A published article and every passage it cites, frontmatter and prose together. */
export interface CitingArticle {
  url: string;
  passages: Passage[];
}

export interface PassageQuery {
  /** As typed in the search box. */
  q: string;
  parallels: boolean;
}

export interface PassageCheck extends PassageQuery {
  expected: number;
  /** Results the page reports in its status ("12 articles found"). */
  shown: number;
  /** `list`: every result read from the page ("More results" clicked to the end); `status+files`: more than
   * LIST_LIMIT results, so the status count and the first LIST_LIMIT shown are read from the page, and the full
   * list is the one the page's own code (passageHits) derives from the passage files it fetches. */
  method: 'list' | 'status+files';
  /** Results read from the page's list. */
  listed: number;
  /** Expected articles the page does not show, and shown ones not expected: counts, and the first SAMPLE addresses. */
  missingCount: number;
  extraCount: number;
  missing: string[];
  extra: string[];
  /** Addresses the page listed more than once. */
  duplicates: string[];
  /** What the page says it understood ("Passage: Matthew 24 — 12 articles. …"). */
  understood: string;
  ok: boolean;
}

/**
 * The count an English search page's status announces ("1,253 articles found"): 0 for any other status.
 * The page groups digits as its edition's language does, so the count is read with its separators.
 */
export function statusCount(status: string): number {
  const match = /^(\d{1,3}(?:,\d{3})*|\d+) articles? found/.exec(status);
  return match ? Number(match[1]!.replaceAll(',', '')) : 0;
}

/** Results read one "More results" click at a time up to this many; beyond, the status count and the files route. */
export const LIST_LIMIT = 300;
/** Addresses kept per missing/extra list in the results (the counts are exact). */
const SAMPLE = 20;

/** Published articles of a corpus's content folder with their passages: frontmatter parsed with parseReference, prose with bodyFacts. */
export function readCitingArticles(contentDir: string): CitingArticle[] {
  const out: CitingArticle[] = [];
  const root = join(contentDir, 'articles');
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
    const source = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    const split = splitFrontmatter(source);
    if (!split.ok) throw new Error(`${entry.name}: ${split.issues.map((i) => i.message).join('; ')}`);
    const article = citingArticle(idFromPath(entry.name), split.data as { draft?: boolean; lang?: string; scripture?: string[] }, split.body, entry.name.endsWith('.mdx'));
    if (article) out.push(article);
  }
  return out.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * One article's passages, or undefined for a draft or an article of another edition than the default one
 * (the search page measured is the English one; Pagefind keeps one index per language).
 */
export function citingArticle(id: string, data: { draft?: boolean; lang?: string; scripture?: string[] }, body: string, mdx = false): CitingArticle | undefined {
  if (data.draft === true || (data.lang !== undefined && data.lang !== 'en')) return undefined;
  const passages: Passage[] = [];
  for (const item of data.scripture ?? []) {
    const parsed = parseReference(item);
    if (!parsed.ok) throw new Error(`/articles/${id}/: scripture "${item}": ${parsed.message}`);
    passages.push(...parsed.passages);
  }
  for (const citation of bodyFacts(body, { mdx }).citations) passages.push(...citation.passages);
  return { url: `/articles/${id}/`, passages };
}

/** The passages of the other gospels in the parallel sections `passages` touch. */
export function parallelPassages(passages: readonly Passage[]): Passage[] {
  return PARALLELS.flatMap((parallel) =>
    parallel.sections.flatMap((section) => {
      const touched = passages.some((p) => section[p.book] && passagesOverlap(p, section[p.book]!));
      return touched ? Object.entries(section).filter(([book]) => !passages.some((p) => p.book === book)).map(([, passage]) => passage) : [];
    }),
  );
}

/** The addresses (sorted) of the articles citing a passage that overlaps the query's, or its parallels'. */
export function expectedUrls(articles: readonly CitingArticle[], query: PassageQuery): string[] {
  const parsed = parseReference(query.q);
  if (!parsed.ok) throw new Error(`passage query "${query.q}": ${parsed.message}`);
  const wanted = query.parallels ? [...parsed.passages, ...parallelPassages(parsed.passages)] : parsed.passages;
  return articles.filter((a) => a.passages.some((p) => wanted.some((w) => passagesOverlap(p, w)))).map((a) => a.url).sort();
}

/**
 * The queries checked: the passage forms of PAGE_QUERIES (those without other words), and `count` chapters or
 * verse ranges drawn with the seed from the frontmatter passages of the corpus (multi-chapter books), each
 * alone and with its parallels.
 */
export function passageQueries(articles: readonly ArticleInfo[], seed: number, count = 10): PassageQuery[] {
  const fixed = PAGE_QUERIES.map((text) => {
    const [q, extra] = text.split('&');
    return { q: q!, parallels: extra === 'parallels=1' };
  }).filter((query) => {
    const parsed = english.parseQuery(query.q);
    return parsed.passages.length > 0 && parsed.words === '';
  });
  const cited = articles.filter((a) => !a.draft && a.lang !== 'de').flatMap((a) => a.scripture.flatMap((s) => {
    const parsed = parseReference(s);
    return parsed.ok ? parsed.passages.filter((p) => p.start && p.end && !isSingleChapter(requireBook(p.book))) : [];
  }));
  const random = mulberry32(seed ^ 0x5eed);
  const derived: PassageQuery[] = [];
  for (let i = 0; i < count && cited.length; i++) {
    const passage = cited[Math.floor(random() * cited.length)]!;
    const name = requireBook(passage.book).name;
    const chapter = passage.start!.chapter;
    let q = `${name} ${chapter}`;
    if (i % 2 === 1) {
      // A verse range inside the chapter: the cited verses when the passage names them, else drawn.
      const verses = verseCount(requireBook(passage.book), chapter) ?? 1;
      const first = passage.start!.verse ?? (1 + Math.floor(random() * verses));
      const last = passage.end!.chapter === chapter && passage.end!.verse !== null ? passage.end!.verse : Math.min(verses, first + Math.floor(random() * 4));
      q = `${name} ${chapter}:${first}${last > first ? `-${last}` : ''}`;
    }
    derived.push({ q, parallels: false }, { q, parallels: true });
  }
  const seen = new Set<string>();
  return [...fixed, ...derived].filter((query) => {
    const key = `${query.q}|${query.parallels}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}

/** The search page's address for a query. */
export function searchAddress(query: PassageQuery): string {
  return `/search/?q=${encodeURIComponent(query.q)}${query.parallels ? '&parallels=1' : ''}`;
}

/** Reads the page's result addresses, clicking "More results" one batch at a time (no double clicks) up to `limit`. */
async function listedUrls(page: Page, limit: number): Promise<string[]> {
  for (;;) {
    const count = await page.locator('#search-results > li').count();
    if (count >= limit || !(await page.isVisible('#search-more'))) break;
    await page.click('#search-more');
    await page.waitForFunction((before) => document.querySelectorAll('#search-results > li').length > before || (document.getElementById('search-more')?.hidden ?? true), count);
  }
  const hrefs = await page.$$eval('#search-results h2 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace(/[?#].*$/, ''));
}

/** The addresses the page's own code derives from the passage files in `distDir` (for result lists beyond LIST_LIMIT). */
function filesRouteUrls(distDir: string, query: PassageQuery): Promise<string[]> {
  const parsed = english.parseQuery(query.q);
  const load = async (book: string) => JSON.parse(readFileSync(join(distDir, 'search/passages', `${book}.json`), 'utf8')) as PassageFile;
  return passageHits(parsed.passages, query.parallels, load, english).then((hits) =>
    [...hits.pages.keys()].map((id) => {
      const text = gunzipSync(readFileSync(join(distDir, 'pagefind/fragment', `${id}.pf_fragment`))).toString('utf8');
      return (JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string }).url;
    }),
  );
}

/** Runs each query on the real search page of `distDir` and compares with `expected` (query key → sorted addresses). */
export async function checkPassagesInBrowser(distDir: string, queries: readonly PassageQuery[], expected: ReadonlyMap<string, readonly string[]>, limit = LIST_LIMIT): Promise<PassageCheck[]> {
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  const out: PassageCheck[] = [];
  try {
    const context = await browser.newContext();
    for (const query of queries) {
      const want = expected.get(queryKey(query)) ?? [];
      const page = await context.newPage();
      await page.goto(`${server.url}${searchAddress(query)}`);
      await page.waitForFunction(() => /found|No articles|could not/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 120_000 });
      const status = (await page.textContent('#search-status')) ?? '';
      const shown = statusCount(status);
      const understood = ((await page.textContent('#search-understood')) ?? '').trim();
      const method: PassageCheck['method'] = shown > limit ? 'status+files' : 'list';
      const listed = await listedUrls(page, limit);
      await page.close();
      const full = method === 'list' ? listed : [...new Set([...(await filesRouteUrls(distDir, query)), ...listed])];
      const wantSet = new Set(want);
      const fullSet = new Set(full);
      const missing = want.filter((url) => !fullSet.has(url));
      const extra = [...fullSet].filter((url) => !wantSet.has(url)).sort();
      const duplicates = [...new Set(listed.filter((url, i) => listed.indexOf(url) !== i))];
      const ok = missing.length === 0 && extra.length === 0 && duplicates.length === 0 && shown === want.length && /^Passage:/.test(understood);
      out.push({
        ...query,
        expected: want.length,
        shown,
        method,
        listed: listed.length,
        missingCount: missing.length,
        extraCount: extra.length,
        missing: missing.slice(0, SAMPLE),
        extra: extra.slice(0, SAMPLE),
        duplicates: duplicates.slice(0, SAMPLE),
        understood,
        ok,
      });
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

export function queryKey(query: PassageQuery): string {
  return `${query.q}${query.parallels ? ' +parallels' : ''}`;
}

/** Expected sets for every query, from the content folder. */
export function expectedSets(contentDir: string, queries: readonly PassageQuery[]): Map<string, string[]> {
  const articles = readCitingArticles(contentDir);
  return new Map(queries.map((query) => [queryKey(query), expectedUrls(articles, query)]));
}

if (import.meta.main) {
  const tool = { name: 'passage-correctness', usage: 'Usage: node scripts/bench/passage-correctness.ts --content DIR --dist DIR [--q QUERY]… [--parallels] [--limit N]' };
  const { values } = parseToolOptions(tool, { strict: true, options: { content: { type: 'string' }, dist: { type: 'string' }, q: { type: 'string', multiple: true }, parallels: { type: 'boolean', default: false }, limit: { type: 'string', default: String(LIST_LIMIT) } } });
  if (!values.content || !values.dist) exitWithUsage(tool, 'give both --content DIR and --dist DIR');
  const queries = (values.q ?? ['Matthew 24', 'Luke 21:7-8', 'Daniel 9']).map((q) => ({ q, parallels: values.parallels }));
  const rows = await checkPassagesInBrowser(values.dist, queries, expectedSets(values.content, queries), Number(values.limit));
  for (const row of rows) console.log(`${row.ok ? 'ok      ' : 'MISMATCH'} ${queryKey(row)}: expected ${row.expected}, shown ${row.shown} (${row.method}), missing ${row.missingCount}, extra ${row.extraCount}, duplicates ${row.duplicates.length} | ${row.understood}`);
}
