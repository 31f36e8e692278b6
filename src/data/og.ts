// The Open Graph card of an article page, as scripts/build.ts draws it into /og/<id>.png.
import type { Article, Author } from './query.ts';
import { ogCard, type OgCard } from '../lib/og/card.ts';
import { site } from '../site.config.ts';

export function ogCardOf(article: Article, author: Author): OgCard {
  return ogCard(article.data, author.data.name, site.title);
}
