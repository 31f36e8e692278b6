/** Runs the content validation over a project folder on disk, with the shared validation cache. */
import { join } from 'node:path';
import { cacheDir, codeVersion, FileCache } from '../facts/cache.ts';
import { loadContentFiles } from '../content/load.ts';
import { validateContent, type ArticleOutcome, type ValidationResult } from './run.ts';
import { buildDay } from './build-day.ts';

/**
 * The cache's version: the code's, and the pinned day when SOURCE_DATE_EPOCH pins one. Outcomes with a
 * finding that depends on the day are never kept (run.ts); an outcome that passed stays right while the
 * clock moves forward, but not when a pinned day moves back.
 */
export function validationCacheVersion(): string {
  return process.env.SOURCE_DATE_EPOCH ? `${codeVersion()}@${buildDay()}` : codeVersion();
}

export interface CheckOptions {
  /** Read and write node_modules/.cache/watchman/validation.json (default true). */
  cache?: boolean;
}

/** Where `root`'s validation cache lives: what `npm run check` reuses, and what a cold check starts without. */
export function validationCachePath(root: string): string {
  return join(cacheDir(root), 'validation.json');
}

/** Loads and validates `root`'s content; the result carries every problem in every file. */
export function checkProject(root: string, options: CheckOptions = {}): ValidationResult & { checkedFiles: number; cacheHits: number } {
  const files = loadContentFiles(root);
  const cache = options.cache === false ? undefined : new FileCache<ArticleOutcome>(validationCachePath(root), validationCacheVersion());
  const result = validateContent({ ...files, root }, cache ? { cache } : {});
  cache?.save();
  return { ...result, checkedFiles: files.articles.length + files.authors.length + files.bios.length + files.people.length + files.skipped.length, cacheHits: cache?.hits ?? 0 };
}
