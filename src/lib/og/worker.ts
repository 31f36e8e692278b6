// Worker thread: draws the Open Graph images it is sent and stores each in the cache and the output.
import { parentPort, workerData } from 'node:worker_threads';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { cachedOgImagePath } from './cache.ts';
import type { OgJob } from './pool.ts';

const { jobs, cacheDir } = workerData as { jobs: OgJob[]; cacheDir: string };
for (const job of jobs) {
  const cached = await cachedOgImagePath(job.card, cacheDir);
  mkdirSync(dirname(job.outFile), { recursive: true });
  copyFileSync(cached, job.outFile);
}
parentPort?.postMessage({ done: jobs.length });
