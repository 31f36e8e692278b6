/** Synoptic parallels (Luke 21 ↔ Matthew 24 ↔ Mark 13) and how closely two passages are parallel. */
import { overlapScore, type Passage } from '../scripture/index.ts';

// A passage of one chapter (or a verse range in it), written compactly for the tables below.
function verses(book: string, chapter: number, first: number, last: number): Passage {
  return { book, start: { chapter, verse: first }, end: { chapter, verse: last } };
}

/** A block of text the synoptic gospels share, as parallel sections (each maps a book to its passage). */
interface Parallel {
  name: string;
  /** The whole block in each book. */
  whole: Record<string, Passage>;
  /** Its sections in order, each the same material in each book. */
  sections: Record<string, Passage>[];
}

/** Synoptic parallels; section boundaries follow the usual synopsis divisions. */
export const PARALLELS: readonly Parallel[] = [
  {
    name: 'Olivet discourse',
    whole: { Matt: verses('Matt', 24, 1, 51), Mark: verses('Mark', 13, 1, 37), Luke: verses('Luke', 21, 5, 36) },
    sections: [
      // The temple's destruction foretold.
      { Matt: verses('Matt', 24, 1, 2), Mark: verses('Mark', 13, 1, 2), Luke: verses('Luke', 21, 5, 6) },
      // Signs before the end: deceivers, wars, earthquakes, famines.
      { Matt: verses('Matt', 24, 3, 8), Mark: verses('Mark', 13, 3, 8), Luke: verses('Luke', 21, 7, 11) },
      // Persecution.
      { Matt: verses('Matt', 24, 9, 14), Mark: verses('Mark', 13, 9, 13), Luke: verses('Luke', 21, 12, 19) },
      // The abomination of desolation; Jerusalem compassed with armies.
      { Matt: verses('Matt', 24, 15, 28), Mark: verses('Mark', 13, 14, 23), Luke: verses('Luke', 21, 20, 24) },
      // The coming of the Son of man.
      { Matt: verses('Matt', 24, 29, 31), Mark: verses('Mark', 13, 24, 27), Luke: verses('Luke', 21, 25, 28) },
      // The fig tree.
      { Matt: verses('Matt', 24, 32, 35), Mark: verses('Mark', 13, 28, 31), Luke: verses('Luke', 21, 29, 33) },
      // The day and hour unknown: watch.
      { Matt: verses('Matt', 24, 36, 51), Mark: verses('Mark', 13, 32, 37), Luke: verses('Luke', 21, 34, 36) },
    ],
  },
];

/** How closely two passages of different books are parallel: undefined when not at all, else 0–1. */
export function parallelScore(a: Passage, b: Passage): number | undefined {
  if (a.book === b.book) return undefined;
  let best: number | undefined;
  for (const parallel of PARALLELS) {
    const wholeA = parallel.whole[a.book];
    const wholeB = parallel.whole[b.book];
    if (!wholeA || !wholeB || overlapScore(a, wholeA) === 0 || overlapScore(b, wholeB) === 0) continue;
    best = Math.max(best ?? 0, 0);
    for (const section of parallel.sections) {
      const sectionA = section[a.book];
      const sectionB = section[b.book];
      if (!sectionA || !sectionB) continue;
      best = Math.max(best, overlapScore(a, sectionA) * overlapScore(b, sectionB));
    }
  }
  return best;
}
