/** Corrections in order: the latest one (the corrections-dates rule and the notice) and newest first for display. */
import type { Correction } from '../../schema/newsroom.ts';

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
