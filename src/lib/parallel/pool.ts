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

/**
 * Runs `worker` (a module that calls serveItems) over `items` on worker threads; returns the result
 * of each item by index, `undefined` where none came back (or every one, below `minItems` or on one core).
 */
export async function mapInWorkers<T, R>(items: readonly T[], worker: URL, init: unknown, options: PoolOptions = {}): Promise<(R | undefined)[]> {
  const results: (R | undefined)[] = new Array<R | undefined>(items.length).fill(undefined);
  const size = Math.max(1, options.batch ?? 100);
  const threads = Math.min(options.threads ?? availableParallelism(), 8, Math.ceil(items.length / size));
  if (items.length < (options.minItems ?? 400) || threads < 2) return results;
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve) => {
      const thread = new Worker(options.worker ?? worker);
      const send = () => {
        if (next >= items.length) {
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
      thread.once('error', () => resolve());
      thread.once('exit', () => resolve());
      thread.postMessage({ init } satisfies Request<T>);
      send();
    });
  await Promise.all(Array.from({ length: threads }, runWorker));
  return results;
}

/** The worker's side: `setup` receives the `init` value once and returns the function applied to each item. */
export function serveItems<T, R>(setup: (init: unknown) => (item: T) => R): void {
  let work: ((item: T) => R) | undefined;
  parentPort!.on('message', (request: Request<T>) => {
    if ('init' in request) work = setup(request.init);
    else parentPort!.postMessage({ start: request.start, results: request.items.map(work!) } satisfies Reply<R>);
  });
}
