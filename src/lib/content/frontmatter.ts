/** Splits a content file into YAML frontmatter and body, parsing the YAML strictly. */
import { parseDocument, isNode, type Document } from 'yaml';

export interface FrontmatterIssue {
  line?: number;
  message: string;
  fix: string;
}

export type SplitResult =
  | {
      ok: true;
      /** Parsed frontmatter value (any YAML value; the schema decides if it is acceptable). */
      data: unknown;
      body: string;
      /** 1-based line of the file on which the body starts. */
      bodyLine: number;
      /** 1-based line of a field path in the file, for error reports. */
      lineOf: (path: readonly PropertyKey[]) => number | undefined;
    }
  | { ok: false; issues: FrontmatterIssue[] };

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Reads `---`-fenced YAML frontmatter. A byte-order mark and CRLF line endings are accepted;
 * duplicate keys, tabs used for indentation and alias bombs are errors, and dates stay strings
 * (YAML 1.2 core schema) so that an impossible day is reported rather than rolled over.
 */
export function splitFrontmatter(source: string): SplitResult {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    return { ok: false, issues: [{ message: 'the file is empty', fix: 'add frontmatter between --- lines, then the body, or delete the file' }] };
  }
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      ok: false,
      issues: [{ line: 1, message: 'the file does not start with a --- line', fix: 'put the frontmatter first, between two lines of ---' }],
    };
  }
  const closing = lines.findIndex((line, index) => index > 0 && CLOSING_FENCE.test(line));
  if (closing === -1) {
    return {
      ok: false,
      issues: [{ line: 1, message: 'the frontmatter has no closing --- line', fix: 'add a line of --- after the last frontmatter field' }],
    };
  }
  const yamlText = lines.slice(1, closing).join('\n');
  const body = lines.slice(closing + 1).join('\n');
  const lineStarts = lineOffsets(yamlText);
  const toFileLine = (offset: number): number => 2 + countBefore(lineStarts, offset);

  let doc: Document;
  try {
    doc = parseDocument(yamlText, { uniqueKeys: true, strict: true, prettyErrors: false, schema: 'core' });
  } catch (error) {
    return { ok: false, issues: [{ line: 2, message: `the frontmatter is not valid YAML: ${(error as Error).message}`, fix: 'check the YAML syntax' }] };
  }
  const yamlProblems = [...doc.errors, ...doc.warnings];
  if (yamlProblems.length) {
    return {
      ok: false,
      issues: yamlProblems.map((problem) => ({
        line: toFileLine(problem.pos[0]),
        message: `the frontmatter is not valid YAML: ${describeYamlError(problem.code, problem.message)}`,
        fix: yamlFix(problem.code),
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return {
      ok: false,
      issues: [{ line: 2, message: `the frontmatter could not be read: ${(error as Error).message}`, fix: 'remove YAML anchors and aliases (&name, *name)' }],
    };
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return toFileLine(node.range[0]);
      if (depth === 0) break;
    }
    return undefined;
  };
  return { ok: true, data, body, bodyLine: closing + 2, lineOf };
}

function lineOffsets(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i);
  return starts;
}

function countBefore(newlines: number[], offset: number): number {
  let count = 0;
  for (const at of newlines) {
    if (at < offset) count++;
    else break;
  }
  return count;
}

function describeYamlError(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  if (code === 'DUPLICATE_KEY') return 'a key appears twice (' + first + ')';
  if (code === 'TAB_AS_INDENT') return 'a tab is used for indentation';
  return first;
}

function yamlFix(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'keep one of the duplicate keys';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation and brackets around this line';
    default:
      return 'check the YAML syntax on this line (quote values that contain ": " or start with a special character)';
  }
}
