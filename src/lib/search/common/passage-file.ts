/**
 * The passage → articles file of one book (`/search/passages/<OSIS id>.json`), as the build writes
 * it and the search page reads it, with the verse arithmetic both sides share. No Node, no DOM.
 */
import type { QueryPassage } from './query.ts';

/** A run of verses numbered through the book (Genesis 2:1 is verse 32), as overlap.ts's VerseSpan. */
export type Span = { first: number; last: number };

export interface PassageFile {
  /** OSIS id. */
  book: string;
  /** KJV verse count of each chapter; index 0 is chapter 1. */
  verses: number[];
  /** Pagefind page ids (fragment names) of the articles citing the book, newest first. */
  pages: string[];
  /** Distinct cited spans (chapters and verses) in order: `[first, last, page index, page index…]`. */
  spans: number[][];
  /** Page indexes of the articles that mention the book as a whole (the passage model's `mention`), ascending. */
  mentions: number[];
  /** Synoptic parallel sections of this book: `[first, last, [[book, first, last]…]]`. */
  parallels: [number, number, [string, number, number][]][];
}

/** The verses a passage covers, counted as overlap.ts's verseSpan() counts them; a whole chapter or book is all its verses. */
export function spanOf(passage: QueryPassage, verses: readonly number[]): Span {
  const before: number[] = [0];
  for (const count of verses) before.push(before.at(-1)! + count);
  const { start, end } = passage;
  if (!start || !end) return { first: 1, last: before.at(-1)! };
  const first = (before[start.chapter - 1] ?? 0) + (start.verse ?? 1);
  const last = end.verse === null ? (before[end.chapter] ?? 0) : (before[end.chapter - 1] ?? 0) + end.verse;
  return { first, last };
}

/** Verses two spans of one book share (0 when none), as overlap.ts's sharedVerses(). */
export function sharedVerses(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.last, b.last) - Math.max(a.first, b.first) + 1);
}

/** overlap.ts's overlapScore() on spans of one book: shared verses over the verses either covers. */
export function spanScore(a: Span, b: Span): number {
  const shared = sharedVerses(a, b);
  return shared === 0 ? 0 : shared / (a.last - a.first + 1 + (b.last - b.first + 1) - shared);
}

/** A page's best citation for a query: its overlap score and the span it cites. */
export interface SpanHit {
  score: number;
  span: Span;
}

/** The pages citing a span that overlaps any of `wanted`, each with its best overlap score and that span. */
export function pagesCiting(file: PassageFile, wanted: readonly Span[]): Map<string, SpanHit> {
  const hits = new Map<string, SpanHit>();
  for (const entry of file.spans) {
    const span = { first: entry[0]!, last: entry[1]! };
    let best = 0;
    for (const query of wanted) best = Math.max(best, spanScore(span, query));
    if (best === 0) continue;
    for (const index of entry.slice(2)) {
      const id = file.pages[index]!;
      if (best > (hits.get(id)?.score ?? 0)) hits.set(id, { score: best, span });
    }
  }
  return hits;
}

/** The pages mentioning the book as a whole. */
export function pagesMentioning(file: PassageFile): string[] {
  return (file.mentions ?? []).map((index) => file.pages[index]!);
}

/** The passage a span of the book covers, whole chapters as chapters (`Revelation 13`), else verses (`Revelation 13:16–17`). */
export function passageOfSpan(book: string, span: Span, verses: readonly number[]): { book: string; start: { chapter: number; verse: number | null }; end: { chapter: number; verse: number | null } } {
  const point = (n: number) => {
    let chapter = 1;
    let before = 0;
    while (chapter < verses.length && before + verses[chapter - 1]! < n) before += verses[chapter++ - 1]!;
    return { chapter, verse: n - before };
  };
  const start = point(span.first);
  const end = point(span.last);
  const wholeChapters = start.verse === 1 && end.verse === verses[end.chapter - 1];
  return wholeChapters ? { book, start: { chapter: start.chapter, verse: null }, end: { chapter: end.chapter, verse: null } } : { book, start, end };
}

/** The parallel passages (in other books) of the sections `wanted` touches, by book. */
export function parallelSpans(file: PassageFile, wanted: readonly Span[]): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  for (const [first, last, others] of file.parallels) {
    if (!wanted.some((query) => sharedVerses(query, { first, last }) > 0)) continue;
    for (const [book, otherFirst, otherLast] of others) {
      const list = out.get(book) ?? [];
      list.push({ first: otherFirst, last: otherLast });
      out.set(book, list);
    }
  }
  return out;
}
