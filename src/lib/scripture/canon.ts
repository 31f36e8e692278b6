/** The 66-book Protestant canon with KJV versification: the table every reference is checked against. */
import { BOOK_DATA } from './canon-data.ts';
import type { Book } from './types.ts';

/** All 66 books in canonical order. */
export const BOOKS: readonly Book[] = BOOK_DATA;

const byId = new Map(BOOKS.map((book) => [book.id, book]));
const bySlug = new Map(BOOKS.map((book) => [book.slug, book]));

/** The book with this OSIS id (exact spelling, e.g. `1John`), or undefined. */
export function bookById(id: string): Book | undefined {
  return byId.get(id);
}

/** The book with this URL slug (e.g. `song-of-solomon`), or undefined. */
export function bookBySlug(slug: string): Book | undefined {
  return bySlug.get(slug);
}

/** The book with this OSIS id; throws for an id outside the canon, which means a bug upstream. */
export function requireBook(id: string): Book {
  const book = byId.get(id);
  if (!book) throw new Error(`not a book of the canon: ${JSON.stringify(id)}`);
  return book;
}

/** Number of chapters in the book. */
export function chapterCount(book: Book): number {
  return book.verses.length;
}

/** Number of verses in a chapter, or undefined when the chapter does not exist. */
export function verseCount(book: Book, chapter: number): number | undefined {
  return Number.isInteger(chapter) && chapter >= 1 ? book.verses[chapter - 1] : undefined;
}

/** True for Obadiah, Philemon, 2 John, 3 John and Jude, where a bare number is a verse. */
export function isSingleChapter(book: Book): boolean {
  return book.verses.length === 1;
}
