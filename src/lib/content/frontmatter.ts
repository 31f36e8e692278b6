/** Splits a content file into YAML frontmatter and body, parsing the YAML strictly. */
import { parseDocument, isMap, isNode, isScalar, isSeq, type Document, type ScalarTag } from 'yaml';

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
      /** Paths of values written as an unquoted date (`2025-03-10`), which Astro reads as a Date. */
      unquotedDates: PropertyKey[][];
    }
  | { ok: false; issues: FrontmatterIssue[] };

// Astro finds frontmatter by its own pattern and only `---` closes it (a YAML `...` does not).
const FENCE = /^---[ \t]*$/;
const DOCUMENT_END = /^\.\.\.[ \t]*$/;

/** Deepest nesting of lists and mappings accepted in frontmatter (the schema needs 3). */
export const MAX_FRONTMATTER_DEPTH = 20;

// js-yaml 4's timestamp patterns (lib/type/timestamp.js). Astro reads frontmatter with js-yaml,
// which makes an unquoted `2025-03-10` a Date; here it stays text (so an impossible day is
// reported rather than rolled over) and its path is returned, so that validation can reject a
// date where text is expected before Astro fails on it with a less helpful message.
const YAML_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const YAML_TIMESTAMP =
  /^[0-9]{4}-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9]{2})?))?$/;

/** True for text js-yaml would read as a date when written without quotes. */
export function looksLikeYamlDate(text: string): boolean {
  return YAML_DATE.test(text) || YAML_TIMESTAMP.test(text);
}

// js-yaml also reads `0b101` as a number; the YAML 1.2 core schema leaves it text.
const binaryIntTag: ScalarTag = {
  tag: 'tag:yaml.org,2002:int',
  format: 'BIN',
  default: true,
  identify: () => false,
  test: /^[-+]?0b[01]+$/,
  resolve: (source) => {
    const negative = source.startsWith('-');
    const digits = source.replace(/^[-+]?0b/, '');
    return (negative ? -1 : 1) * parseInt(digits, 2);
  },
};

/**
 * The body exactly as splitFrontmatter returns it, without reading the YAML: a warm cache needs
 * the body of a file it has already validated. Undefined when the file has no frontmatter.
 */
