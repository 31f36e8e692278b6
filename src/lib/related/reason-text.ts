/** The line under a related article saying why it is related, in the page's language. */
import type { Messages } from '../i18n/index.ts';
import type { RelatedArticle } from './types.ts';

/** The strings a reason is written with (src/lib/i18n/). */
export type ReasonMessages = Pick<Messages, 'related.also-cites' | 'related.parallel' | 'related.also-on'>;

/**
 * A short line saying why an article is related: `Also cites Luke 21:9–11`, `Parallel passage: Mark 13:7`,
 * `Also on Russia, Security` (German: `Zitiert ebenfalls …`, `Parallelstelle: …`, `Ebenfalls zu …`).
 */
export function relatedReasonText(related: Pick<RelatedArticle<unknown>, 'reason' | 'shared'>, messages: ReasonMessages, max = 3): string {
  const list = related.shared.slice(0, max).join('; ') + (related.shared.length > max ? '; …' : '');
  switch (related.reason) {
    case 'scripture':
    case 'chapter':
      return messages['related.also-cites'](list);
    case 'parallel':
      return messages['related.parallel'](list);
    case 'topic':
      return messages['related.also-on'](`${related.shared.slice(0, max).join(', ')}${related.shared.length > max ? ', …' : ''}`);
  }
}
