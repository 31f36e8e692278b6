/**
 * Verse spans and the link between two of them: shared verses, a synoptic parallel or a shared
 * chapter, each with its closeness. Spans are computed once per distinct passage.
 */
import { isWholeBook, overlapScore, requireBook, verseSpan, type Passage } from '../scripture/index.ts';
import { PARALLELS } from './parallels.ts';
import type { RelatedReason } from './types.ts';

/** Rank of each reason, strongest highest. */
export const REASON_RANK: Record<RelatedReason, number> = { scripture: 3, parallel: 2, chapter: 1, topic: 0 };

/** The reasons by rank (REASONS[REASON_RANK[r]] === r). */
export const REASONS: RelatedReason[] = ['topic', 'chapter', 'parallel', 'scripture'];

// A passage's place in one parallel: how well it fills each section (undefined where the section lacks its book).
export interface ParallelPlace {
  parallel: number;
  sections: (number | undefined)[];
}

// One distinct verse span (book, first and last verse numbered through the book) and what links read from it.
export interface Span {
  book: string;
  first: number;
  last: number;
  /** Chapters it touches; a whole book touches none (it overlaps every passage of its book anyway). */
  firstChapter: number;
  lastChapter: number;
  places: ParallelPlace[];
}

// Spans are shared by every article citing the same verses (and by every archive).
const spans = new Map<string, Span>();

/** The span of a passage, shared by every citation of the same verses. */
export function spanOf(passage: Passage): Span {
  const { book, first, last } = verseSpan(passage);
  const key = `${book}:${first}:${last}`;
  let span = spans.get(key);
  if (!span) {
    const whole = isWholeBook(passage) || !passage.start || !passage.end;
    const chapterOf = (verse: number) => chapterAt(book, verse);
    span = {
      book,
      first,
      last,
      firstChapter: whole ? 0 : chapterOf(first),
      lastChapter: whole ? -1 : chapterOf(last),
      places: parallelPlaces(passage),
    };
    spans.set(key, span);
  }
  return span;
}

// The chapter holding verse `n` of a book (verses numbered through the book).
function chapterAt(book: string, n: number): number {
  const counts = requireBook(book).verses;
  let chapter = 0;
  for (let before = 0; chapter < counts.length && before + counts[chapter]! < n; chapter++) before += counts[chapter]!;
  return chapter + 1;
}

function parallelPlaces(passage: Passage): ParallelPlace[] {
  const places: ParallelPlace[] = [];
  PARALLELS.forEach((parallel, index) => {
    const whole = parallel.whole[passage.book];
    if (!whole || overlapScore(passage, whole) === 0) return;
    places.push({ parallel: index, sections: parallel.sections.map((section) => (section[passage.book] ? overlapScore(passage, section[passage.book]!) : undefined)) });
  });
  return places;
}

/** parallelScore on precomputed places: the same products in the same order, so the same numbers. */
function parallelScoreOf(a: Span, b: Span): number | undefined {
  if (a.book === b.book) return undefined;
  let best: number | undefined;
  for (const placeA of a.places) {
    const placeB = b.places.find((place) => place.parallel === placeA.parallel);
    if (!placeB) continue;
    best = Math.max(best ?? 0, 0);
    placeA.sections.forEach((scoreA, section) => {
      const scoreB = placeB.sections[section];
      if (scoreA !== undefined && scoreB !== undefined) best = Math.max(best!, scoreA * scoreB);
    });
  }
  return best;
}

// A pair link's strength: reason first, then score within the reason.
export interface Key {
  rank: number;
  score: number;
}

export const stronger = (a: Key, b: Key) => a.rank > b.rank || (a.rank === b.rank && a.score > b.score);

/** The link between two spans, or undefined when they are not linked. */
export function pairKey(a: Span, b: Span): Key | undefined {
  const shared = a.book === b.book ? Math.max(0, Math.min(a.last, b.last) - Math.max(a.first, b.first) + 1) : 0;
  if (shared > 0) return { rank: REASON_RANK.scripture, score: shared / (a.last - a.first + 1 + (b.last - b.first + 1) - shared) };
  const parallel = parallelScoreOf(a, b);
  if (parallel !== undefined) return { rank: REASON_RANK.parallel, score: parallel };
  if (a.book === b.book && Math.max(a.firstChapter, b.firstChapter) <= Math.min(a.lastChapter, b.lastChapter)) {
    const gap = Math.max(a.first, b.first) - Math.min(a.last, b.last) - 1;
    return { rank: REASON_RANK.chapter, score: 1 / (1 + gap) };
  }
  return undefined;
}
