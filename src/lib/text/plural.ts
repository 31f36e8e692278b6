/** Counts in words for every page and meta description: "1 article", "2 articles", "1 article cites". */

/** The words for one and for many of a thing, e.g. `['article', 'articles']` or `['article cites', 'articles cite']`. */
export type Noun = readonly [one: string, many: string];

export const ARTICLE: Noun = ['article', 'articles'];
export const ARTICLE_CITES: Noun = ['article cites', 'articles cite'];
export const BOOK: Noun = ['book', 'books'];
export const CHAPTER: Noun = ['chapter', 'chapters'];
export const VERSE: Noun = ['verse', 'verses'];
export const QUOTE: Noun = ['quote', 'quotes'];
export const PART: Noun = ['part', 'parts'];

/** English plural rule: only exactly 1 takes the singular ("0 articles", "1 article", "2 articles"). */
export function pluralOf(n: number, [one, many]: Noun): string {
  return n === 1 ? one : many;
}

/** The number and its noun: `countOf(1, ARTICLE)` → `1 article`. */
export function countOf(n: number, noun: Noun): string {
  return `${n} ${pluralOf(n, noun)}`;
}
