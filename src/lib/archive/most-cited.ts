/**
 * The most-cited chapters on /scripture/, ranked by the same count their own pages show: the
 * articles citing any verse of the chapter (ChapterEntry.citing), never a second way of counting.
 */
import type { ScriptureIndex } from './scripture-index.ts';

export interface MostCitedChapter {
  /** `Matthew 24`. */
  label: string;
  /** `/scripture/matthew/24/`. */
  url: string;
  /** Articles citing the chapter, as its page counts them. */
  articles: number;
}

/** At most `limit` chapters cited by at least `minArticles` articles, most cited first, then in canonical order. */
export function mostCitedChapters(index: ScriptureIndex<unknown>, { limit = 10, minArticles = 2 }: { limit?: number; minArticles?: number } = {}): MostCitedChapter[] {
  // index.books and each book's chapters are in canonical order, and sort() is stable.
  return index.books
    .flatMap((entry) => entry.chapters.map((chapter) => ({ label: chapter.label, url: chapter.url, articles: chapter.citing.length })))
    .filter((chapter) => chapter.articles >= minArticles)
    .sort((a, b) => b.articles - a.articles)
    .slice(0, limit);
}
