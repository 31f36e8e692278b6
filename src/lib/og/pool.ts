/** Writes many Open Graph images: cached ones are copied, the rest drawn on worker threads (one per core). */
import { availableParallelism } from 'node:os';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { OG_CACHE_DIR, ogCacheKey } from './cache.ts';
import type { OgCard } from './render.ts';

export interface OgJob {
  card: OgCard;
  /** Absolute path of the PNG to write. */
  outFile: string;
}

/** Writes every job's PNG; returns how many were drawn and how many came from the cache. */
export async function writeOgImages(jobs: readonly OgJob[], options: { cacheDir?: string; threads?: number } = {}): Promise<{ drawn: number; cached: number }> {
  const cacheDir = options.cacheDir ?? OG_CACHE_DIR;
  const toDraw: OgJob[] = [];
  let cached = 0;
  for (const job of jobs) {
    const file = join(cacheDir, `${ogCacheKey(job.card)}.png`);
    if (existsSync(file)) {
      mkdirSync(dirname(job.outFile), { recursive: true });
      copyFileSync(file, job.outFile);
      cached++;
    } else toDraw.push(job);
  }
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), Math.ceil(toDraw.length / 20)));
  const shares = Array.from({ length: threads }, (_, i) => toDraw.filter((_, j) => j % threads === i));
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { jobs: share, cacheDir } });
          worker.once('message', () => resolve());
          worker.once('error', reject);
          worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Open Graph worker exited with code ${code}`))));
        }),
    ),
  );
  return { drawn: toDraw.length, cached };
}
