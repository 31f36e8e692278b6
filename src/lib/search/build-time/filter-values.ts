/**
 * The scripture filter values of an article for the search page: each cited book and chapter once, in
 * the order first cited, named in the article's edition (`Luke 21`, German `Lukas 21`), so each
 * edition's search filters in its own language.
 */
import { ENGLISH, isWholeBook, requireBook, type Passage, type ScriptureLanguage } from '../../scripture/index.ts';
import { chapterLabel } from '../../archive/scripture-index.ts';

export interface ScriptureFilterValues {
  /** `Luke`, `Song of Solomon` (German `Lukas`, `Hoheslied`). */
  books: string[];
  /** `Luke 21`, `Psalm 2`, `Jude 1`: every chapter a passage touches, named as the scripture index names its page (a whole book none). */
  chapters: string[];
}

export function scriptureFilterValues(citations: readonly { readonly passages: readonly Passage[] }[], language: ScriptureLanguage = ENGLISH): ScriptureFilterValues {
  const books = new Set<string>();
  const chapters = new Set<string>();
  for (const passage of citations.flatMap((citation) => citation.passages)) {
    books.add(language.bookName(requireBook(passage.book)));
    if (!passage.start || !passage.end || isWholeBook(passage)) continue;
    for (let chapter = passage.start.chapter; chapter <= passage.end.chapter; chapter++) {
      chapters.add(chapterLabel(requireBook(passage.book), chapter, language));
    }
  }
  return { books: [...books], chapters: [...chapters] };
}
