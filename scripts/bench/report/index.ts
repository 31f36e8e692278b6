// The benchmark report's public surface (the command is ../report.ts).
export * from './shape.ts';
export { passageMismatches, perArticleRows, sizeFigures, summarise, summariseAll, type PerArticleRow } from './summary.ts';
export { markdown } from './tables.ts';
export { readLog, reparse } from './reparse.ts';
export { latestResultsFile, LATEST_POINTER, pointLatestAt, RESULTS_DIR } from './latest.ts';
export { BENCH_DOC, BENCH_MARKERS, withBenchTables, writeBenchDocs } from './docs.ts';
