/**
 * Pipeline step 3, Open Graph images: cards are drawn into the cache on renderer processes while Astro
 * renders (src/lib/og/drawer.ts), then put into the built site once Astro has exited: hard-linked from
 * the cache where the file system allows, else copied (placeFile below says why a link is safe there).
 */
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ogCachePath } from '../../og/cache.ts';
import { drawIntoCache, type DrawResult, type OgJob } from '../../og/drawer.ts';

export interface OgTimings {
  /** When drawing started, when the last card was drawn (0 if none), when Astro ended (performance.now()). */
  started: number;
  drawnAt: number;
  astroEnded: number;
  /** Time spent copying the cards into the site. */
  copyMs: number;
}

export interface OgDrawing {
  /** The drawing's result (or its error) and when it ended. */
  done: Promise<{ result: DrawResult; drawnAt: number } | Error>;
  stop(): void;
  started: number;
}

/** Starts drawing every missing card into `cacheDir`; returns at once. */
export function startOgImages(jobs: readonly OgJob[], cacheDir: string): OgDrawing {
  const started = performance.now();
  const drawing = drawIntoCache(jobs, { cacheDir });
  return {
    started,
    stop: drawing.stop,
    done: drawing.done.then(
      (result) => ({ result, drawnAt: performance.now() }),
      (error: Error) => error,
    ),
  };
}

/** Puts each article's card from the cache at `<outDir>/og/<id>.png`; returns the milliseconds it took. */
export function copyOgImages(jobs: readonly OgJob[], outDir: string, cacheDir: string): number {
  const started = performance.now();
  const dir = join(outDir, 'og');
  mkdirSync(dir, { recursive: true });
  for (const { id, card } of jobs) placeFile(ogCachePath(card, cacheDir), join(dir, `${id}.png`));
  return Math.round(performance.now() - started);
}

/**
 * Puts `source` at `target` (a new name in the staging folder): a hard link where the file system
 * allows, else (another device, a file system without links, the link limit) a copy.
 * A link shares the file, so it is only safe from a file nothing ever writes in place. The og cache
 * is such a file: a card is stored under the hash of its text and design, written beside and renamed
 * in (og/cache.ts), so a card that changes is a new file and the linked one is never altered. The
 * reverse, linking from the live output folder, would not be: anything that edits a published file
 * (a later step, a deploy tool, a person) would change the staged copy of the next build with it.
 */
export function placeFile(source: string, target: string): 'linked' | 'copied' {
  try {
    linkSync(source, target);
    return 'linked';
  } catch {
    // Any reason a link cannot be made is a reason to copy; a missing source fails the copy with its own error.
    copyFileSync(source, target);
    return 'copied';
  }
}

/** The two `[og-images]` log lines: counts and time, then processes, CPU per card and overlap with Astro. */
export function ogImageLogLines(og: DrawResult, t: OgTimings): string[] {
  const ogMs = Math.round((og.drawn ? t.drawnAt - t.started : 0) + t.copyMs);
  const overlap = t.drawnAt && og.drawn ? `, ready ${Math.round(t.astroEnded - t.drawnAt)} ms before Astro finished` : '';
  const perCard = og.drawn ? `, ${(og.cpuMs / og.drawn).toFixed(1)} ms CPU per card` : '';
  return [
    `Open Graph images: ${og.drawn} drawn, ${og.cached} from cache (${ogMs} ms)`,
    `${og.processes} renderer ${og.processes === 1 ? 'process' : 'processes'}${perCard}${overlap}`,
  ];
}
