/**
 * What one card in a list of articles shows. A list page about one thing (a topic, an author, a
 * source) leaves that thing off its cards: every card on it would repeat it.
 */
import { slugify } from '../lib/slug.ts';

/** What the page listing the cards is about. */
export interface CardContext {
  /** A topic page: a kicker naming this topic is left off. */
  topic?: string;
  /** An author's page (author id): the author is left off. */
  authorId?: string;
  /** A source's page: the source is left off. */
  source?: string;
}

/** The fields a card reads. */
export interface CardArticle {
  id: string;
  data: { title: string; date: string; kicker?: string | undefined; author: { id: string }; source: { name: string } };
}

export interface CardFacts {
  href: string;
  title: string;
  date: string;
  kicker?: string;
  author?: { href: string; name: string };
  source?: string;
}

/** One card's facts; `authorName` is undefined for an unknown author (validation reports it first). */
export function cardFacts(article: CardArticle, authorName: string | undefined, context: CardContext = {}): CardFacts {
  const { data } = article;
  const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && slugify(a) === slugify(b);
  return {
    href: `/articles/${article.id}/`,
    title: data.title,
    date: data.date,
    ...(data.kicker && !same(data.kicker, context.topic) ? { kicker: data.kicker } : {}),
    ...(authorName !== undefined && data.author.id !== context.authorId ? { author: { href: `/authors/${data.author.id}/`, name: authorName } } : {}),
    ...(!same(data.source.name, context.source) ? { source: data.source.name } : {}),
  };
}
