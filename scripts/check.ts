/** `npm run check [-- --json] [--root DIR]`: validates all content without building. Exit 1 on any error, 2 on a usage mistake. */
import { resolve } from 'node:path';
import { exitWithUsage, parseToolOptions, projectRootProblem } from '../src/lib/cli/options.ts';
import { checkProject } from '../src/lib/validation/check-project.ts';
import { countProblems, formatProblemsAsJson, formatProblemsForTerminal } from '../src/lib/validation/problems.ts';

const TOOL = { name: 'npm run check', usage: 'Usage: npm run check [-- --json] [--root DIR]' };
const { values } = parseToolOptions(TOOL, {
  strict: true,
  options: { json: { type: 'boolean', default: false }, root: { type: 'string', default: '.' } },
});
const root = resolve(values.root ?? '.');
const rootProblem = projectRootProblem(root);
if (rootProblem) exitWithUsage(TOOL, `${rootProblem} (fix: give the folder that holds content/)`);
const result = checkProject(root);
const { errors } = countProblems(result.problems);
if (values.json) {
  process.stdout.write(`${formatProblemsAsJson(result.problems, result.checkedFiles)}\n`);
} else {
  process.stdout.write(`Checked ${result.checkedFiles} content files.\n${formatProblemsForTerminal(result.problems)}\n`);
}
process.exitCode = errors > 0 ? 1 : 0;
