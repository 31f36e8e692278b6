/**
 * Dated notes (corrections and updates) in order: the latest one (the *-dates rules and the
 * correction notice), newest first for display, and the article's last change they imply.
 */
import type { DatedNote } from '../../schema/newsroom.ts';

/** The most recent note (the later-listed one on a tie), or undefined. */
export function latestNote<T extends DatedNote>(notes: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const note of notes) if (!latest || note.date >= latest.date) latest = note;
  return latest;
}

/** Notes newest first; same-day ones in the order written. */
export function newestFirst<T extends DatedNote>(notes: readonly T[]): T[] {
  return notes
    .map((note, index) => ({ note, index }))
    .sort((a, b) => (a.note.date < b.note.date ? 1 : a.note.date > b.note.date ? -1 : a.index - b.index))
    .map((entry) => entry.note);
}

/**
 * The day an article last changed after publication: the later of `updated` and its latest update,
 * undefined when it has neither. The contract does not ask authors to repeat an update's date in
 * `updated`, so feeds, sitemap, JSON-LD and Open Graph read this instead of `updated` alone.
 * Corrections are left out: the corrections-dates rule already keeps `updated` at or after them.
 */
export function lastUpdated(data: { updated?: string | undefined; updates?: readonly DatedNote[] | undefined }): string | undefined {
  const update = latestNote(data.updates ?? [])?.date;
  if (!update) return data.updated;
  return data.updated && data.updated > update ? data.updated : update;
}
