/** Corrections: the date rules that tie `corrections` to `date` and `updated`, and the ordering for display. */
import type { Problem } from '../problems.ts';
import type { Correction } from '../../schema/newsroom.ts';

export interface CorrectedArticle {
  date: string;
  updated?: string | undefined;
  corrections: readonly Correction[];
}

type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/**
 * rule: corrections-dates. A correction cannot precede publication, and `updated` (the date feeds,
 * sitemaps and JSON-LD give as the last change) must not be older than the latest correction.
 */
export function checkCorrections(file: string, data: CorrectedArticle, lineOf: LineOf = () => undefined): Problem[] {
  const problems: Problem[] = [];
  const at = (path: PropertyKey[]): { line?: number } => {
    const line = lineOf(path);
    return line ? { line } : {};
  };
  data.corrections.forEach((correction, index) => {
    if (correction.date < data.date) {
      problems.push({
        file,
        ...at(['corrections', index, 'date']),
        field: `corrections[${index}].date`,
        value: correction.date,
        message: `is before the publication date ${data.date}`,
        fix: `use the day the correction was made, on or after ${data.date}`,
        severity: 'error',
      });
    }
  });
  const latest = latestCorrection(data.corrections);
  if (!latest || latest.date < data.date) return problems;
  if (!data.updated) {
    problems.push({
      file,
      ...at(['corrections']),
      field: 'updated',
      message: `is missing, but the article was corrected on ${latest.date}`,
      fix: `add updated: ${latest.date} (or a later day)`,
      severity: 'error',
    });
  } else if (data.updated < latest.date) {
    problems.push({
      file,
      ...at(['updated']),
      field: 'updated',
      value: data.updated,
      message: `is before the latest correction (${latest.date})`,
      fix: `set updated: ${latest.date} (or a later day)`,
      severity: 'error',
    });
  }
  return problems;
}

/** The most recent correction (the later-listed one on a tie), or undefined. */
export function latestCorrection<T extends Correction>(corrections: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const correction of corrections) if (!latest || correction.date >= latest.date) latest = correction;
  return latest;
}

/** Corrections newest first; same-day ones in the order written. */
export function correctionsNewestFirst<T extends Correction>(corrections: readonly T[]): T[] {
  return corrections
    .map((correction, index) => ({ correction, index }))
    .sort((a, b) => (a.correction.date < b.correction.date ? 1 : a.correction.date > b.correction.date ? -1 : a.index - b.index))
    .map((entry) => entry.correction);
}
