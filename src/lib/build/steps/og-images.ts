/**
 * Pipeline step 3, Open Graph images: cards are drawn into the cache on renderer processes while Astro
 * renders (src/lib/og/drawer.ts), then copied into the built site once Astro has exited.
 */
import { copyCardsToSite, drawIntoCache, type DrawResult, type OgJob } from '../../og/drawer.ts';

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

/** Copies each article's card from the cache into `<outDir>/og/`; returns the milliseconds it took. */
export function copyOgImages(jobs: readonly OgJob[], outDir: string, cacheDir: string): number {
  const started = performance.now();
  copyCardsToSite(jobs, outDir, cacheDir);
  return Math.round(performance.now() - started);
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
