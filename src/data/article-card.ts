/**
 * One article as a list shows it (ArticleCard): title, link, date, author, source, summary and its lead
 * image when it has one. A list
 * page about one thing (a topic, an author, a source) leaves that thing off its cards: every card on
 * it would repeat it.
 */
import type { Article } from './entries.ts';
import { summaryOf, type PageContext } from './page-context.ts';
import { slugify } from '../lib/text/slug.ts';
import { responsiveWidths } from './figure.ts';

/**
 * How a card's picture is drawn: small beside the text of a card, or across the column of the front
 * page's lead story. `widths` are the srcset's, never wider than the original.
 */
export const CARD_PICTURE = {
  card: { sizes: '(min-width: 40rem) 10rem, 7rem', widths: (width: number) => [240].filter((w) => w < width).concat(Math.min(width, 480)) },
  lead: { sizes: '(min-width: 64rem) 38rem, (min-width: 48rem) 58vw, 100vw', widths: responsiveWidths },
} as const;

/** What the page listing the cards is about. */
export interface CardContext {
  /** A topic page: a kicker naming this topic is left off. */
  topic?: string;
  /** An author's page (author id): the author is left off. */
  authorId?: string;
  /** A source's page: the source is left off. */
  source?: string;
}

export interface ArticleCardData {
  /** The edition's locale, for the date. */
  locale: string;
  href: string;
  title: string;
  kicker?: string | undefined;
  date: string;
  /** Absent if the author is unknown (validation prevents it) or the list is the author's own. */
  author?: { href: string; name: string } | undefined;
  /** Absent on the list of that source. */
  source?: string | undefined;
  summary: string;
  /** The article's lead image, drawn by Astro's image pipeline at the card's size; absent when it has none. */
  image?: { src: NonNullable<Article['data']['image']>['src']; alt: string } | undefined;
}

/** The same topic or source however it is spelled ("north korea", "North Korea"). */
const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && slugify(a) === slugify(b);

export function articleCard(article: Article, context: Pick<PageContext, 'authors' | 'factsOf' | 'edition'>, list: CardContext = {}): ArticleCardData {
  const { data } = article;
  const { path, locale } = context.edition;
  const author = data.author.id === list.authorId ? undefined : context.authors.get(data.author.id);
  return {
    locale,
    href: path(`/articles/${article.id}/`),
    title: data.title,
    kicker: same(data.kicker, list.topic) ? undefined : data.kicker,
    date: data.date,
    author: author ? { href: path(`/authors/${author.id}/`), name: author.data.name } : undefined,
    source: same(data.source.name, list.source) ? undefined : data.source.name,
    summary: summaryOf(article, context),
    ...(data.image ? { image: { src: data.image.src, alt: data.image.alt } } : {}),
  };
}
