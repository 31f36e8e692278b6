/**
 * What the copy-desk rules (doubled-punctuation, straight-quotes, unbalanced-quotes,
 * trailing-promotion, brand-case) share: the prose runs of a body (src/lib/facts/text-runs.ts) and
 * how a finding shows where it is. They warn and never rewrite the text.
 */
import { lineInRun, NOT_PROSE, type TextRun } from '../facts/text-runs.ts';
import { shortenValue } from './problems.ts';
import type { FileContext, FileKind, Finding } from './rule.ts';

/** Bodies the copy desk reads: articles and authors' biographies. */
export const COPY_KINDS: readonly FileKind[] = ['article', 'author', 'bio'];

/** The body's prose runs, empty when the body could not be read. */
export function proseRuns(file: FileContext): readonly TextRun[] {
  return file.bodyFacts?.runs ?? [];
}

/** The words around `index` in a run, as a reader would find them (code and addresses shown as …). */
export function excerptAround(run: TextRun, index: number, length = 1, reach = 24): string {
  const start = Math.max(0, index - reach);
  const end = Math.min(run.text.length, index + length + reach);
  const text = run.text.slice(start, end).replaceAll(NOT_PROSE, '…').replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${text}${end < run.text.length ? '…' : ''}`;
}

/** A finding in the body at `index` of `run`, with the words around it as its value. */
export function findingInRun(file: FileContext, run: TextRun, index: number, length: number, finding: Omit<Finding, 'line' | 'field' | 'value'>): Finding {
  return { line: file.bodyLine + lineInRun(run, index) - 1, field: '(body)', value: shortenValue(excerptAround(run, index, length), 80), ...finding };
}
