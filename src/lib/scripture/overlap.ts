/** Comparing passages: overlap, closeness and canonical order. */
import { requireBook } from './canon.ts';
import type { Book, Passage, PassagePoint } from './types.ts';

/** A passage as a run of verses numbered through its book (Genesis 2:1 is verse 32 of Genesis). */
export type VerseSpan = { book: string; first: number; last: number };

// Verses before each chapter, per book, so a (chapter, verse) becomes one number.
const offsets = new Map<string, number[]>();

function chapterOffsets(book: Book): number[] {
  let table = offsets.get(book.id);
  if (!table) {
    table = [0];
    for (const count of book.verses) table.push((table.at(-1) ?? 0) + count);
    offsets.set(book.id, table);
  }
  return table;
}

/** The verses a passage covers; a whole chapter or book expands to all its verses (KJV counts). */
export function verseSpan(passage: Passage): VerseSpan {
  const book = requireBook(passage.book);
  const table = chapterOffsets(book);
  const { start, end } = passage;
  if (!start || !end) return { book: book.id, first: 1, last: table.at(-1) ?? 0 };
  const before = (point: PassagePoint): number => table[point.chapter - 1] ?? 0;
  const first = before(start) + (start.verse ?? 1);
  const last = end.verse === null ? (table[end.chapter] ?? 0) : before(end) + end.verse;
  return { book: book.id, first, last };
}

/** True when the passages share at least one verse. */
export function passagesOverlap(a: Passage, b: Passage): boolean {
  return sharedVerses(verseSpan(a), verseSpan(b)) > 0;
}

/**
 * How close two passages are, from 0 (no verse in common, or different books) to 1 (the same
 * verses): shared verses divided by the verses either covers, a whole chapter or book counting as
 * all its verses. So `Luke 21:7` scores 1 against itself, 1/38 against `Luke 21`, 1/1151 against `Luke`.
 */
export function overlapScore(a: Passage, b: Passage): number {
  const spanA = verseSpan(a);
  const spanB = verseSpan(b);
  const shared = sharedVerses(spanA, spanB);
  if (shared === 0) return 0;
  const union = spanA.last - spanA.first + 1 + (spanB.last - spanB.first + 1) - shared;
  return shared / union;
}

function sharedVerses(a: VerseSpan, b: VerseSpan): number {
  if (a.book !== b.book) return 0;
  return Math.max(0, Math.min(a.last, b.last) - Math.max(a.first, b.first) + 1);
}

/**
 * Canonical order for `Array.prototype.sort`: by book, the whole book first, then by where the
 * passage starts (a whole chapter before its verses), then shorter before longer.
 */
export function comparePassages(a: Passage, b: Passage): number {
  const byBook = requireBook(a.book).order - requireBook(b.book).order;
  if (byBook !== 0) return byBook;
  const wholeA = a.start === null ? 0 : 1;
  const wholeB = b.start === null ? 0 : 1;
  if (wholeA !== wholeB || !a.start || !b.start || !a.end || !b.end) return wholeA - wholeB;
  return (
    a.start.chapter - b.start.chapter ||
    (a.start.verse ?? 0) - (b.start.verse ?? 0) ||
    a.end.chapter - b.end.chapter ||
    // A whole chapter ends after any verse of it.
    (a.end.verse ?? Number.MAX_SAFE_INTEGER) - (b.end.verse ?? Number.MAX_SAFE_INTEGER)
  );
}
