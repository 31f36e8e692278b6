/**
 * What the search index is built from, and the key that says when a previous index is still exact.
 *
 * Pagefind reads only the article pages (`articles/<id>/index.html` in each edition's folder): they
 * are the only pages with `data-pagefind-body`, and Pagefind drops every other page after parsing it
 * (at 1,000 articles 3,262 HTML files, 45.6 MB, of which 990 article pages, 24.5 MB; reading only those
 * cut the step's CPU by about a quarter and left the index byte-identical).
 *
 * Pagefind has no incremental mode and its output is a function of its input files, version and
 * options, so an index is reused only when all of them are unchanged: the key hashes the Pagefind
 * version, this step's code, the options and every article page's path and bytes. Any edit that
 * changes an article page (a deleted article included) changes the key; nothing can be served stale.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashOfCode } from '../../facts/cache.ts';

/** The article pages of one edition folder (`''`, `de`), relative to the site: `de/articles/<id>/index.html`. */
function articlePagesOf(distDir: string, folder: string): string[] {
  const articles = join(distDir, folder, 'articles');
  if (!existsSync(articles)) return [];
  const prefix = folder ? `${folder}/articles` : 'articles';
  return readdirSync(articles, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(articles, entry.name, 'index.html')))
    .map((entry) => `${prefix}/${entry.name}/index.html`);
}

/** Every article page of the given edition folders, relative to the site, in a fixed order. */
export function articlePages(distDir: string, folders: readonly string[]): string[] {
  return [...new Set(folders)].flatMap((folder) => articlePagesOf(distDir, folder)).sort();
}

/** Pagefind's glob for the article pages of the given edition folders (`{articles,de/articles}/*\/index.html`). */
export function articlePageGlob(folders: readonly string[]): string {
  const roots = [...new Set(folders)].sort().map((folder) => (folder ? `${folder}/articles` : 'articles'));
  return roots.length === 1 ? `${roots[0]}/*/index.html` : `{${roots.join(',')}}/*/index.html`;
}

/**
 * Puts each edition's `articles` folder in one fixed order: its entries are moved, in sorted order, into a
 * new folder that then takes its place (the same files and names). Pagefind numbers pages in the order its
 * directory walk meets them, which is the file system's: by name hash on ext4, but by creation on tmpfs
 * and btrfs, where the order Astro wrote the pages in (four at a time; restored or rendered) would
 * otherwise decide the index's bytes, and an incremental build's index would differ from a clean build's.
 * For the build's own unpublished output only (pages are absent from `articles` while they move):
 * 0.2-0.7 s at 10,000 articles.
 */
export function orderArticleFolders(distDir: string, folders: readonly string[]): void {
  for (const folder of [...new Set(folders)]) {
    const articles = join(distDir, folder, 'articles');
    if (!existsSync(articles)) continue;
    const ordered = join(distDir, folder, `.articles-ordered-${process.pid}`);
    mkdirSync(ordered);
    for (const name of readdirSync(articles).sort()) renameSync(join(articles, name), join(ordered, name));
    // POSIX replaces an empty folder in one step; where rename cannot, the empty one goes first.
    try {
      renameSync(ordered, articles);
    } catch {
      rmdirSync(articles);
      renameSync(ordered, articles);
    }
  }
}

const PAGEFIND_PACKAGE = fileURLToPath(new URL('../../../../node_modules/pagefind/package.json', import.meta.url));
// The code that decides what the index holds or how it is kept: this step, its input and cache, the locked dependencies.
const INDEX_CODE = ['src/lib/build/steps/search-index.ts', 'src/lib/build/steps/search-index-input.ts', 'src/lib/build/steps/search-index-cache.ts', 'package-lock.json'];

let codeMemo: string | undefined;

/** The Pagefind version and a hash of the step's code: an index built by other code is never reused. */
function indexCodeVersion(): string {
  const version = (JSON.parse(readFileSync(PAGEFIND_PACKAGE, 'utf8')) as { version: string }).version;
  return (codeMemo ??= `pagefind ${version}; code ${hashOfCode(INDEX_CODE)}`);
}

/**
 * The key of the index of `pages` (relative paths under `distDir`) built with `options`: equal keys
 * mean Pagefind would write the same files.
 */
export function searchIndexKey(distDir: string, pages: readonly string[], options: object): string {
  const hash = createHash('sha256');
  hash.update(`${indexCodeVersion()}\n${JSON.stringify(options)}\n`);
  for (const page of pages) {
    const bytes = readFileSync(join(distDir, page));
    hash.update(`${page}\n${bytes.length}\n`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
