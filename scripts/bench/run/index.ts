// The benchmark runner's public surface (the command is ../run.ts).
export type { BenchResult, SizeResult } from '../report/index.ts';
export { BENCH_DIR, PROJECT_CACHE, REPO, type BenchOptions } from './context.ts';
export { buildCommand } from './commands.ts';
export { filesByKind } from './output.ts';
export { coldPaths } from './roots.ts';
export { METHOD, runBench } from './bench.ts';
