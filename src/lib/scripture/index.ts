/** Scripture references: the canon, parsing, display, overlap and KJV text; per language (English, German). */
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
export type { ScriptureLanguage } from './languages/types.ts';
export { ENGLISH } from './languages/en.ts';
export { GERMAN } from './languages/de.ts';
export { findBook } from './book-names.ts';
export { parseReference, parseReferenceIn } from './parse.ts';
export {
  formatPassage,
  formatPassageIn,
  formatPassages,
  formatPassagesIn,
  isWholeBook,
  passageKey,
  passageRoute,
  passageUrl,
} from './format.ts';
export { createReferenceFinder, findReferencesInText, type ReferenceFinder } from './find-in-text.ts';
export { detectSplitList, type SplitList } from './split-list.ts';
export { comparePassages, overlapScore, passagesOverlap, verseSpan, type VerseSpan } from './overlap.ts';
export {
  passageText,
  toVerseText,
  type PassageText,
  type PassageTextOptions,
  type TextSegment,
  type VerseText,
} from './text.ts';
