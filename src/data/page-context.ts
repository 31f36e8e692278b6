/**
 * What every page's data is computed from: the published articles (newest first), the authors, and
 * each body's facts. src/data/query.ts builds it from Astro's collections; tests build it from plain
 * objects, so the page-data modules beside this one run without Astro.
 */
import type { Article, Author, Person } from './entries.ts';
import type { ListPage } from '../lib/archive/collections.ts';
import type { PageEdition } from '../lib/editions/page-edition.ts';
import type { Messages } from '../lib/i18n/index.ts';
import type { EditionLang } from '../lib/editions/config.ts';
import type { Passage } from '../lib/scripture/types.ts';

/** The same article in another edition: its language and absolute address (hreflang, the visible link). */
export interface Translation {
  lang: EditionLang;
  href: string;
}

export interface PageContext {
  /** Published articles, newest first. */
  published: readonly Article[];
  /** Authors by id. */
  authors: ReadonlyMap<string, Author>;
  /** The files on people quoted (content/people/), which merge spellings of a speaker's name. */
  people: readonly Person[];
  /** What a body says: its word count, opening, whether it opens with the news excerpt and the passages its prose cites (validation's one parse of it). */
  factsOf(article: Article): { words: number; opening: string; opensWithQuote: boolean; citations: readonly { readonly passages: readonly Passage[] }[] };
  /** The edition these pages are built in: strings, locale, scripture language, addresses (docs/editions.md). */
  edition: PageEdition;
  /** The article's translations in the other editions (`translationOf`, both ways), none when it has none. */
  translationsOf(article: Article): Translation[];
}

/** The article's summary, or the opening of its body when it has none. */
export function summaryOf(article: Article, context: Pick<PageContext, 'factsOf'>): string {
  return article.data.summary ?? context.factsOf(article).opening;
}

/** ", page 2" (", Seite 2") for later pages of a list, nothing for the first, in the page's edition. */
export function pageSuffix(current: number, messages: Pick<Messages, 'page.suffix'>): string {
  return current > 1 ? messages['page.suffix'](current) : '';
}

/** What Pagination says, in the page's edition: its landmark's name, the two links and `Page 2 of 5`. */
export interface PagingText {
  label: string;
  newer: string;
  older: string;
  position: string;
}

/** Links between numbered pages (Pagination) and the rel prev/next links of the head (BaseLayout). */
export interface PagingData {
  current: number;
  total: number;
  base: string;
  prefix: string;
  links: { prev?: string | undefined; next?: string | undefined };
  text: PagingText;
}

/** The paging of a list page, with Pagination's words in the page's edition. */
export function paging(page: ListPage<unknown>, messages: Messages): PagingData {
  return {
    current: page.current,
    total: page.total,
    base: page.base,
    prefix: page.prefix,
    links: { prev: page.prev, next: page.next },
    text: pagingText(messages, page.current, page.total),
  };
}

/** Pagination's words for page `current` of `total`. */
export function pagingText(messages: Messages, current: number, total: number): PagingText {
  return { label: messages['pagination.label'], newer: messages['pagination.newer'], older: messages['pagination.older'], position: messages['pagination.page-of'](current, total) };
}
