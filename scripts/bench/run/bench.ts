// A whole run: the machine and code it ran on, each size in turn, and the results file written after each.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus, totalmem, release, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { pointLatestAt, RESULTS_DIR, summariseAll, type BenchResult } from '../report/index.ts';
import { describeCommands } from './commands.ts';
import { OLD_OG_CACHE, PROJECT_CACHE, REPO, type BenchOptions } from './context.ts';
import { benchSize } from './size.ts';

function version(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(join(REPO, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

export const METHOD =
  'Whole-process wall time of each site\'s build command (see `commands`; spawned from Node with the project root as working directory, timed from spawn to exit); ' +
  'CPU = user+sys from /usr/bin/time; peak RSS = the highest sum of VmRSS over the process and all descendants (Astro, OG and Pagefind child processes included), polled every 50 ms. ' +
  `Cold = dist/, .astro/, node_modules/ (Astro's data store node_modules/.astro, .vite, the project's caches in ${PROJECT_CACHE} and ${OLD_OG_CACHE}) and the Node compile cache (NODE_COMPILE_CACHE) of that root renamed aside before the run and deleted outside the timed part ` +
  '(a fresh CI machine). Baseline and ours alternate run by run over byte-identical content in separate roots. Warm rebuilds keep every cache and move only dist/ aside; per run each scenario (body edit, title edit, one added, one deleted) makes the same file change in both roots, then builds baseline and ours (B O B O …). ' +
  'Incremental correctness: after the warm rebuilds, our last dist/ is compared byte by byte with a clean build of the same tree (caches moved aside as for a cold build); a differing file fails the run. ' +
  `\`npm run check\`: once with its validation cache (${PROJECT_CACHE}/validation.json) deleted (cold), then again (warm). ` +
  'Phases come from the arrival time of the log lines and from our own figures. Search: headless Chromium, fresh context per query, local server without compression (bytes are uncompressed response bodies). ' +
  'Search page: the real /search/ page per query after an empty visit, then a next query typed in the same page. Passage correctness: each passage query\'s articles computed from the content (parseReference, bodyFacts citations, passagesOverlap, PARALLELS) vs those the page shows.';

function codeState(): BenchResult['code'] {
  const git = (args: string[]) => {
    const r = spawnSync('git', args, { cwd: REPO, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : '';
  };
  const uncommitted = git(['status', '--porcelain', '--', 'src', 'public', 'scripts/build.ts', 'astro.config.mjs', 'package.json', 'package-lock.json'])
    .split('\n')
    .filter(Boolean);
  return { commit: git(['rev-parse', 'HEAD']) || '?', uncommitted };
}
function writeResult(options: BenchOptions, result: BenchResult): void {
  const json = `${JSON.stringify(summariseAll(result), null, 1)}\n`;
  if (options.out) {
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, json);
  } else {
    const file = join(RESULTS_DIR, `${result.date}-${options.sizes.join(',')}.json`);
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(file, json);
    pointLatestAt(file);
  }
}

/** Runs the whole benchmark, writing the JSON after each size; returns the result. */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const date = new Date().toISOString().slice(0, 10);
  const result: BenchResult = {
    date,
    code: codeState(),
    options: { sizes: options.sizes, runs: options.runs, seed: options.seed, browser: options.browser, pagefindCli: options.pagefindCli, scenarios: options.scenarios, ...(options.german > 0 ? { german: options.german } : {}) },
    commands: describeCommands(),
    method: METHOD,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '?',
      totalMemoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      os: `${platform()} ${release()}`,
      node: process.version,
      astro: version('astro'),
      mdx: version('@astrojs/mdx'),
      pagefind: version('pagefind'),
      playwright: version('playwright-core'),
    },
    sizes: [],
  };
  if (options.notes?.length) result.notes = [...options.notes];
  mkdirSync(options.workDir, { recursive: true });
  for (const size of options.sizes) {
    const sizeResult = await benchSize(options, size);
    result.sizes.push(sizeResult);
    if (sizeResult.search) result.machine['chromium'] = sizeResult.search.chromium;
    writeResult(options, result);
  }
  return result;
}
