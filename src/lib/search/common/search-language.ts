/**
 * A language as the search box reads it: the generated book table of book-names.ts (English) or
 * book-names-de.ts (German), with the punctuation of references and the words that count. Plain data:
 * the search page serialises its edition's language into the page, so the browser carries one table.
 */
import type { NameStyle } from './book-name-key.ts';
import * as english from './book-names.ts';
import * as german from './book-names-de.ts';

/**
 * What a reader needs of a language, as plain data (the search page serialises it): the generated
 * book table, the one-chapter books, the punctuation of references and the counting words.
 */
export interface SearchLanguage {
  /** How a book number is written (`1 John`, `1. Mose`). */
  style: NameStyle;
  /** The generated table (book-names.ts): `OSIS id|display name|spellings[|address slug]`. */
  rows: readonly string[];
  /** Books of one chapter, where a bare number is a verse (`Jude 3`). */
  single: readonly string[];
  /** Keys besides a book's name that still name it in full, for the offer (`psalm`, `revelations`). */
  fullKeys: readonly string[];
  /** Marks between chapter and verse, the written one first (`:` and `.`; German `,` and `:`). */
  chapterVerse: string;
  /** The mark between further verses of one chapter (`John 3:16, 18`; German `Joh 3,16.18`). */
  verseList: string;
  /** One psalm, as it is cited (`Psalm 23`). */
  onePsalm: string;
  /** Words after a bare number that make it a quantity, not a chapter (as the prose finder's rule 3), space-separated. */
  counting: string;
  /** Books whose name is an everyday word (`Job`, `Acts`, `Numbers`): followed by a word (`Job losses`), no book is offered. OSIS ids, space-separated. */
  everyday: string;
}

/** What the query says is wrong with a passage, for the page to word in its language. */
export type PassageProblem =
  | { kind: 'chapters'; book: string; chapters: number }
  | { kind: 'verses'; place: string; verses: number }
  | { kind: 'backwards' };

/** English: `Luke 21:7-8`, `John 3:16, 18`, `1 John 2`. */
export const ENGLISH_SEARCH: SearchLanguage = {
  style: 'en',
  rows: english.BOOK_NAME_ROWS,
  single: english.SINGLE_CHAPTER_BOOKS,
  fullKeys: ['psalm', 'revelations'],
  chapterVerse: ':.',
  verseList: ',',
  onePsalm: 'Psalm',
  counting:
    'years year days day weeks week months month hours hour minutes people persons men women children times ' +
    'percent per cent million millions billion thousand hundred dollars euros pounds miles km kilometres kilometers of am pm a.m p.m gmt utc',
  everyday: 'Gen Exod Num Judg Ruth Job Prov Song Lam Mark Acts Rev',
};

/** German: `Lk 21,7-8` (a colon is read too), `Joh 3,16.18`, `1. Mose 3,15`. */
export const GERMAN_SEARCH: SearchLanguage = {
  style: 'de',
  rows: german.BOOK_NAME_ROWS,
  single: german.SINGLE_CHAPTER_BOOKS,
  fullKeys: ['psalm'],
  chapterVerse: ',:',
  verseList: '.',
  onePsalm: 'Psalm',
  counting:
    'jahre jahren jahr tage tagen tag wochen woche monate monaten monat stunden stunde minuten menschen personen leute männer frauen kinder ' +
    'mal prozent millionen million milliarden milliarde tausend hundert euro dollar pfund meilen km kilometer uhr von',
  everyday: 'Judg Prov Eccl Lam Rev',
};

/** The search language of an edition's language tag. */
export const SEARCH_LANGUAGES: Readonly<Record<'en' | 'de', SearchLanguage>> = { en: ENGLISH_SEARCH, de: GERMAN_SEARCH };
