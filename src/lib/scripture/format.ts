/**
 * Display text, data keys and index URLs for parsed passages, in a language's form: English
 * `Luke 21:7–8` (the exports without `In`, which every English caller uses), German `Lukas 21,7–8`.
 */
import { isSingleChapter, requireBook } from './canon.ts';
import { ENGLISH } from './languages/en.ts';
import type { ScriptureLanguage } from './languages/types.ts';
import type { Book, Passage, PassagePoint } from './types.ts';

/** True when the passage is a whole book, including "chapter 1" of a single-chapter book. */
export function isWholeBook(passage: Passage): boolean {
  const { start, end } = passage;
  if (!start || !end) return true;
  return start.verse === null && end.verse === null && isSingleChapter(requireBook(passage.book));
}

/** Display form with an en dash: `Luke 21:7–8`, `Matthew 24–25`, `Daniel 7:1–8:2`, `Jude 3`, `Ezekiel`. */
export function formatPassage(passage: Passage): string {
  return formatPassageIn(ENGLISH, passage);
}

/** The display form in a language: German `Matthäus 24,6–7`, `1. Mose 3,15`, `Judas 3`, `Hesekiel`. */
export function formatPassageIn(language: ScriptureLanguage, passage: Passage): string {
  const book = requireBook(passage.book);
  const location = formatLocation(language, book, passage);
  return location ? `${citedName(language, book, passage)} ${location}` : language.bookName(book);
}

// One psalm is "Psalm 23", as it is usually written; several are "Psalms 120–134".
function citedName(language: ScriptureLanguage, book: Book, passage: Passage): string {
  return book.id === 'Ps' && passage.start?.chapter === passage.end?.chapter ? language.onePsalm : language.bookName(book);
}

/**
 * Several passages joined with `; `, naming a book once for consecutive passages of it:
 * `Revelation 13:1–18; 17:3`. Chapters are always written after `;`, so the text parses back.
 */
export function formatPassages(passages: readonly Passage[]): string {
  return formatPassagesIn(ENGLISH, passages);
}

/** formatPassages in a language: German `Offenbarung 13,1–18; 17,3`. */
export function formatPassagesIn(language: ScriptureLanguage, passages: readonly Passage[]): string {
  const parts: string[] = [];
  let previous: { book: string; location: string; verses: boolean } | undefined;
  for (const passage of passages) {
    const book = requireBook(passage.book);
    const location = formatLocation(language, book, passage);
    const verses = passage.start?.verse != null;
    // A bare chapter after a verse ("Matthew 24:6; 7") reads as a verse, so it keeps its book.
    const clear = verses || !previous?.verses || isSingleChapter(book);
    const compact = previous?.book === passage.book && previous.location !== '' && location !== '' && clear;
    parts.push(compact ? location : location ? `${citedName(language, book, passage)} ${location}` : language.bookName(book));
    previous = { book: passage.book, location, verses };
  }
  return parts.join('; ');
}

/** Stable OSIS-style key for data and de-duplication: `Luke.21.7-Luke.21.8`, `Matt.24`, `Ezek`. The same in every language. */
export function passageKey(passage: Passage): string {
  const { start, end } = passage;
  if (!start || !end || isWholeBook(passage)) return passage.book;
  const from = osisPoint(passage.book, start);
  const to = osisPoint(passage.book, end);
  return from === to ? from : `${from}-${to}`;
}

/** Scripture-index page for the passage: `/scripture/<book>/`, or `/scripture/<book>/<chapter>/` from its first chapter. */
export function passageUrl(passage: Passage): string {
  return passageRoute(ENGLISH, passage);
}

/**
 * The scripture-index route in a language, before the edition's address is applied
 * (src/lib/editions/config.ts): German `/bibel/matthaeus/24/`, which a `/de/` edition shows at `/de/bibel/matthaeus/24/`.
 */
export function passageRoute(language: ScriptureLanguage, passage: Passage): string {
  const book = requireBook(passage.book);
  const base = `/${language.indexSegment}/${language.bookSlug(book)}/`;
  if (!passage.start || isWholeBook(passage)) return base;
  return `${base}${passage.start.chapter}/`;
}

/** Chapter-and-verse part without the book (`21:7–8`, German `21,7–8`), or '' for the whole book. */
function formatLocation(language: ScriptureLanguage, book: Book, passage: Passage): string {
  const { start, end } = passage;
  if (!start || !end || isWholeBook(passage)) return '';
  const mark = language.chapterVerse[0];
  // Single-chapter books are cited by verse alone, the way `Jude 3` is written.
  const single = isSingleChapter(book) && start.chapter === 1 && end.chapter === 1;
  const point = (p: PassagePoint): string => (p.verse === null ? `${p.chapter}` : single ? `${p.verse}` : `${p.chapter}${mark}${p.verse}`);
  if (start.chapter === end.chapter && start.verse === end.verse) return point(start);
  if (start.chapter === end.chapter && start.verse !== null && end.verse !== null) {
    return `${point(start)}–${end.verse}`;
  }
  return `${point(start)}–${point(end)}`;
}

function osisPoint(book: string, point: PassagePoint): string {
  return point.verse === null ? `${book}.${point.chapter}` : `${book}.${point.chapter}.${point.verse}`;
}
