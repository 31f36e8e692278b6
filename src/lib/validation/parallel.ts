/**
 * Validating article files on every core. Each article file is validated on its own (its file rules,
 * schema and one body parse: run.ts `articleWork`) before the rules that look across files, and that
 * per-file work is nearly all of a cold validation (7.6 of 7.9 s at 10,000 articles). Worker threads
 * (../parallel/pool.ts) send back each file's outcome; `validateContent` then uses those outcomes
 * instead of working the files out itself, so the result is the same value as a run on one thread.
 * Files a worker did not finish are worked out on the main thread as before.
 */
import type { SourceFile } from '../content/load.ts';
import { mapInWorkers, type PoolOptions, type ThreadUse } from '../parallel/pool.ts';

export type { ThreadUse } from '../parallel/pool.ts';
import type { ArticleWork } from './run.ts';

export type ParallelOptions = PoolOptions;

const WORKER = new URL('./article-worker.ts', import.meta.url);

/** Works out the given article files (Markdown, cacheable) on worker threads: each finished file's work by path, and the threads' use. */
export async function workOutArticles(files: readonly SourceFile[], options: ParallelOptions = {}): Promise<{ worked: Map<string, ArticleWork>; use: ThreadUse }> {
  const { results, threads, failed } = await mapInWorkers<SourceFile, ArticleWork>(files, WORKER, undefined, options);
  const worked = new Map<string, ArticleWork>();
  results.forEach((work, index) => work && worked.set(files[index]!.path, work));
  return { worked, use: { files: worked.size, threads, failed } };
}
