/**
 * Turns zod issues into findings that name the field, the value found and the fix, each tagged
 * with its rule: the rule a schema check names in `params.rule` (src/schema/fields.ts), else
 * unknown-field for an unknown key and frontmatter-schema for everything else.
 */
import type { z } from 'astro/zod';
import { shortenValue } from './problems.ts';
import { closestMatch } from '../text/suggest.ts';
import type { Finding } from './rule.ts';

export type SchemaFinding = Finding & { rule: string };

/** `['quotes', 1, 'text']` → `quotes[1].text`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(frontmatter)';
}

/** Example values shown when a required field is missing or has the wrong type. */
const FIELD_HINTS: Record<string, string> = {
  title: 'add a headline, e.g. title: A Treaty Signed in Haste',
  date: 'expected YYYY-MM-DD, e.g. date: 2026-03-02',
  updated: 'expected YYYY-MM-DD, not before date',
  author: 'add the id of a file in content/authors/, e.g. author: jane-doe',
  source: 'add a publication name, e.g. source: Example Wire, or source: { name: Example Wire, url: "https://…" }',
  'source.name': 'add the publication name, e.g. name: Example Wire',
  topics: 'write a list, e.g. topics: [Middle East, Diplomacy]',
  scripture: 'write a list, e.g. scripture: [Luke 21:7-8, Matthew 24]',
  quotes: 'write a list of { text, speaker, role? }',
  text: 'add the quoted words exactly as in the body',
  speaker: 'add who said it, e.g. speaker: A. Minister',
  draft: 'write draft: true or draft: false',
  name: 'add the display name, e.g. name: Jane Doe',
  corrections: 'write a list, e.g. corrections: [{ date: 2026-06-12, text: "An earlier version gave the wrong date." }]',
  'corrections.text': 'say what was corrected, e.g. text: An earlier version gave the wrong date.',
  'corrections.date': 'expected YYYY-MM-DD, the day the correction was made',
  updates: 'write a list, e.g. updates: [{ date: 2026-06-12, text: "Added the ministry\'s statement issued after publication." }]',
  'updates.text': 'say what the update added, e.g. text: Added the ministry\'s statement issued after publication.',
  'updates.date': 'expected YYYY-MM-DD, the day of the update',
  series: 'write the series name, e.g. series: The Message of Nahum, or series: { name: The Message of Nahum, part: 2 }',
  'series.name': 'write the series name, e.g. name: The Message of Nahum',
  'series.part': 'write a whole number from 1, e.g. part: 2',
  image: 'write { src: ./photo.jpg, alt: what the picture shows }',
  'image.src': 'write the path of the picture beside the article, e.g. src: ./photo.jpg',
  'image.alt': 'describe what the picture shows, e.g. alt: Flood barrier gates at low tide',
};

export interface IssueContext {
  /** The unvalidated frontmatter, to show the value found. */
  input: unknown;
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
  /** Known field names at each object path, for "did you mean" on unknown keys. */
  knownFields?: (path: readonly PropertyKey[]) => readonly string[];
}

/** Converts every zod issue of one file to a finding. */
export function issuesToFindings(issues: readonly z.core.$ZodIssue[], context: IssueContext): SchemaFinding[] {
  const problems: SchemaFinding[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = context.knownFields?.(issue.path) ?? [];
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const guess = closestMatch(key, known);
        problems.push(
          withLine(context, path, {
            field: formatFieldPath(path),
            message: `unknown field "${key}"`,
            fix: guess ? `did you mean "${guess}"?` : `known fields: ${known.join(', ')}`,
            rule: 'unknown-field',
          }),
        );
      }
      continue;
    }
    const path = issue.path;
    const value = valueAt(context.input, path);
    const { message, fix } = describeIssue(issue, value, path);
    const rule = (issue.code === 'custom' && (issue.params as { rule?: string } | undefined)?.rule) || 'frontmatter-schema';
    const problem: SchemaFinding = { field: formatFieldPath(path), message, fix, rule };
    if (value !== undefined) problem.value = shortenValue(value);
    problems.push(withLine(context, path, problem));
  }
  return problems;
}

function withLine(context: IssueContext, path: readonly PropertyKey[], problem: SchemaFinding): SchemaFinding {
  const line = context.lineOf?.(path);
  return line ? { ...problem, line } : problem;
}

function hintFor(path: readonly PropertyKey[]): string | undefined {
  const named = path.filter((key): key is string => typeof key === 'string');
  return FIELD_HINTS[named.join('.')] ?? FIELD_HINTS[named[named.length - 1] ?? ''];
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown, path: readonly PropertyKey[]): { message: string; fix: string } {
  const hint = hintFor(path);
  switch (issue.code) {
    case 'custom': {
      const fix = (issue.params as { fix?: string } | undefined)?.fix;
      return { message: issue.message, fix: fix ?? hint ?? 'see the content contract in README.md' };
    }
    case 'invalid_type':
      if (value === undefined) return { message: 'is required but missing', fix: hint ?? `add ${formatFieldPath(path)}` };
      if (value === null) return { message: 'is empty', fix: hint ?? `give ${formatFieldPath(path)} a value or remove it` };
      return { message: `expected ${describeExpected(issue.expected)}, found ${describeType(value)}`, fix: hint ?? `use ${describeExpected(issue.expected)}` };
    case 'too_small':
      if (issue.origin === 'string') return { message: 'must not be empty', fix: hint ?? 'write some text or remove the field' };
      return { message: `needs at least ${String(issue.minimum)} items`, fix: hint ?? 'add items' };
    case 'too_big':
      if (issue.origin === 'string') {
        const length = typeof value === 'string' ? value.trim().length : 0;
        return { message: `is ${length} characters long; the limit is ${String(issue.maximum)}`, fix: `shorten it to at most ${String(issue.maximum)} characters` };
      }
      return { message: `has too many items; the limit is ${String(issue.maximum)}`, fix: 'remove some items' };
    case 'invalid_union':
      return { message: 'has an unexpected shape', fix: hint ?? 'see the content contract in README.md' };
    default:
      return { message: issue.message, fix: hint ?? 'see the content contract in README.md' };
  }
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping of fields';
    default:
      return expected;
  }
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object' && value !== null) return 'a mapping';
  return `a ${typeof value}`;
}

/** The value at a path inside the raw frontmatter, never following inherited properties. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
