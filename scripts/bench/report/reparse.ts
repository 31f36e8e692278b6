// Re-deriving the phases of a results file from the logs its run saved (after a fix to the log parser).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBuildLog } from '../astro-log.ts';
import type { LogLine } from '../measure.ts';
import { SITE_NAMES, type BenchResult, type BuildRun, type Site } from './shape.ts';
import { summariseAll } from './summary.ts';

/** Reads a log written by run.ts back into lines with arrival times, and the wall time. */
export function readLog(file: string): { lines: LogLine[]; wallMs: number } {
  const text = readFileSync(file, 'utf8');
  const wall = /^# exit \S+, wall (\d+) ms/m.exec(text);
  const lines: LogLine[] = [];
  for (const raw of text.split('\n')) {
    const m = /^\s*(\d+\.\d{3}) (.*)$/.exec(raw);
    if (m && !raw.startsWith('#')) lines.push({ t: Number(m[1]) * 1000, text: m[2]! });
  }
  return { lines, wallMs: wall ? Number(wall[1]) : Number.NaN };
}

/**
 * Re-derives every build's phases from the logs in the work folder (after a fix to the log parser) and
 * recomputes the summaries. Wall, CPU and RSS figures are kept; per-phase memory windows are not recomputed.
 */
export function reparse(result: BenchResult, workDir: string): BenchResult {
  for (const s of result.sizes) {
    const runs: [string, Record<Site, BuildRun[]>][] = [['cold', s.cold], ...Object.entries(s.warm)];
    for (const [kind, bySite] of runs) {
      for (const site of SITE_NAMES) {
        bySite[site].forEach((run, i) => {
          const { lines, wallMs } = readLog(join(workDir, 'logs', `n${s.size}-${site}-${kind}-${i + 1}.log`));
          run.phases = parseBuildLog(lines, Number.isFinite(wallMs) ? wallMs : run.wallMs);
        });
      }
    }
  }
  return summariseAll(result);
}
