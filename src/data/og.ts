// The Open Graph card of an article: one definition for the image endpoint and the page's meta tags.
import type { Article, Author } from './query.ts';
import type { OgCard } from '../lib/og/render.ts';
import { formatDisplayDate } from '../lib/dates.ts';
import { site } from '../site.config.ts';

export function ogCardOf(article: Article, author: Author): OgCard {
  return {
    title: article.data.title,
    ...(article.data.kicker ? { kicker: article.data.kicker } : {}),
    author: author.data.name,
    date: formatDisplayDate(article.data.date),
    siteTitle: site.title,
  };
}
