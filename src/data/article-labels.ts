/**
 * The labels a newsroom shows on an article page (src/data/article-page.ts): what kind of piece it is,
 * the same kind its JSON-LD declares. Whether its text opens with the news excerpt is a fact of its one
 * parse (`opensWithQuote`, src/lib/facts/body-facts.ts).
 */
import type { Messages } from '../lib/i18n/index.ts';

/** The schema.org types of article the site writes, and the label each shows to readers. */
const KIND_LABELS = {
  OpinionNewsArticle: 'article.kind.opinion',
  AnalysisNewsArticle: 'article.kind.analysis',
  NewsArticle: 'article.kind.news',
} as const satisfies Record<string, keyof Messages>;

/**
 * The visible label of an article of JSON-LD type `type` (`Opinion` for an OpinionNewsArticle): read
 * from the page's own JSON-LD, so the label and the declared type cannot disagree. Throws for a type
 * without a label, so a new type is labelled before it is published.
 */
export function articleKindLabel(type: unknown, messages: Messages): string {
  if (typeof type !== 'string' || !Object.hasOwn(KIND_LABELS, type)) {
    throw new Error(`article JSON-LD type ${JSON.stringify(type)} has no visible label; add it to KIND_LABELS in src/data/article-labels.ts`);
  }
  return messages[KIND_LABELS[type as keyof typeof KIND_LABELS]];
}
