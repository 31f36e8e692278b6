/** The line under a related article saying why it is related. */
import type { RelatedArticle } from './types.ts';

/** A short line saying why an article is related: `Also cites Luke 21:9–11`, `Parallel passage: Mark 13:7`, `Also on Russia, Security`. */
export function relatedReasonText(related: Pick<RelatedArticle<unknown>, 'reason' | 'shared'>, max = 3): string {
  const list = related.shared.slice(0, max).join('; ') + (related.shared.length > max ? '; …' : '');
  switch (related.reason) {
    case 'scripture':
    case 'chapter':
      return `Also cites ${list}`;
    case 'parallel':
      return `Parallel passage: ${list}`;
    case 'topic':
      return `Also on ${related.shared.slice(0, max).join(', ')}${related.shared.length > max ? ', …' : ''}`;
  }
}
