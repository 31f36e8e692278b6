/**
 * Draws Open Graph cards into the cache on a child process, so drawing overlaps Astro's single-threaded
 * rendering and its memory never stacks on Astro's heap. One long-lived renderer draws every card; it is
 * replaced only when its resident memory passes a bound (native renderers may keep memory they free).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import type { OgCard } from './card.ts';
import { isCached, OG_CACHE_DIR, ogCacheKey } from './cache.ts';

export interface OgJob {
  /** Article id: the card is published at /og/<id>.png. */
  id: string;
  card: OgCard;
}

export interface DrawOptions {
  cacheDir?: string;
  /** Resident memory (MiB) after which a renderer process is replaced. */
  rssLimitMiB?: number;
}

export interface DrawResult {
  drawn: number;
  cached: number;
  /** Renderer processes started (more than one only when one passed the memory bound). */
  processes: number;
  /** CPU time the renderers spent on drawing, encoding and writing (start-up excluded). */
  cpuMs: number;
}

/** Messages from the renderer process. */
export type DrawerMessage = { type: 'drawn' | 'recycle'; count: number; cpuMs: number; rssMiB: number };

export const DEFAULT_RSS_LIMIT_MIB = Number(process.env.OG_RSS_LIMIT_MIB ?? 512);

/** Whether a renderer that has used `rssBytes` should hand the rest of its cards to a fresh process. */
export function shouldRecycle(rssBytes: number, limitMiB: number, cardsLeft: number): boolean {
  return cardsLeft > 0 && rssBytes > limitMiB * 1024 * 1024;
}

/** Cards not in the cache yet, each distinct card once (two articles can share one). */
export function cardsToDraw(jobs: readonly OgJob[], cacheDir = OG_CACHE_DIR): OgCard[] {
  const missing = new Map<string, OgCard>();
  for (const { card } of jobs) {
    const key = ogCacheKey(card);
    if (!missing.has(key) && !isCached(card, cacheDir)) missing.set(key, card);
  }
  return [...missing.values()];
}

export interface Drawing {
  /** Resolves when every card is in the cache. */
  done: Promise<DrawResult>;
  /** Ends the renderer early (the build failed elsewhere); `done` then rejects. */
  stop(): void;
}

/** Starts drawing every missing card into the cache on a renderer process, and returns at once. */
export function drawIntoCache(jobs: readonly OgJob[], options: DrawOptions = {}): Drawing {
  const cacheDir = options.cacheDir ?? OG_CACHE_DIR;
  const rssLimitMiB = options.rssLimitMiB ?? DEFAULT_RSS_LIMIT_MIB;
  const toDraw = cardsToDraw(jobs, cacheDir);
  const result: DrawResult = { drawn: toDraw.length, cached: jobs.length - toDraw.length, processes: 0, cpuMs: 0 };
  let current: ChildProcess | undefined;
  let stopped = false;
  const drawFrom = async (start: number): Promise<void> => {
    if (start >= toDraw.length) return;
    if (stopped) throw new Error('Open Graph drawing was stopped');
    result.processes++;
    const { count, cpuMs } = await runRenderer(toDraw.slice(start), cacheDir, rssLimitMiB, (child) => (current = child));
    result.cpuMs += cpuMs;
    await drawFrom(start + count);
  };
  return {
    done: drawFrom(0).then(() => result),
    stop() {
      stopped = true;
      current?.kill();
    },
  };
}

/** Runs one renderer process over `cards`; resolves with how many it drew before it ended. */
function runRenderer(cards: OgCard[], cacheDir: string, rssLimitMiB: number, started: (child: ChildProcess) => void): Promise<DrawerMessage> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(new URL('./worker.ts', import.meta.url), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    started(child);
    // Astro's rendering is the build's critical path: the cards take the spare core, not its core.
    try {
      if (child.pid) setPriority(child.pid, 10);
    } catch {
      // not permitted here: drawing still works, only less politely
    }
    let last: DrawerMessage | undefined;
    child.on('message', (message: DrawerMessage) => {
      last = message;
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0 && last && last.count > 0) resolvePromise(last);
      else reject(new Error(`the Open Graph renderer stopped (${signal ?? `exit code ${code}`}) after ${last?.count ?? 0} of ${cards.length} cards`));
    });
    child.send({ cards, cacheDir, rssLimitMiB });
  });
}
