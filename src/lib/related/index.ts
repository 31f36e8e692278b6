/** Related articles: ranking, the synoptic parallels it knows, and the line saying why. */
export { PARALLELS, parallelScore } from './parallels.ts';
export { relatedArticles } from './rank.ts';
export { relatedReasonText } from './reason-text.ts';
export type { RelatableArticle, RelatedArticle, RelatedOptions, RelatedReason, RelatedStats } from './types.ts';
