/** `npm run check [-- --json] [--root DIR]`: validates all content without building. Exit 1 on any error, 2 on a usage mistake. */
import { enableCompileCache } from 'node:module';
import { resolve } from 'node:path';

// Node strips the types of and compiles every module of the checker on each run (a third of a cold check at
// 1,000 articles); its compile cache keeps that work between runs, in NODE_COMPILE_CACHE or Node's folder in the
// system's temporary directory (NODE_DISABLE_COMPILE_CACHE=1 turns it off). It holds only our code, never content
// results, so it cannot make a check see stale content. The modules are imported after it is on.
enableCompileCache();
const { exitWithUsage, parseToolOptions, projectRootProblem } = await import('../src/lib/cli/options.ts');
const { checkProjectInParallel } = await import('../src/lib/validation/check-project.ts');
const { countProblems, formatProblemsAsJson, formatProblemsForTerminal } = await import('../src/lib/validation/problems.ts');

const TOOL = { name: 'npm run check', usage: 'Usage: npm run check [-- --json] [--root DIR]' };
const { values } = parseToolOptions(TOOL, {
  strict: true,
  options: { json: { type: 'boolean', default: false }, root: { type: 'string', default: '.' } },
});
const root = resolve(values.root ?? '.');
const rootProblem = projectRootProblem(root);
if (rootProblem) exitWithUsage(TOOL, `${rootProblem} (fix: give the folder that holds content/)`);
const result = await checkProjectInParallel(root);
const { errors } = countProblems(result.problems);
if (values.json) {
  process.stdout.write(`${formatProblemsAsJson(result.problems, result.checkedFiles)}\n`);
} else {
  process.stdout.write(`Checked ${result.checkedFiles} content files.\n${formatProblemsForTerminal(result.problems)}\n`);
}
process.exitCode = errors > 0 ? 1 : 0;
