// One article as a list shows it (ArticleCard): title, link, date, author, source and summary.
import type { Article } from './entries.ts';
import { summaryOf, type PageContext } from './page-context.ts';

export interface ArticleCardData {
  href: string;
  title: string;
  kicker?: string | undefined;
  date: string;
  /** Absent only if the author is unknown (validation prevents it). */
  author?: { href: string; name: string } | undefined;
  source: string;
  summary: string;
}

export function articleCard(article: Article, context: Pick<PageContext, 'authors' | 'factsOf'>): ArticleCardData {
  const author = context.authors.get(article.data.author.id);
  return {
    href: `/articles/${article.id}/`,
    title: article.data.title,
    kicker: article.data.kicker,
    date: article.data.date,
    author: author ? { href: `/authors/${author.id}/`, name: author.data.name } : undefined,
    source: article.data.source.name,
    summary: summaryOf(article, context),
  };
}
