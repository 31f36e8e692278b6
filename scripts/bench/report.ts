/**
 * The report command: prints the Markdown tables of a results file, or re-derives its phases first. The report
 * itself is in report/: the results' shape, the summary of each size (medians, ratios, phases, memory by phase,
 * issue 12's goals), cost per article across sizes, and the Markdown tables.
 *
 *   node scripts/bench/report.ts [FILE]   # the tables of a results file (default: the latest, results/latest.txt)
 *   node scripts/bench/report.ts [FILE] --write-docs   # also rewrite the generated tables of docs/performance.md
 *   node scripts/bench/report.ts FILE --reparse [--work DIR] [--note TEXT]   # re-derive phases from the logs, rewrite FILE
 *
 * Summaries are recomputed from the raw runs whenever a report is printed, so an older results file is judged
 * by the current goals (what it did not measure shows as "not measured").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseToolOptions } from '../../src/lib/cli/options.ts';
import { latestResultsFile, markdown, reparse, writeBenchDocs, type BenchResult } from './report/index.ts';

const TOOL = { name: 'bench report', usage: 'Usage: node scripts/bench/report.ts [RESULTS.json] [--write-docs] [--reparse [--work DIR]] [--note TEXT]' };

function main(): void {
  const { values, positionals } = parseToolOptions(TOOL, {
    strict: true,
    allowPositionals: true,
    options: {
      reparse: { type: 'boolean', default: false },
      'write-docs': { type: 'boolean', default: false },
      work: { type: 'string', default: join(import.meta.dirname, '.work') },
      note: { type: 'string', multiple: true },
    },
  });
  const file = positionals[0] ?? latestResultsFile();
  let result = JSON.parse(readFileSync(resolve(file), 'utf8')) as BenchResult;
  if (values.reparse || values.note?.length) {
    if (values.reparse) result = reparse(result, resolve(values.work));
    if (values.note?.length) result.notes = [...(result.notes ?? []), ...values.note];
    writeFileSync(resolve(file), `${JSON.stringify(result, null, 1)}\n`);
  }
  if (values['write-docs']) writeBenchDocs(result);
  process.stdout.write(`${markdown(result)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
