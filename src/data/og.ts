// The Open Graph card of an article page, as the image writer (src/integrations/og-images.ts) draws it.
import type { Article, Author } from './query.ts';
import type { OgCard } from '../lib/og/render.ts';
import { ogCard } from '../lib/og/card.ts';
import { site } from '../site.config.ts';

export function ogCardOf(article: Article, author: Author): OgCard {
  return ogCard(article.data, author.data.name, site.title);
}
