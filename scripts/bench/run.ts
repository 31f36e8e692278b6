/**
 * `npm run bench [-- --sizes 1000,10000,30000 --runs 3 --quick --no-browser --no-pagefind-cli --scenarios edit,title,add,delete --seed S --out FILE --work DIR --note TEXT]`
 * `npm run bench -- --report FILE|latest` prints the tables of a results file again (report/);
 * `--reparse FILE [--note TEXT]` re-derives the phases of FILE from the logs in the work folder (after a parser fix).
 * `--quick` = 200 articles, 1 run (every phase; add --no-browser to skip Chromium).
 * `--german 0.1` = 10% of the corpus German edition articles (corpus/edition.ts); the results record the split.
 * `--no-pagefind-cli` skips Pagefind's CLI comparison index after each cold build; `--scenarios` chooses the warm
 * rebuilds (default all four; `none` skips them and the incremental check). A 10,000-article run with 3 runs fits in
 * about 30 minutes on 2 cores with `--no-browser --no-pagefind-cli` (and fewer scenarios if the builds are slow).
 *
 * This file is the command. run/ runs things (context, roots, commands, output, one size, the whole run);
 * report/ summarises, judges the goals (goals.ts) and prints. For each size:
 * generates the corpus once (cached under scripts/bench/.work/corpus/), copies it into two project roots
 * (baseline and ours, so their caches never mix), then
 *   1. cold builds, alternating baseline and ours run by run (B O B O …); before each, the root's dist/, .astro/,
 *      node_modules/ (Astro's data store .astro, .vite, and our caches in .cache/watchman and the older
 *      .cache/og-images) and Node compile cache are renamed aside and deleted after the timed part; after each of
 *      ours, Pagefind's CLI over the same dist/;
 *   2. the output: sizes, files by kind, HTML/article/indexed pages (indexed must equal published articles);
 *   3. unless --no-browser, in headless Chromium: search cost (20 queries, cold and warm), the search page's cost
 *      (search-page-cost.ts) and passage search correctness against the content (passage-correctness.ts);
 *   4. `npm run check` twice per run: cache folder deleted (cold), then again (warm);
 *   5. warm rebuilds (caches kept, dist/ moved aside), per run and scenario B O: a sentence appended to one article,
 *      one article's title changed, one article added, one deleted (run/edits.ts); then the incremental check: a
 *      clean build of the same tree whose dist/ must be byte-identical to the last warm one (run/warm.ts). A
 *      difference fails the run (exit 1, after the results are written).
 * Writes JSON to scripts/bench/results/<date>-<sizes>.json and points results/latest.txt at it (or writes --out)
 * after every size, so a size that fails (say, out of memory at 30,000) keeps the sizes before it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitWithUsage, parseToolOptions } from '../../src/lib/cli/options.ts';
import { DEFAULT_SEED, germanShare } from './corpus/index.ts';
import { latestResultsFile, markdown, reparse, WARM_SCENARIOS, writeBenchDocs, type BenchResult, type WarmScenario } from './report/index.ts';
import { BENCH_DIR, runBench, type BenchOptions } from './run/index.ts';

const TOOL = { name: 'npm run bench', usage: 'Usage: npm run bench -- [--sizes 1000,10000,30000] [--runs 3] [--quick] [--no-browser] [--no-pagefind-cli] [--scenarios edit,title,add,delete|none] [--seed S] [--german SHARE] [--out FILE] [--work DIR] [--note TEXT] | --report FILE|latest [--write-docs] | --reparse FILE' };

async function main(): Promise<void> {
  const { values } = parseToolOptions(TOOL, {
    strict: true,
    options: {
      sizes: { type: 'string', default: '1000' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      german: { type: 'string', default: '0' },
      quick: { type: 'boolean', default: false },
      'no-browser': { type: 'boolean', default: false },
      'no-pagefind-cli': { type: 'boolean', default: false },
      scenarios: { type: 'string', default: WARM_SCENARIOS.join(',') },
      out: { type: 'string' },
      work: { type: 'string', default: join(BENCH_DIR, '.work') },
      report: { type: 'string' },
      'write-docs': { type: 'boolean', default: false },
      reparse: { type: 'string' },
      note: { type: 'string', multiple: true },
    },
  });
  if (values.reparse) {
    // Re-derives phases from the saved logs (same --work folder) and rewrites the results file in place.
    const file = resolve(values.reparse);
    const result = reparse(JSON.parse(readFileSync(file, 'utf8')) as BenchResult, resolve(values.work));
    if (values.note?.length) result.notes = [...(result.notes ?? []), ...values.note];
    writeFileSync(file, `${JSON.stringify(result, null, 1)}\n`);
    process.stdout.write(`${markdown(result)}\n`);
    return;
  }
  if (values.report) {
    // Prints the Markdown tables of a results file again, without running anything.
    // With --write-docs the generated tables of docs/performance.md are rewritten from it too.
    const file = values.report === 'latest' ? latestResultsFile() : resolve(values.report);
    const result = JSON.parse(readFileSync(file, 'utf8')) as BenchResult;
    if (values['write-docs']) writeBenchDocs(result);
    process.stdout.write(`${markdown(result)}\n`);
    return;
  }
  const german = germanShare(values.german);
  if (typeof german === 'string') exitWithUsage(TOOL, german);
  const scenarios = parseScenarios(values.scenarios);
  if (typeof scenarios === 'string') exitWithUsage(TOOL, scenarios);
  const options: BenchOptions = {
    sizes: values.quick ? [200] : values.sizes.split(',').map((s) => Number(s.trim())),
    runs: values.quick ? 1 : Number(values.runs),
    seed: Number(values.seed),
    german,
    browser: !values['no-browser'],
    pagefindCli: !values['no-pagefind-cli'],
    scenarios,
    workDir: resolve(values.work),
  };
  if (values.out) options.out = resolve(values.out);
  if (values.note?.length) options.notes = values.note;
  if (options.sizes.some((n) => !Number.isInteger(n) || n < 1)) exitWithUsage(TOOL, `--sizes must be whole numbers of articles, e.g. 1000,10000 (found ${values.sizes})`);
  if (!Number.isInteger(options.runs) || options.runs < 1) exitWithUsage(TOOL, `--runs must be a whole number, 1 or more (found ${values.runs})`);
  const result = await runBench(options);
  process.stdout.write(`\n${markdown(result)}\n`);
  const wrong = result.sizes.filter((s) => s.incremental && s.incremental.differing > 0);
  if (wrong.length) {
    process.stderr.write(`\nFAILED: the incremental build differs from a clean build at ${wrong.map((s) => `${s.size} articles (${s.incremental!.differing} files)`).join(', ')}\n`);
    process.exitCode = 1;
  }
  process.stdout.write(`JSON: ${options.out ?? `${join(BENCH_DIR, 'results', `${result.date}-${options.sizes.join(',')}.json`)} (results/latest.txt points at it)`}\n`);
}

/** `edit,title,add,delete` (any of them, in any order; run in WARM_SCENARIOS order), or `none`; a message when wrong. */
export function parseScenarios(text: string): WarmScenario[] | string {
  if (text.trim() === 'none') return [];
  const names = text.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(WARM_SCENARIOS as readonly string[]).includes(n));
  if (unknown.length || !names.length) return `--scenarios takes some of ${WARM_SCENARIOS.join(',')} or none (found ${text})`;
  return WARM_SCENARIOS.filter((s) => names.includes(s));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
