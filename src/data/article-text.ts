/**
 * The fixed words of an article page (ArticleLayout and its components) in the page's edition: labels,
 * headings and the short sentences built around a number or a name. The article's own words come from
 * its file; these come from the strings table (src/lib/i18n/).
 */
import type { Messages } from '../lib/i18n/index.ts';

export interface ArticleText {
  by: string;
  published: string;
  updated: string;
  /** `3 min read`. */
  readingTime: string;
  source: string;
  /** `more from Example Wire`. */
  moreFrom: string;
  contents: string;
  quotes: string;
  quoteSource: string;
  topics: string;
  related: string;
  neighbours: string;
  older: string;
  newer: string;
  /** The correction notice's label, before its date. */
  corrected: string;
  /** `All 3 corrections`, when there is more than one. */
  allCorrections?: string | undefined;
  /** Before the links to the article's translations: `Also in:`. */
  alsoIn: string;
  translations: string;
}

export function articleText(m: Messages, facts: { minutes: number; source: string; corrections: number }): ArticleText {
  return {
    by: m['author.by'],
    published: m['article.published'],
    updated: m['article.updated'],
    readingTime: m['article.reading-time'](facts.minutes),
    source: m['article.source'],
    moreFrom: m['article.more-from'](facts.source),
    contents: m['article.contents'],
    quotes: m['article.quotes'],
    quoteSource: m['article.quote-source'],
    topics: m['article.topics'],
    related: m['article.related'],
    neighbours: m['article.neighbours'],
    older: m['article.older'],
    newer: m['article.newer'],
    corrected: m['corrections.corrected'],
    ...(facts.corrections > 1 ? { allCorrections: m['corrections.all-count'](facts.corrections) } : {}),
    alsoIn: m['article.also-in'],
    translations: m['article.translations'],
  };
}
