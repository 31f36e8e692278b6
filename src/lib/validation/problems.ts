/** The one shape every detectable content mistake takes, and its formatters. */
import { terminalSafe } from '../text/terminal.ts';
import { compareText } from '../text/text-order.ts';

/** An error fails `check` and the build; a warning (the copy desk: typography, promotion, brand case) and a suggestion never do. */
export type Severity = 'error' | 'warning' | 'suggestion';

/** A single mistake (or suggestion) found in one content file. */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Field path as authors write it: `quotes[1].text`, `scripture[0]`, or `(file)` for the file itself. */
  field: string;
  /** The offending value, shortened for display. */
  value?: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix?: string;
  severity: Severity;
  /** Id of the rule that found it (src/lib/validation/rules/<rule>.ts), stable between versions. */
  rule: string;
}

/** Shortens any value to a one-line display form (quoted strings, JSON otherwise). */
export function shortenValue(value: unknown, max = 60): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
  else if (value === undefined) text = 'undefined';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  text = text.replace(/\s+/g, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Orders problems by file, then line, then field, so output is stable between runs. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareText(a.field, b.field) ||
      compareText(a.message, b.message),
  );
}

/** Counts errors, warnings and suggestions. */
export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number; suggestions: number; files: number } {
  const files = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  return {
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    suggestions: problems.filter((p) => p.severity === 'suggestion').length,
    files: files.size,
  };
}

/**
 * One line per problem: `path:line  field  message (found value)  (fix: …)  [rule]`. Every part may
 * carry text an author wrote (a file name, a YAML key, a value), so each is escaped for the terminal.
 */
export function formatProblem(p: Problem): string {
  const where = terminalSafe(p.line ? `${p.file}:${p.line}` : p.file);
  const tag = p.severity === 'error' ? '' : `${p.severity}: `;
  const value = p.value !== undefined ? ` (found ${terminalSafe(p.value)})` : '';
  const fix = p.fix ? `  (fix: ${terminalSafe(p.fix)})` : '';
  return `${where}  ${terminalSafe(p.field)}  ${tag}${terminalSafe(p.message)}${value}${fix}  [${terminalSafe(p.rule)}]`;
}

/** Terminal report: problems grouped by file, then a summary line. */
export function formatProblemsForTerminal(problems: readonly Problem[]): string {
  const sorted = sortProblems(problems);
  const lines: string[] = [];
  let current = '';
  for (const p of sorted) {
    if (p.file !== current) {
      if (current) lines.push('');
      lines.push(terminalSafe(p.file));
      current = p.file;
    }
    lines.push(`  ${formatProblem(p)}`);
  }
  const { errors, warnings, suggestions, files } = countProblems(problems);
  if (lines.length) lines.push('');
  lines.push(summaryLine(errors, suggestions, files, warnings));
  return lines.join('\n');
}

/** `2 errors in 1 file, 1 suggestion` (warnings named only when there are some) or `no problems`. */
export function summaryLine(errors: number, suggestions: number, files: number, warnings = 0): string {
  if (errors === 0 && suggestions === 0 && warnings === 0) return 'no problems';
  const parts: string[] = [];
  parts.push(`${errors} ${errors === 1 ? 'error' : 'errors'}${errors ? ` in ${files} ${files === 1 ? 'file' : 'files'}` : ''}`);
  if (warnings) parts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  parts.push(`${suggestions} ${suggestions === 1 ? 'suggestion' : 'suggestions'}`);
  return parts.join(', ');
}

/** Machine-readable report for editors and CI. */
export function formatProblemsAsJson(problems: readonly Problem[], checkedFiles: number): string {
  const { errors, warnings, suggestions } = countProblems(problems);
  return JSON.stringify({ checkedFiles, errors, warnings, suggestions, problems: sortProblems(problems) }, null, 2);
}
