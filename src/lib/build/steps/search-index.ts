/**
 * Pipeline step 4, search index: builds the Pagefind index over a built site's article pages (run after
 * Astro has exited, so Pagefind's memory never adds to Astro's heap), or copies the previous one when
 * no article page changed (search-index-input.ts, search-index-cache.ts); otherwise builds it over the
 * previous index's page fragments, so that only changed pages' are written, reads back how many pages it really
 * indexed (the audit compares that number with the article pages it counts), and writes the per-book
 * passage files the search page loads for a passage query.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { FileCache } from '../../facts/cache.ts';
import { passageFiles, type CitingArticle } from '../../search/build-time/passage-index.ts';
import { articlePageGlob, articlePages, orderArticleFolders, searchIndexKey } from './search-index-input.ts';
import { restoreSearchIndex, seedFragments, storeSearchIndex } from './search-index-cache.ts';

/** Where the passage files go, under the site: `/search/passages/<OSIS id>.json`. */
export const PASSAGE_DIR = 'search/passages';

/** One edition's passage files: its folder in the site (`''`, `de`) and its articles' citations (addresses as its pages link them). */
export interface EditionPassages {
  folder: string;
  citing: readonly CitingArticle[];
}

/**
 * Indexes every article page of `distDir` into <distDir>/pagefind/ and, given the articles' citations, writes
 * the passage files; returns how many pages the index holds.
 */
export async function buildSearchIndex(distDir: string, citing?: readonly CitingArticle[], cacheDir?: string): Promise<number> {
  return (await buildEditionsSearchIndex(distDir, citing ? [{ folder: '', citing }] : [], { forceLanguage: 'en', ...(cacheDir ? { cacheDir } : {}) })).total;
}

/** How the index is built: the language of a one-edition site, and where the previous index is kept. */
export interface SearchIndexOptions {
  /** A site of one edition: every page indexed in this language (its index as before). */
  forceLanguage?: string;
  /** The project cache (`node_modules/.cache/watchman`): with it, an index whose inputs are all unchanged is copied, not rebuilt. */
  cacheDir?: string;
}

/**
 * One Pagefind run over the article pages of every edition: Pagefind splits its index by each
 * page's `<html lang>` (German stemming for German pages). Writes each edition's passage files
 * into its folder; returns the pages indexed, in all and by language, and whether the previous
 * index was reused.
 */
export async function buildEditionsSearchIndex(distDir: string, passages: readonly EditionPassages[], options: SearchIndexOptions = {}): Promise<{ total: number; byLanguage: Record<string, number>; reused: boolean }> {
  const outputPath = join(distDir, 'pagefind');
  const folders = passages.length ? passages.map((edition) => edition.folder) : [''];
  const pagefindOptions = { glob: articlePageGlob(folders), ...(options.forceLanguage ? { forceLanguage: options.forceLanguage } : {}) };
  const pages = articlePages(distDir, folders);
  const key = options.cacheDir ? searchIndexKey(distDir, pages, pagefindOptions) : undefined;
  const reused = options.cacheDir !== undefined && key !== undefined && restoreSearchIndex(options.cacheDir, key, outputPath);
  const known = options.cacheDir ? fragmentUrlCache(options.cacheDir) : undefined;
  // Pagefind's id of each page, when the step already read every fragment (the seeded build does).
  let ids: Map<string, string> | undefined;
  if (!reused) {
    // Over the previous index's fragments, so that Pagefind writes only those of changed pages.
    const seeded = options.cacheDir ? seedFragments(options.cacheDir, outputPath) : new Set<string>();
    orderArticleFolders(distDir, folders);
    await runPagefind(distDir, outputPath, pagefindOptions);
    if (seeded.size) {
      ids = removeUnusedFragments(outputPath, seeded, new Set(pages.map(pageUrl)), known);
      if (!ids) {
        // A fragment this step cannot read: the index is built again from nothing.
        rmSync(outputPath, { recursive: true, force: true });
        await runPagefind(distDir, outputPath, pagefindOptions);
      }
    }
    const fragments = readdirSync(join(outputPath, 'fragment')).filter((name) => name.endsWith('.pf_fragment')).length;
    const indexed = indexedPageCount(outputPath);
    if (fragments !== indexed) throw new Error(`the search index holds ${indexed} pages but ${fragments} page fragments (src/lib/build/steps/search-index.ts)`);
    if (options.cacheDir && key) storeSearchIndex(options.cacheDir, key, outputPath);
  }
  if (passages.length) {
    const pageIds = ids ?? pageIdsByUrl(outputPath, known);
    for (const edition of passages) writePassageFiles(join(distDir, edition.folder), edition.citing, pageIds);
  }
  known?.save();
  return { total: indexedPageCount(outputPath), byLanguage: indexedPagesByLanguage(outputPath), reused };
}

/** The address Pagefind gives an article page: `de/articles/a/index.html` → `/de/articles/a/`. */
function pageUrl(page: string): string {
  return `/${page.slice(0, -'index.html'.length)}`;
}

/**
 * After Pagefind ran over `seeded` fragments of the previous index, removes those the new index does
 * not use: a page no longer indexed (deleted, or now a draft), or a page whose fragment Pagefind wrote
 * again under a new name (its content changed). Returns Pagefind's id of each page kept (as
 * pageIdsByUrl would read them), or undefined when a fragment cannot be read as one page's (the caller
 * then builds the index from nothing).
 */
