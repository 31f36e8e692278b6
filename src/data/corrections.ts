/** Page data for corrections: an article's own list, and every correction in the archive newest first. */
import type { Article } from './entries.ts';
import type { PageContext } from './page-context.ts';
import { correctionsNewestFirst } from '../lib/newsroom/corrections.ts';
import { compareText } from '../lib/text/text-order.ts';
import type { Correction } from '../schema/newsroom.ts';

export interface ArchiveCorrection extends Correction {
  article: Article;
}

/** An article's corrections, newest first (the first is the one its notice names). */
export function correctionsOf(article: Article): Correction[] {
  return correctionsNewestFirst(article.data.corrections);
}

/** Every correction of every published article: newest first, same day by article id, then as written. */
export function allCorrections(context: Pick<PageContext, 'published'>): ArchiveCorrection[] {
  return context.published
    .flatMap((article) => correctionsOf(article).map((correction, order) => ({ ...correction, article, order })))
    .sort((a, b) => compareText(b.date, a.date) || compareText(a.article.id, b.article.id) || a.order - b.order)
    .map(({ order: _order, ...correction }) => correction);
}
