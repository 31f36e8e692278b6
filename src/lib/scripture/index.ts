/** Scripture references: the canon, parsing, display, overlap and KJV text. */
export {
  BOOKS,
  bookById,
  bookBySlug,
  chapterCount,
  isSingleChapter,
  requireBook,
  verseCount,
  type Book,
  type Testament,
} from './canon.ts';
export { findBook, parseReference, type ParseError, type ParseOk, type Passage, type PassagePoint } from './parse.ts';
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
