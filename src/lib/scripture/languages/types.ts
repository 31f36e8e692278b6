/**
 * What a language brings to the scripture modules: its book names (for reading and for display),
 * its punctuation (`Luke 21:7-8` in English, `Lk 21,7-8` in German), its index addresses and its
 * in-text finder tables. The parser, formatter and finder are one each and take a language.
 */
import type { bcv_parser } from 'bible-passage-reference-parser';
import type { FinderRules } from '../find-in-text-rules.ts';
import type { Book } from '../types.ts';

/** A bible-passage-reference-parser language module (`esm/lang/en.js`, `esm/lang/de.js`). */
export type LibraryLanguage = ConstructorParameters<typeof bcv_parser>[0];

/** The library's `add_books` argument: spellings it lacks. */
export type LibraryBooks = Parameters<bcv_parser['add_books']>[0];

export type ScriptureLanguage = {
  /** The edition's language tag. */
  readonly code: 'en' | 'de';
  /** The library's names for this language, the options it needs, and spellings it lacks. */
  readonly library: { readonly module: LibraryLanguage; readonly options: Readonly<Record<string, string>>; readonly books?: LibraryBooks };
  /** Marks read between chapter and verse; the first is the one written (`:` / `,`). */
  readonly chapterVerse: readonly [string, ...string[]];
  /** Mark between further verses of one chapter as read in a reference (`John 3:16, 18` / `Joh 3,16.18`). */
  readonly verseList: string;
  /** Words that join two references like `;` (`Mt 24,3-8 und Lk 21,8`). */
  readonly joinWords: readonly string[];
  /** The display name of a book (`Matthew` / `Matthäus`, `1 John` / `1. Johannes`). */
  readonly bookName: (book: Book) => string;
  /** One psalm, as it is cited (`Psalm 23`); several take the book name (`Psalms 120–134`). */
  readonly onePsalm: string;
  /** The URL segment of a book in the scripture index (`1-john` / `1-johannes`). */
  readonly bookSlug: (book: Book) => string;
  /** The scripture index's first URL segment (`/scripture/…` / `/bibel/…`). */
  readonly indexSegment: string;
  /** The digits that may number a book (`1 John`; German `5. Mose`), as a regex character class. */
  readonly bookNumbers: string;
  /** References in this language's form, and the chapter-verse mark's name, for the fixes in error messages. */
  readonly examples: {
    readonly reference: string;
    readonly twoReferences: string;
    readonly verse: string;
    readonly twoBooks: string;
    readonly chapterVerseMark: string;
  };
  /** Names for the library's non-canon OSIS ids, so an error names what the author meant. */
  readonly apocrypha: Readonly<Record<string, string>>;
  /** Spellings authors use besides the display names and OSIS ids, for "did you mean" (`Psalm` → Ps). */
  readonly extraSpellings: ReadonlyArray<readonly [spelling: string, id: string]>;
  /** The in-text finder's tables for this language (src/lib/scripture/README.md, rules 1-9). */
  readonly finder: FinderRules;
};
