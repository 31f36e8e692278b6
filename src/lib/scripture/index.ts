/** Scripture references: the canon, parsing, display, overlap and KJV text. */
export {
  BOOKS,
  bookById,
  bookBySlug,
  chapterCount,
  isSingleChapter,
  requireBook,
  verseCount,
} from './canon.ts';
export type { Book, ParseError, ParseOk, Passage, PassagePoint, Testament } from './types.ts';
export { findBook } from './book-names.ts';
export { parseReference } from './parse.ts';
export { formatPassage, formatPassages, isWholeBook, passageKey, passageUrl } from './format.ts';
export { comparePassages, overlapScore, passagesOverlap, verseSpan, type VerseSpan } from './overlap.ts';
export {
  passageText,
  toVerseText,
  type PassageText,
  type PassageTextOptions,
  type TextSegment,
  type VerseText,
} from './text.ts';
