/**
 * Per-file work on every core: worker threads take batches of items from one queue and send back one
 * result per item. What a step hands out must be a pure function of the item (and of one `init` value
 * every worker gets first), so its results are the values the main thread would compute. A worker that
 * cannot start or dies only costs speed: the items it did not finish have no result, and the caller
 * works those out itself.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

export interface PoolOptions {
  /** Worker threads to start (default: one per core, at most 8). */
  threads?: number;
  /** Below this many items nothing is handed out: starting a worker costs more than it saves. */
  minItems?: number;
  /** Items per message to a worker. */
  batch?: number;
  /** The worker's module, instead of the caller's (tests give one that cannot start). */
  worker?: URL;
}

/** A message to a worker: the `init` value once, then batches of items from index `start`. */
type Request<T> = { init: unknown } | { start: number; items: T[] };
interface Reply<R> {
  start: number;
  results: R[];
}

/** How many items worker threads worked out, on how many threads, and how many threads failed. */
export interface ThreadUse {
  files: number;
  threads: number;
  failed: number;
}

/** What a run on worker threads did: each item's result by index (`undefined`: none came back), the threads started and those that failed. */
export interface WorkerRun<R> {
  results: (R | undefined)[];
  /** Worker threads started (0: everything stays with the caller). */
  threads: number;
  /** Threads that could not start or stopped before the queue was empty: the build says so, as it is slower for it. */
  failed: number;
}

/**
 * Runs `worker` (a module that calls serveItems) over `items` on worker threads. Below `minItems`
 * or on one core no thread is started and no item has a result.
 */
export async function mapInWorkers<T, R>(items: readonly T[], worker: URL, init: unknown, options: PoolOptions = {}): Promise<WorkerRun<R>> {
  const results: (R | undefined)[] = new Array<R | undefined>(items.length).fill(undefined);
  const size = Math.max(1, options.batch ?? 100);
  const threads = Math.min(options.threads ?? availableParallelism(), 8, Math.ceil(items.length / size));
  if (items.length < (options.minItems ?? 400) || threads < 2) return { results, threads: 0, failed: 0 };
  let next = 0;
  let failed = 0;
  const runWorker = () =>
    new Promise<void>((resolve) => {
      const thread = new Worker(options.worker ?? worker);
      let done = false;
      const stop = () => {
        if (!done) failed++;
        done = true;
        resolve();
      };
      const send = () => {
        if (next >= items.length) {
          done = true;
          void thread.terminate().then(() => resolve());
          return;
        }
        const start = next;
        next = Math.min(items.length, next + size);
        thread.postMessage({ start, items: items.slice(start, next) } satisfies Request<T>);
      };
      thread.on('message', (reply: Reply<R>) => {
        reply.results.forEach((result, offset) => (results[reply.start + offset] = result));
        send();
      });
      thread.once('error', stop);
      thread.once('exit', stop);
      thread.postMessage({ init } satisfies Request<T>);
      send();
    });
  await Promise.all(Array.from({ length: threads }, runWorker));
  return { results, threads, failed };
}

/** The worker's side: `setup` receives the `init` value once and returns the function applied to each item. */
export function serveItems<T, R>(setup: (init: unknown) => (item: T) => R): void {
  let work: ((item: T) => R) | undefined;
  parentPort!.on('message', (request: Request<T>) => {
    if ('init' in request) work = setup(request.init);
    else parentPort!.postMessage({ start: request.start, results: request.items.map(work!) } satisfies Reply<R>);
  });
}

/**
 * ` (9,800 of them on 2 worker threads)`, and when a thread failed, that its files were worked out on the main
 * thread (the result is the same, the step slower); nothing when no thread was started.
 */
export function threadUseNote(use: ThreadUse | undefined): string {
  if (!use?.threads) return '';
  const failed = use.failed ? `; ${use.failed} of the threads failed and the main thread did their part` : '';
  return ` (${use.files} of them on ${use.threads} worker threads${failed})`;
}