export function bodyOf(source: string): string | undefined {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!FENCE.test(text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')))) return undefined;
  const closing = /\n---[ \t]*(?:\n|$)/.exec(text.slice(3));
  if (!closing) return undefined;
  const after = 3 + closing.index + closing[0].length;
  return closing[0].endsWith('\n') ? text.slice(after) : '';
}

/**
 * Reads `---`-fenced YAML frontmatter. A byte-order mark and CRLF line endings are accepted;
 * duplicate keys, tabs used for indentation, alias bombs and nesting deeper than
 * MAX_FRONTMATTER_DEPTH are errors. Dates stay strings (YAML 1.2 core schema), and the paths of
 * unquoted ones are returned as `unquotedDates`.
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
  const closing = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (closing === -1) {
    const dots = lines.findIndex((line, index) => index > 0 && DOCUMENT_END.test(line));
    return {
      ok: false,
      issues: [
        dots === -1
          ? { line: 1, message: 'the frontmatter has no closing --- line', fix: 'add a line of --- after the last frontmatter field' }
          : { line: dots + 1, message: 'the frontmatter ends with a ... line, which Astro does not accept', fix: 'write --- instead of ...' },
      ],
    };
  }
  // Astro finds the closing --- only after a line feed: a carriage return alone (old Mac line
  // endings) hides the frontmatter from it, and every field would be reported missing.
  const loneCr = /\r(?!\n)/.exec(source);
  if (loneCr) {
    const line = source.slice(0, loneCr.index).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').length;
    if (line <= closing + 1) {
      return {
        ok: false,
        issues: [{ line, message: 'a line of the frontmatter ends with a carriage return alone (old Mac line endings), which Astro does not accept', fix: 'save the file with LF (or CRLF) line endings' }],
      };
    }
  }
  const yamlText = lines.slice(1, closing).join('\n');
  const body = lines.slice(closing + 1).join('\n');
  const lineStarts = lineOffsets(yamlText);
  const toFileLine = (offset: number): number => 2 + countBefore(lineStarts, offset);

  let doc: Document;
  try {
    doc = parseDocument(yamlText, { uniqueKeys: true, strict: true, prettyErrors: false, schema: 'core', customTags: [binaryIntTag] });
  } catch (error) {
    if (isStackOverflow(error)) return { ok: false, issues: [tooDeep(2)] };
    return { ok: false, issues: [{ line: 2, message: `the frontmatter is not valid YAML: ${(error as Error).message}`, fix: 'check the YAML syntax' }] };
  }
  const yamlProblems = [...doc.errors, ...doc.warnings];
  if (yamlProblems.length) {
    // The parser reports nesting it cannot follow as a stack overflow, once per level: one issue is enough.
    const overflow = yamlProblems.find((problem) => /call stack/i.test(problem.message));
    if (overflow) return { ok: false, issues: [tooDeep(toFileLine(overflow.pos[0]))] };
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
    if (isStackOverflow(error)) return { ok: false, issues: [tooDeep(2)] };
    return {
      ok: false,
      issues: [{ line: 2, message: `the frontmatter could not be read: ${(error as Error).message}`, fix: 'remove YAML anchors and aliases (&name, *name)' }],
    };
  }
  const tagged = explicitTag(doc);
  if (tagged) {
    return {
      ok: false,
      issues: [{ line: toFileLine(tagged.offset), message: `a value has the YAML tag ${tagged.tag}, which frontmatter does not use (it would not be text)`, fix: 'remove the tag and write the value as plain text (quote it if needed)' }],
    };
  }
  const deep = deepestPath(data);
  if (deep) {
    const node = deep.cycle ? undefined : doc.getIn(deep.path as unknown[], true);
    const line = isNode(node) && node.range ? toFileLine(node.range[0]) : 2;
    if (!deep.cycle) return { ok: false, issues: [tooDeep(line)] };
    return {
      ok: false,
      issues: [{ line, message: 'a YAML alias (*name) refers to the list or mapping that contains it', fix: 'remove YAML anchors and aliases (&name, *name): write the values out' }],
    };
  }
  // The line of a field's key (`quotes:`), or of a list item (`- text: …`), so that a value on
  // the following lines is still reported where the field is named; the nearest known ancestor
  // when the path goes further than the YAML does.
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = doc.contents;
    let line = isNode(node) && node.range ? toFileLine(node.range[0]) : undefined;
    for (const key of path) {
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === String(key));
        if (!pair) break;
        if (isNode(pair.key) && pair.key.range) line = toFileLine(pair.key.range[0]);
        next = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        next = node.items[key];
        if (isNode(next) && next.range) line = toFileLine(next.range[0]);
      }
      if (!isNode(next)) break;
      node = next;
    }
    return line;
  };
  return { ok: true, data, body, bodyLine: closing + 2, lineOf, unquotedDates: unquotedDatePaths(doc) };
}

/** Paths of plain (unquoted) scalars that js-yaml reads as dates. Iterative; aliases are skipped (their anchor is visited). */
function unquotedDatePaths(doc: Document): PropertyKey[][] {
  const found: PropertyKey[][] = [];
  const stack: [unknown, PropertyKey[]][] = [[doc.contents, []]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (isScalar(node)) {
      // An explicit `!!str 2025-03-10` is text to Astro's YAML reader too.
      if (node.type === 'PLAIN' && node.tag === undefined && typeof node.value === 'string' && looksLikeYamlDate(node.value)) found.push(path);
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        stack.push([pair.value, [...path, typeof key === 'number' ? String(key) : (key as PropertyKey)]]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => stack.push([item, [...path, index]]));
    }
  }
  return found.reverse();
}

// Tags that only say what the value already is; any other (`!!binary`, `!!set`, `!!timestamp`) makes a
// value Astro's reader turns into something other than the text, list or number written.
const HARMLESS_TAGS = new Set(['tag:yaml.org,2002:str', 'tag:yaml.org,2002:seq', 'tag:yaml.org,2002:map']);

/** The first explicit YAML tag that changes what a value is, with its offset. Iterative. */
function explicitTag(doc: Document): { tag: string; offset: number } | undefined {
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (!isNode(node)) continue;
    if (node.tag !== undefined && !HARMLESS_TAGS.has(node.tag)) {
      return { tag: node.tag.replace(/^tag:yaml\.org,2002:/, '!!'), offset: node.range?.[0] ?? 0 };
    }
    if (isMap(node)) for (const pair of node.items) stack.push(pair.value, pair.key);
    else if (isSeq(node)) stack.push(...node.items);
  }
  return undefined;
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

function tooDeep(line: number): FrontmatterIssue {
  return {
    line,
    message: `the frontmatter nests lists or mappings more than ${MAX_FRONTMATTER_DEPTH} levels deep`,
    fix: 'flatten it: fields are at most a list of mappings (quotes) deep',
  };
}

/**
 * The path to a value nested deeper than MAX_FRONTMATTER_DEPTH, or to a list or mapping that
 * contains itself through an alias; undefined when neither. Iterative, so it cannot overflow.
 */
function deepestPath(data: unknown): { path: PropertyKey[]; cycle: boolean } | undefined {
  const stack: [unknown, PropertyKey[], unknown[]][] = [[data, [], []]];
  while (stack.length) {
    const [value, path, ancestors] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (ancestors.includes(value)) return { path, cycle: true };
    if (path.length >= MAX_FRONTMATTER_DEPTH) return { path, cycle: false };
    const inner = [...ancestors, value];
    if (Array.isArray(value)) value.forEach((item, index) => stack.push([item, [...path, index], inner]));
    else if (value instanceof Map) for (const [key, item] of value) stack.push([item, [...path, String(key)], inner]);
    else for (const key of Object.keys(value)) stack.push([(value as Record<string, unknown>)[key], [...path, key], inner]);
  }
  return undefined;
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
