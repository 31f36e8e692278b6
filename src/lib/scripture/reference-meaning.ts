/**
 * What a chapter/verse group means once its book is known, checked against the canon: `3` is a
 * verse in Jude and a chapter in Luke; `Luke 21:7-50` is an error, never clamped.
 */
import { isSingleChapter, verseCount } from './canon.ts';
import { formatPassageIn } from './format.ts';
import { ENGLISH } from './languages/en.ts';
import type { ScriptureLanguage } from './languages/types.ts';
import type { Book, Passage, PassagePoint } from './types.ts';

/** A problem with the reference; the reader stops at the first and turns it into a ParseError. */
export class ReferenceProblem extends Error {
  fix: string;
  constructor(message: string, fix: string) {
    super(message);
    this.fix = fix;
  }
}

/** A chapter/verse group as written, before it is given meaning by its book and context. */
export type Spec = {
  text: string;
  first: number;
  firstVerse: number | undefined;
  last: number | undefined;
  lastVerse: number | undefined;
};

/** What a bare number means after the previous passage of the same book. */
export type Context = { chapter: number; verseLevel: boolean; separator: '' | ',' | ';' };

/** `Genesis-Exodus`: the one problem both the reader and the meaning can meet. */
export function crossBookRange(language: ScriptureLanguage = ENGLISH): ReferenceProblem {
  return new ReferenceProblem(
    'a range cannot run from one book into another',
    `cite each book separately, e.g. "${language.examples.twoBooks}"`,
  );
}

/**
 * Gives a spec its meaning. A bare number is a verse in a single-chapter book (`Jude 3`), a verse
 * of the current chapter after `,` that follows a verse (`John 3:16, 18`), and a chapter otherwise
 * (`Matthew 24`, `Matthew 24, 25`, `Revelation 13:1-18; 17`).
 */
export function interpret(book: Book, spec: Spec, context: Context, language: ScriptureLanguage = ENGLISH): Passage {
  const { first, firstVerse, last, lastVerse } = spec;
  const bareIsVerse = isSingleChapter(book) || (context.separator === ',' && context.verseLevel);
  const currentChapter = isSingleChapter(book) ? 1 : context.chapter;
  if (firstVerse !== undefined) {
    // N:V, N:V-W, N:V-M:W
    const endChapter = lastVerse === undefined ? first : (last ?? first);
    const endVerse = lastVerse ?? last ?? firstVerse;
    return { book: book.id, start: { chapter: first, verse: firstVerse }, end: { chapter: endChapter, verse: endVerse } };
  }
  if (bareIsVerse) {
    // V, V-W, V-M:W
    const start = { chapter: currentChapter, verse: first };
    const end = lastVerse === undefined ? { chapter: currentChapter, verse: last ?? first } : { chapter: last ?? first, verse: lastVerse };
    return { book: book.id, start, end };
  }
  if (lastVerse !== undefined) {
    const [mark] = language.chapterVerse;
    const name = language.bookName(book);
    throw new ReferenceProblem(
      `"${spec.text.trim()}" runs from a whole chapter to a verse`,
      `write "${name} ${first}${mark}1-${last}${mark}${lastVerse}" or "${name} ${first}-${last}"`,
    );
  }
  return { book: book.id, start: { chapter: first, verse: null }, end: { chapter: last ?? first, verse: null } };
}

/** Throws a ReferenceProblem when the passage leaves the canon or runs backwards. */
export function checkPassage(book: Book, passage: Passage, language: ScriptureLanguage = ENGLISH): void {
  const { start, end } = passage;
  if (!start || !end) return;
  checkPoint(book, start, language);
  checkPoint(book, end, language);
  const backwards = start.chapter > end.chapter || (start.chapter === end.chapter && (start.verse ?? 0) > (end.verse ?? 0));
  if (backwards) {
    const unit = start.verse === null ? 'chapter' : 'verse';
    const swapped: Passage = { book: book.id, start: end, end: start };
    throw new ReferenceProblem(
      `range runs backwards: ${pointText(book, start, language)} comes after ${pointText(book, end, language)}`,
      `write the earlier ${unit} first: "${formatPassageIn(language, swapped)}"`,
    );
  }
}

function checkPoint(book: Book, point: PassagePoint, language: ScriptureLanguage): void {
  const chapters = book.verses.length;
  const name = language.bookName(book);
  if (point.chapter < 1 || point.chapter > chapters) {
    if (chapters === 1) {
      throw new ReferenceProblem(`${name} has 1 chapter`, `write the verse alone, e.g. "${name} 3"`);
    }
    throw new ReferenceProblem(
      point.chapter < 1 ? `${name} has no chapter 0` : `${name} has ${chapters} chapters`,
      `use a chapter from 1 to ${chapters}`,
    );
  }
  if (point.verse === null) return;
  const verses = verseCount(book, point.chapter) ?? 0;
  if (point.verse >= 1 && point.verse <= verses) return;
  const where = isSingleChapter(book) ? name : `${name} ${point.chapter}`;
  throw new ReferenceProblem(
    point.verse < 1 ? `${where} has no verse 0` : `${where} has ${verses} verses`,
    `use a verse from 1 to ${verses}`,
  );
}

function pointText(book: Book, point: PassagePoint, language: ScriptureLanguage): string {
  if (point.verse === null) return String(point.chapter);
  return isSingleChapter(book) ? String(point.verse) : `${point.chapter}${language.chapterVerse[0]}${point.verse}`;
}
