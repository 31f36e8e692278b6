/** Runs the content validation over a project folder on disk, with the shared validation cache. */
import { join } from 'node:path';
import { cacheDir, codeVersion, FileCache } from '../facts/cache.ts';
import { loadContentFiles, type ContentFiles } from '../content/load.ts';
import { articleCacheKeys, validateContent, type ArticleOutcome, type ValidationResult } from './run.ts';
import { workOutArticles, type ParallelOptions, type ThreadUse } from './parallel.ts';
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

export type CheckedProject = ValidationResult & { checkedFiles: number; cacheHits: number; threads?: ThreadUse };

/** Loads and validates `root`'s content on one thread; the result carries every problem in every file. */
export function checkProject(root: string, options: CheckOptions = {}): CheckedProject {
  const files = loadContentFiles(root);
  const cache = openCache(root, options);
  return finish(files, cache, validateContent({ ...files, root }, cache ? { cache } : {}));
}

/**
 * The same validation as checkProject, with the article files the cache does not know worked out on
 * worker threads first (parallel.ts): what `npm run check` and the build run.
 */
export async function checkProjectInParallel(root: string, options: CheckOptions & ParallelOptions = {}): Promise<CheckedProject> {
  const files = loadContentFiles(root);
  const cache = openCache(root, options);
  // Each file is hashed once: the same keys tell the files to hand out and, in validateContent, the cache's hits.
  const keys = articleCacheKeys(files.articles);
  const notCached = files.articles.filter((file) => {
    const key = keys.get(file);
    return key !== undefined && !cache?.has(key);
  });
  const { worked, use } = await workOutArticles(notCached, options);
  return { ...finish(files, cache, validateContent({ ...files, root }, { ...(cache ? { cache } : {}), worked, keys })), threads: use };
}

function openCache(root: string, options: CheckOptions): FileCache<ArticleOutcome> | undefined {
  return options.cache === false ? undefined : new FileCache<ArticleOutcome>(validationCachePath(root), validationCacheVersion());
}

function finish(files: ContentFiles, cache: FileCache<ArticleOutcome> | undefined, result: ValidationResult): CheckedProject {
  cache?.save();
  return { ...result, checkedFiles: files.articles.length + files.authors.length + files.bios.length + files.people.length + files.skipped.length, cacheHits: cache?.hits ?? 0 };
}
