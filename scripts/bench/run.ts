/**
 * `npm run bench [-- --sizes 1000,10000,30000 --runs 3 --quick --no-browser --seed S --out FILE --work DIR --note TEXT]`
 * `npm run bench -- --report FILE|latest` prints the tables of a results file again (report/);
 * `--reparse FILE [--note TEXT]` re-derives the phases of FILE from the logs in the work folder (after a parser fix).
 * `--quick` = 200 articles, 1 run (every phase; add --no-browser to skip Chromium).
 * `--german 0.1` = 10% of the corpus German edition articles (corpus/edition.ts); the results record the split.
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
 *   5. warm rebuilds (caches kept, dist/ moved aside): one article edited, then one article added, B O each.
 * Writes JSON to scripts/bench/results/<date>-<sizes>.json and points results/latest.txt at it (or writes --out)
 * after every size, so a size that fails (say, out of memory at 30,000) keeps the sizes before it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitWithUsage, parseToolOptions } from '../../src/lib/cli/options.ts';
import { DEFAULT_SEED, germanShare } from './corpus/index.ts';
import { latestResultsFile, markdown, reparse, writeBenchDocs, type BenchResult } from './report/index.ts';
import { BENCH_DIR, runBench, type BenchOptions } from './run/index.ts';

const TOOL = { name: 'npm run bench', usage: 'Usage: npm run bench -- [--sizes 1000,10000,30000] [--runs 3] [--quick] [--no-browser] [--seed S] [--german SHARE] [--out FILE] [--work DIR] [--note TEXT] | --report FILE|latest [--write-docs] | --reparse FILE' };

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
  const options: BenchOptions = {
    sizes: values.quick ? [200] : values.sizes.split(',').map((s) => Number(s.trim())),
    runs: values.quick ? 1 : Number(values.runs),
    seed: Number(values.seed),
    german,
    browser: !values['no-browser'],
    workDir: resolve(values.work),
  };
  if (values.out) options.out = resolve(values.out);
  if (values.note?.length) options.notes = values.note;
  if (options.sizes.some((n) => !Number.isInteger(n) || n < 1)) exitWithUsage(TOOL, `--sizes must be whole numbers of articles, e.g. 1000,10000 (found ${values.sizes})`);
  if (!Number.isInteger(options.runs) || options.runs < 1) exitWithUsage(TOOL, `--runs must be a whole number, 1 or more (found ${values.runs})`);
  const result = await runBench(options);
  process.stdout.write(`\n${markdown(result)}\n`);
  process.stdout.write(`JSON: ${options.out ?? `${join(BENCH_DIR, 'results', `${result.date}-${options.sizes.join(',')}.json`)} (results/latest.txt points at it)`}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