function removeUnusedFragments(outputPath: string, seeded: ReadonlySet<string>, pageUrls: ReadonlySet<string>, known?: FragmentUrls): Map<string, string> | undefined {
  const dir = join(outputPath, 'fragment');
  const byUrl = new Map<string, string[]>();
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.pf_fragment')) continue;
    let url: string | undefined;
    try {
      url = pageFragmentUrl(dir, name, known);
    } catch {
      return undefined;
    }
    if (url === undefined) return undefined;
    byUrl.set(url, [...(byUrl.get(url) ?? []), name]);
  }
  const ids = new Map<string, string>();
  for (const [url, names] of byUrl) {
    const written = names.some((name) => !seeded.has(name));
    for (const name of names) {
      if (seeded.has(name) && (written || !pageUrls.has(url))) unlinkSync(join(dir, name));
      else ids.set(url, name.slice(0, -'.pf_fragment'.length));
    }
  }
  return ids;
}

/**
 * The address in each fragment file Pagefind wrote, by file name and size. A fragment is named by a hash
 * of its content, so a name's address never changes: a rebuild reads only the fragments it has not seen
 * (at 10,000 articles, reading all 9,900 took 1.1 s of every rebuild). The size is checked against the
 * file, so a kept fragment damaged since is read again (and found unreadable, see removeUnusedFragments).
 */
type FragmentUrls = FileCache<[url: string, size: number]>;

function fragmentUrlCache(cacheDir: string): FragmentUrls {
  return new FileCache(join(cacheDir, 'search-fragment-urls.json'), 'pagefind-fragment-urls-1');
}

/** The address of the one page in fragment `name` of `dir`, or undefined when the file holds a group of pages; throws when it cannot be read. */
function pageFragmentUrl(dir: string, name: string, known?: FragmentUrls): string | undefined {
  const path = join(dir, name);
  const size = statSync(path).size;
  const seen = known?.get(name);
  if (seen && seen[1] === size) return seen[0];
  const url = (readFragment(path) as { url?: unknown }).url;
  if (typeof url !== 'string') return undefined;
  known?.set(name, [url, size]);
  return url;
}

/** A fragment file's JSON: gzip, then Pagefind's `pagefind_dcd` signature, then the JSON text. */
function readFragment(path: string): unknown {
  return JSON.parse(gunzipSync(readFileSync(path)).subarray('pagefind_dcd'.length).toString('utf8'));
}

/** Pagefind over the pages `glob` selects under `distDir`, written to `outputPath`. */
async function runPagefind(distDir: string, outputPath: string, options: { glob: string; forceLanguage?: string }): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex(options.forceLanguage ? { forceLanguage: options.forceLanguage } : {});
    if (!index || errors.length) throw new Error(errors.join('\n') || 'Pagefind did not create an index');
    const added = await index.addDirectory({ path: distDir, glob: options.glob });
    if (added.errors.length) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
  } catch (cause) {
    throw new Error(`Pagefind failed to index the site: ${(cause as Error).message}`);
  } finally {
    await pagefind.close();
  }
}

/** Where an edition's passage files go and how its articles are addressed: the default edition's are `search/passages` and the route itself. */
export interface PassageFilesTarget {
  /** The folder under the site, e.g. `search/passages` or, for a `/de/` edition, `de/search/passages` (its page reads `edition.path('/search/passages/')`). */
  folder: string;
  /** The address of an article route in the edition (`edition.path`): `/articles/x/` → `/de/articles/x/`, as Pagefind indexed it. */
  pathOf: (route: string) => string;
}

/**
 * Writes one passage file per book for one edition's articles (`citing`, addressed by route);
 * JSON without spaces, in a fixed order, so builds are byte-identical.
 */
export function writePassageFiles(
  distDir: string,
  citing: readonly CitingArticle[],
  pageIds: ReadonlyMap<string, string>,
  target: PassageFilesTarget = { folder: PASSAGE_DIR, pathOf: (route) => route },
): void {
  const dir = join(distDir, target.folder);
  mkdirSync(dir, { recursive: true });
  const addressed = citing.map((article) => ({ ...article, url: target.pathOf(article.url) }));
  for (const file of passageFiles(addressed, pageIds)) writeFileSync(join(dir, `${file.book}.json`), JSON.stringify(file));
}

/**
 * Pagefind's id of each page (the name of its fragment file, which search results carry as `id`),
 * by address, read from the fragments it wrote (a file is one page, or a group of pages by id).
 */
export function pageIdsByUrl(pagefindDir: string, known?: FragmentUrls): Map<string, string> {
  const ids = new Map<string, string>();
  const dir = join(pagefindDir, 'fragment');
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.pf_fragment')) continue;
    const url = pageFragmentUrl(dir, name, known);
    if (url !== undefined) ids.set(url, name.slice(0, -'.pf_fragment'.length));
    else for (const [id, fragment] of Object.entries(readFragment(join(dir, name)) as Record<string, { url: string }>)) ids.set(fragment.url, id);
  }
  return ids;
}

/**
 * Pages Pagefind really indexed, read from its entry file: its own addDirectory count includes pages
 * it then drops silently (those without data-pagefind-body once any page has it).
 */
export function indexedPageCount(pagefindDir: string): number {
  return Object.values(indexedPagesByLanguage(pagefindDir)).reduce((sum, count) => sum + count, 0);
}

/** Pages indexed per language of the index (`en`, `de`), from its entry file. */
export function indexedPagesByLanguage(pagefindDir: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]));
}
