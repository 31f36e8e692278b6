// Which results file is the latest: results/latest.txt names it (one line, a file name beside it), so the
// newest run is found without a byte copy of its thousands of lines.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const RESULTS_DIR = join(import.meta.dirname, '../results');
export const LATEST_POINTER = 'latest.txt';

/** The path of the latest results file in `dir`, as its pointer names it. */
export function latestResultsFile(dir = RESULTS_DIR): string {
  const pointer = join(dir, LATEST_POINTER);
  const name = readFileSync(pointer, 'utf8').trim();
  if (!/^[^/\\]+\.json$/.test(name)) throw new Error(`${pointer} should name one results file beside it (<date>-<sizes>.json), not "${name}"`);
  return join(dir, name);
}

/** Makes `file` the latest results file of its folder. */
export function pointLatestAt(file: string): void {
  writeFileSync(join(dirname(file), LATEST_POINTER), `${basename(file)}\n`);
}
