/**
 * Validating article files on every core. Each article file is validated on its own (its file rules,
 * schema and one body parse: run.ts `articleWork`) before the rules that look across files, and that
 * per-file work is nearly all of a cold validation (7.6 of 7.9 s at 10,000 articles). Worker threads
 * take batches of files from one queue and send back each file's outcome; `validateContent` then uses
 * those outcomes instead of working the files out itself, so the result is the same value as a run on
 * one thread. A worker that fails only costs speed: the files it did not finish are worked out on the
 * main thread as before.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../content/load.ts';
import type { ArticleWork } from './run.ts';

export interface ParallelOptions {
  /** Worker threads to start (default: one per core, at most 8). */
  threads?: number;
  /** Below this many files the work stays on the main thread: starting a worker costs more than it saves. */
  minFiles?: number;
  /** Files per message to a worker. */
  batch?: number;
  /** The worker's module (tests give one that cannot start). */
  worker?: URL;
}

/** A batch sent to a worker, and what it sends back. */
export interface WorkerRequest {
  files: SourceFile[];
}
export interface WorkerReply {
  results: { path: string; work: ArticleWork }[];
}

const WORKER = new URL('./article-worker.ts', import.meta.url);

/** Works out the given article files (Markdown, cacheable) on worker threads; returns each finished file's work by path. */
export async function workOutArticles(files: readonly SourceFile[], options: ParallelOptions = {}): Promise<Map<string, ArticleWork>> {
  const worked = new Map<string, ArticleWork>();
  const threads = Math.min(options.threads ?? availableParallelism(), 8, Math.ceil(files.length / (options.batch ?? 100)));
  if (files.length < (options.minFiles ?? 400) || threads < 2) return worked;
  const size = options.batch ?? 100;
  const batches: SourceFile[][] = [];
  for (let start = 0; start < files.length; start += size) batches.push(files.slice(start, start + size));
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(options.worker ?? WORKER);
      const send = () => {
        if (next >= batches.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage({ files: batches[next++]! } satisfies WorkerRequest);
      };
      worker.on('message', (reply: WorkerReply) => {
        for (const { path, work } of reply.results) worked.set(path, work);
        send();
      });
      // A worker that cannot start or dies leaves its batch to the main thread (validateContent works out what is missing).
      worker.once('error', () => resolve());
      worker.once('exit', () => resolve());
      send();
    });
  await Promise.all(Array.from({ length: threads }, runWorker));
  return worked;
}
