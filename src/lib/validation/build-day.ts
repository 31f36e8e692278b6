/**
 * The one clock validation reads: today's UTC day, for the future-date bound (rules/date-future.ts).
 * It decides only whether a build passes, never what a page says, so output stays reproducible.
 * SOURCE_DATE_EPOCH (seconds), the reproducible-builds convention, pins it.
 */
export function buildDay(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const clock = Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date();
  return clock.toISOString().slice(0, 10);
}
