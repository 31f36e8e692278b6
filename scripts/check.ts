/** `npm run check [-- --json] [--root DIR]`: validates all content without building. Exit 1 on any error. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkProject } from '../src/lib/validation/check-project.ts';
import { countProblems, formatProblemsAsJson, formatProblemsForTerminal } from '../src/lib/validation/problems.ts';

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, root: { type: 'string', default: '.' } },
});
const root = resolve(values.root ?? '.');
const result = checkProject(root);
const { errors } = countProblems(result.problems);
if (values.json) {
  process.stdout.write(`${formatProblemsAsJson(result.problems, result.checkedFiles)}\n`);
} else {
  process.stdout.write(`Checked ${result.checkedFiles} content files.\n${formatProblemsForTerminal(result.problems)}\n`);
}
process.exitCode = errors > 0 ? 1 : 0;
