// The tables in docs/performance.md are generated from the latest results file; this fails when they were
// edited by hand or the results changed without `npm run bench -- --report latest --write-docs`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BENCH_DOC, BENCH_MARKERS, latestResultsFile, withBenchTables, type BenchResult } from '../../../scripts/bench/report/index.ts';

const latest = (): BenchResult => JSON.parse(readFileSync(latestResultsFile(), 'utf8')) as BenchResult;

describe('bench tables in docs/performance.md', () => {
  it('are the tables of the latest results file', () => {
    const doc = readFileSync(BENCH_DOC, 'utf8');
    expect(withBenchTables(doc, latest()) === doc, 'docs/performance.md is out of date: run npm run bench -- --report latest --write-docs').toBe(true);
  });

  it('notices a table edited by hand, and keeps the text around the markers', () => {
    const doc = readFileSync(BENCH_DOC, 'utf8');
    const edited = doc.replace(/\| cold build wall, ours \| [^|]+\|/, '| cold build wall, ours | 1.0 ms |');
    expect(edited).not.toBe(doc);
    expect(withBenchTables(edited, latest())).toBe(doc);
    expect(() => withBenchTables(doc.replace(BENCH_MARKERS.end, ''), latest())).toThrow(/needs the lines/);
  });
});
