/** The Open Graph card of an article: one definition for the image writer and the page's meta tags. */
import { formatDisplayDate } from '../dates.ts';
import type { OgCard } from './render.ts';

export function ogCard(article: { title: string; kicker?: string | undefined; date: string }, authorName: string, siteTitle: string): OgCard {
  return {
    title: article.title,
    ...(article.kicker ? { kicker: article.kicker } : {}),
    author: authorName,
    date: formatDisplayDate(article.date),
    siteTitle,
  };
}
