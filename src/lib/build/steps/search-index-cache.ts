/**
 * The last search index the build wrote, kept in the project cache under its key
 * (search-index-input.ts), so a build whose article pages are all unchanged copies it instead of
 * running Pagefind again. One entry is kept: the cache never grows with the number of builds.
 * An entry appears by renaming a finished copy into place, so a build interrupted while storing
 * leaves no half entry behind.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of the search-index entries in the project cache (`node_modules/.cache/watchman`). */
function entriesDir(cacheDir: string): string {
  return join(cacheDir, 'search-index');
}

/** Copies the index stored under `key` to `outputPath`; false when there is none. */
export function restoreSearchIndex(cacheDir: string, key: string, outputPath: string): boolean {
  const entry = join(entriesDir(cacheDir), key);
  if (!existsSync(entry)) return false;
  rmSync(outputPath, { recursive: true, force: true });
  cpSync(entry, outputPath, { recursive: true });
  return true;
}

/** Stores the index at `outputPath` under `key`, replacing every other entry. */
export function storeSearchIndex(cacheDir: string, key: string, outputPath: string): void {
  const dir = entriesDir(cacheDir);
  mkdirSync(dir, { recursive: true });
  const partial = join(dir, `.partial-${process.pid}-${key}`);
  rmSync(partial, { recursive: true, force: true });
  cpSync(outputPath, partial, { recursive: true });
  for (const name of readdirSync(dir)) if (name !== partial.slice(dir.length + 1)) rmSync(join(dir, name), { recursive: true, force: true });
  renameSync(partial, join(dir, key));
}
