/** The scripture filter values of an article for the search page: each cited book and chapter once, in the order first cited. */
import { formatPassage, isWholeBook, requireBook, type Passage } from '../../scripture/index.ts';

export interface ScriptureFilterValues {
  /** `Luke`, `Song of Solomon`. */
  books: string[];
  /** `Luke 21`, `Psalm 2`: every chapter a passage touches (a whole book none, a one-chapter book none). */
  chapters: string[];
}

export function scriptureFilterValues(citations: readonly { readonly passages: readonly Passage[] }[]): ScriptureFilterValues {
  const books = new Set<string>();
  const chapters = new Set<string>();
  for (const passage of citations.flatMap((citation) => citation.passages)) {
    books.add(requireBook(passage.book).name);
    if (!passage.start || !passage.end || isWholeBook(passage)) continue;
    for (let chapter = passage.start.chapter; chapter <= passage.end.chapter; chapter++) {
      chapters.add(formatPassage({ book: passage.book, start: { chapter, verse: null }, end: { chapter, verse: null } }));
    }
  }
  return { books: [...books], chapters: [...chapters] };
}
