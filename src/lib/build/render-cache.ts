/**
 * Astro's content data store (`<cacheDir>/data-store.json`) keeps each entry's rendered HTML keyed by
 * the entry's own text and the Astro config, not by the code of the Markdown plugins the config
 * imports: after a change to src/plugins/ (or the scripture code they call) an old store would publish
 * pages rendered by the old code. The store is dropped whenever that code changes, so a restored
 * cache can only save time, never change the output.
 * The incremental build's manifest and its copies of the pages (`incremental-build.json`, `dist/`)
 * go with it: Astro skips a page when its cacheKey and its route's module graph are unchanged, and
 * neither sees the plugins' code (a function is not in Astro's config hash) nor data read from files
 * at render time (verse texts, the site config's editions).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashOfCode } from '../facts/cache.ts';
import { cacheKey } from './cache-key.ts';
import { site } from '../../site.config.ts';

/** Everything that decides how a body is rendered. */
export const RENDERER_CODE = ['src/plugins', 'src/lib', 'src/schema', 'src/site.config.ts', 'astro.config.mjs', 'package-lock.json'];
export const STAMP_FILE = 'watchman-renderer-version';
const STORE_FILES = ['data-store.json', 'incremental-build.json', 'dist'];

/**
 * The renderer's version: its code, the site config as this process resolved it (SITE_URL,
 * EDITION_DOMAINS, TRUSTED_MDX… change what pages print without changing any module's code), and
 * `pagesFrom`, where the pages are seen from the Astro root (`src/pages`, `../../src/pages`). Astro names
 * each route in its manifest by that path; when it changes (the project or the content root moved), Astro
 * prunes the old routes' files at the end of the build, and they are the very files that build wrote
 * again, so the next build finds no kept page (seen with Astro 7.3.5). Dropping the cache first avoids it.
 */
export function rendererVersion(pagesFrom = 'src/pages'): string {
  return `${hashOfCode(RENDERER_CODE)}-${cacheKey({ site, pagesFrom })}`;
}

/** Drops Astro's data store and incremental-build cache in `cacheDir` when they were filled by other renderer code; returns whether it did. */
export function dropStaleRenderCache(cacheDir: string, version: string = rendererVersion()): boolean {
  const stamp = join(cacheDir, STAMP_FILE);
  const previous = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : undefined;
  if (previous === version) return false;
  const stores = STORE_FILES.map((name) => join(cacheDir, name)).filter((path) => existsSync(path));
  for (const path of stores) rmSync(path, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stamp, `${version}\n`);
  return stores.length > 0;
}
