/** Display text, data keys and index URLs for parsed passages. */
import { isSingleChapter, requireBook } from './canon.ts';
import type { Book, Passage, PassagePoint } from './types.ts';

/** True when the passage is a whole book, including "chapter 1" of a single-chapter book. */
export function isWholeBook(passage: Passage): boolean {
  const { start, end } = passage;
  if (!start || !end) return true;
  return start.verse === null && end.verse === null && isSingleChapter(requireBook(passage.book));
}

/** Display form with an en dash: `Luke 21:7–8`, `Matthew 24–25`, `Daniel 7:1–8:2`, `Jude 3`, `Ezekiel`. */
export function formatPassage(passage: Passage): string {
  const book = requireBook(passage.book);
  const location = formatLocation(book, passage);
  return location ? `${citedName(book, passage)} ${location}` : book.name;
}

// One psalm is "Psalm 23", as it is usually written; several are "Psalms 120–134".
function citedName(book: Book, passage: Passage): string {
  return book.id === 'Ps' && passage.start?.chapter === passage.end?.chapter ? 'Psalm' : book.name;
}

/**
 * Several passages joined with `; `, naming a book once for consecutive passages of it:
 * `Revelation 13:1–18; 17:3`. Chapters are always written after `;`, so the text parses back.
 */
export function formatPassages(passages: readonly Passage[]): string {
  const parts: string[] = [];
  let previous: { book: string; location: string; verses: boolean } | undefined;
  for (const passage of passages) {
    const book = requireBook(passage.book);
    const location = formatLocation(book, passage);
    const verses = passage.start?.verse != null;
    // A bare chapter after a verse ("Matthew 24:6; 7") reads as a verse, so it keeps its book.
    const clear = verses || !previous?.verses || isSingleChapter(book);
    const compact = previous?.book === passage.book && previous.location !== '' && location !== '' && clear;
    parts.push(compact ? location : location ? `${citedName(book, passage)} ${location}` : book.name);
    previous = { book: passage.book, location, verses };
  }
  return parts.join('; ');
}

/** Stable OSIS-style key for data and de-duplication: `Luke.21.7-Luke.21.8`, `Matt.24`, `Ezek`. */
export function passageKey(passage: Passage): string {
  const { start, end } = passage;
  if (!start || !end || isWholeBook(passage)) return passage.book;
  const from = osisPoint(passage.book, start);
  const to = osisPoint(passage.book, end);
  return from === to ? from : `${from}-${to}`;
}

/** Scripture-index page for the passage: `/scripture/<book>/`, or `/scripture/<book>/<chapter>/` from its first chapter. */
export function passageUrl(passage: Passage): string {
  const book = requireBook(passage.book);
  if (!passage.start || isWholeBook(passage)) return `/scripture/${book.slug}/`;
  return `/scripture/${book.slug}/${passage.start.chapter}/`;
}

/** Chapter-and-verse part without the book (`21:7–8`), or '' for the whole book. */
function formatLocation(book: Book, passage: Passage): string {
  const { start, end } = passage;
  if (!start || !end || isWholeBook(passage)) return '';
  // Single-chapter books are cited by verse alone, the way `Jude 3` is written.
  const single = isSingleChapter(book) && start.chapter === 1 && end.chapter === 1;
  const point = (p: PassagePoint): string => (p.verse === null ? `${p.chapter}` : single ? `${p.verse}` : `${p.chapter}:${p.verse}`);
  if (start.chapter === end.chapter && start.verse === end.verse) return point(start);
  if (start.chapter === end.chapter && start.verse !== null && end.verse !== null) {
    return `${point(start)}–${end.verse}`;
  }
  return `${point(start)}–${point(end)}`;
}

function osisPoint(book: string, point: PassagePoint): string {
  return point.verse === null ? `${book}.${point.chapter}` : `${book}.${point.chapter}.${point.verse}`;
}
