// Worker thread of parallel.ts: validates batches of article files on their own and sends back each outcome.
import { parentPort } from 'node:worker_threads';
import { articleWork } from './run.ts';
import type { WorkerReply, WorkerRequest } from './parallel.ts';

parentPort!.on('message', ({ files }: WorkerRequest) => {
  parentPort!.postMessage({ results: files.map((file) => ({ path: file.path, work: articleWork(file) })) } satisfies WorkerReply);
});
