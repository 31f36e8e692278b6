// What every step of a run shares: where things are, the options, and the progress lines.
import { join, resolve } from 'node:path';
import type { WarmScenario } from '../report/index.ts';

export const BENCH_DIR = resolve(import.meta.dirname, '..');
export const REPO = resolve(BENCH_DIR, '../..');
export const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');
export const PAGEFIND = join(REPO, 'node_modules/.bin/pagefind');
/** Our build script (validate → OG images beside `astro build` → Pagefind and audit), when the checkout has it. */
export const BUILD_SCRIPT = join(REPO, 'scripts/build.ts');
export const SITES = { baseline: join(BENCH_DIR, 'baseline/astro.config.mjs'), ours: join(REPO, 'astro.config.mjs') } as const;
/** Where the project keeps its caches (facts, OG images), relative to a project root; beside Astro's node_modules/.astro. */
export const PROJECT_CACHE = 'node_modules/.cache/watchman';
/** The OG image cache of builds before PROJECT_CACHE. */
export const OLD_OG_CACHE = 'node_modules/.cache/og-images';

export interface BenchOptions {
  sizes: number[];
  runs: number;
  seed: number;
  /** Share of the corpus written as German edition articles (`--german 0.1`); 0 = English only. */
  german: number;
  browser: boolean;
  /** Pagefind's CLI over each of our cold dist/ for comparison (`--no-pagefind-cli` skips it). */
  pagefindCli: boolean;
  /** The warm rebuild scenarios to run, in WARM_SCENARIOS order (`--scenarios`); none skips the incremental check too. */
  scenarios: WarmScenario[];
  workDir: string;
  /** JSON result path; default scripts/bench/results/<date>-<sizes>.json plus latest.json. */
  out?: string;
  notes?: string[];
  log?: (text: string) => void;
}

export function say(options: BenchOptions, text: string): void {
  (options.log ?? ((t: string) => process.stdout.write(`${t}\n`)))(text);
}
