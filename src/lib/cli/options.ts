/**
 * Command-line options for every tool in scripts/: parsed strictly (node:util parseArgs), and a
 * usage mistake (an unknown option, a missing value, a title that starts with "-") is one line
 * naming it, then the tool's usage, exit code 2: never a stack trace, never a silent guess.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { terminalSafe } from '../text/terminal.ts';

/** Exit code of a usage mistake (1 stays "the tool ran and found a problem"). */
export const USAGE_EXIT_CODE = 2;

/** A usage mistake found after parsing (a value that cannot be right), reported like a parse error. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface Tool {
  /** `npm run new`: how the tool is called, the start of every message. */
  name: string;
  /** One line (or a few): the tool's synopsis, printed after every usage error and for --help. */
  usage: string;
}

/** The parse error as one sentence with what to do, from parseArgs' error code. */
function describe(error: Error & { code?: string }, takesArguments: boolean): string {
  const option = /'([^' ]+)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return takesArguments
        ? `unknown option ${option}. An argument that starts with "-" goes after a lone "--" (e.g. -- "${option}")`
        : `unknown option ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/argument missing/.test(error.message)) return `${option} needs a value, e.g. ${option} <value>`;
      if (/ambiguous/.test(error.message)) return `${option} is followed by another option instead of its value; a value that starts with "-" is written ${option}=-value`;
      if (/does not take an argument/.test(error.message)) return `${option} takes no value`;
      return error.message.replace(/\s+/g, ' ');
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${JSON.stringify(option || error.message)}: this tool takes only options`;
    default:
      return error.message.replace(/\s+/g, ' ');
  }
}

/** Prints `message` as one line, then the usage, and exits with code 2. */
export function exitWithUsage(tool: Tool, message: string): never {
  process.stderr.write(`${tool.name}: ${terminalSafe(message.replace(/\s*\n\s*/g, ' '))}\n${tool.usage}\n`);
  process.exit(USAGE_EXIT_CODE);
}

/**
 * Parses `args` (default: the command line) strictly; a usage mistake exits as exitWithUsage does.
 * `--help` / `-h` is added to every tool and prints the usage (exit 0). An empty string given to
 * an option that takes a value is a missing value too (`--root ""` is never the current folder).
 */
export function parseToolOptions<T extends ParseArgsConfig & { strict: true }>(tool: Tool, config: T, args: string[] = process.argv.slice(2)) {
  const withHelp = { ...config, args, options: { ...config.options, help: { type: 'boolean', short: 'h' } } } as T & { args: string[] };
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(withHelp) as ReturnType<typeof parseArgs<T>>;
  } catch (error) {
    exitWithUsage(tool, describe(error as Error & { code?: string }, config.allowPositionals === true));
  }
  const values = parsed.values as Record<string, unknown>;
  if (values['help'] === true) {
    process.stdout.write(`${tool.usage}\n`);
    process.exit(0);
  }
  delete values['help'];
  for (const [name, value] of Object.entries(values)) {
    const empty = typeof value === 'string' ? value.trim() === '' : Array.isArray(value) && value.some((v) => typeof v === 'string' && v.trim() === '');
    if (empty) exitWithUsage(tool, `--${name} needs a value, and it was given an empty one`);
  }
  return parsed;
}

/**
 * The project folder a tool works on (`--root`): an existing folder with a content/ folder. A
 * mistyped --root must be an error, not an empty project that has "no problems".
 */
export function projectRootProblem(root: string): string | undefined {
  let stat;
  try {
    stat = statSync(root);
  } catch {
    return `--root ${root}: no such folder`;
  }
  if (!stat.isDirectory()) return `--root ${root}: is a file, not a folder`;
  if (!existsSync(join(root, 'content'))) return `--root ${root}: has no content/ folder, so it is not a project of this site`;
  return undefined;
}
