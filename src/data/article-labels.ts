/**
 * The labels a newsroom shows on an article page (src/data/article-page.ts): what kind of piece it is,
 * the same kind its JSON-LD declares, and whether its text opens with the news excerpt it comments on.
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

/** MDX lines before the text: imports and exports (one line each in the pictures MDX may import). */
const MDX_PREAMBLE = /^(import|export)\s/;

/**
 * True when the article's text opens with a block quotation: the news excerpt the article comments on,
 * as `npm run new` writes it (`> The news excerpt: …`). The page labels it with its source and date.
 */
export function opensWithExcerpt(body: string | undefined): boolean {
  if (body === undefined) return false;
  for (const line of body.split('\n')) {
    const text = line.trim();
    if (text === '' || MDX_PREAMBLE.test(text)) continue;
    return text.startsWith('>');
  }
  return false;
}
