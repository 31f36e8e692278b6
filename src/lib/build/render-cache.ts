/**
 * Astro's content data store (`<cacheDir>/data-store.json`) keeps each entry's rendered HTML keyed by
 * the entry's own text and the Astro config, not by the code of the Markdown plugins the config
 * imports: after a change to src/plugins/ (or the scripture code they call) an old store would publish
 * pages rendered by the old code. The store is dropped whenever that code changes, so a restored
 * cache can only save time, never change the output.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashOfCode } from '../facts/cache.ts';

/** Everything that decides how a body is rendered. */
export const RENDERER_CODE = ['src/plugins', 'src/lib', 'src/schema', 'src/site.config.ts', 'astro.config.mjs', 'package-lock.json'];
export const STAMP_FILE = 'watchman-renderer-version';
const STORE_FILES = ['data-store.json'];

/** Drops Astro's data store in `cacheDir` when it was filled by other renderer code; returns whether it did. */
export function dropStaleRenderCache(cacheDir: string, version: string = hashOfCode(RENDERER_CODE)): boolean {
  const stamp = join(cacheDir, STAMP_FILE);
  const previous = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : undefined;
  if (previous === version) return false;
  const stores = STORE_FILES.map((name) => join(cacheDir, name)).filter((path) => existsSync(path));
  for (const path of stores) rmSync(path, { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stamp, `${version}\n`);
  return stores.length > 0;
}
