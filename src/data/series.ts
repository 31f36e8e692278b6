/** Page data for series: every series with its parts in order, and where one article stands in its series. */
import type { Article } from './entries.ts';
import type { PageContext } from './page-context.ts';
import { groupSeries, type Series } from '../lib/newsroom/series.ts';
import { slugify } from '../lib/text/slug.ts';

export type ArticleSeries = Series<Article>;

/** Grouped once per list of published articles (query.ts caches the list), not once per page. */
const grouped = new WeakMap<readonly Article[], { list: ArticleSeries[]; bySlug: Map<string, ArticleSeries> }>();

function seriesIndex(context: Pick<PageContext, 'published'>) {
  let index = grouped.get(context.published);
  if (!index) {
    const list = groupSeries(context.published);
    index = { list, bySlug: new Map(list.map((s) => [s.slug, s])) };
    grouped.set(context.published, index);
  }
  return index;
}

/** Every series of the published articles, by slug. */
export function allSeries(context: Pick<PageContext, 'published'>): ArticleSeries[] {
  return seriesIndex(context).list;
}

/** What an article shows of its series: "Part 2 of 4 in the series …" and the links to every part. */
export interface SeriesNavData {
  name: string;
  href: string;
  /** `Part 2 of 4 in the series`, before the series' name. */
  heading: string;
  number: number;
  total: number;
  /** Every part in reading order; the article's own part has no link. */
  parts: { number: number; title: string; href?: string | undefined }[];
}

/** The article's series and its own part, or undefined when it belongs to none. */
export function seriesNavOf(article: Article, context: Pick<PageContext, 'published' | 'edition'>): SeriesNavData | undefined {
  const name = article.data.series?.name;
  if (!name) return undefined;
  const series = seriesIndex(context).bySlug.get(slugify(name));
  const own = series?.parts.find((p) => p.article.id === article.id);
  if (!series || !own) return undefined;
  const { path, messages } = context.edition;
  return {
    name: series.name,
    href: path(`/series/${series.slug}/`),
    heading: messages['series.part-of'](own.number, series.total),
    number: own.number,
    total: series.total,
    parts: series.parts.map((part) => ({
      number: part.number,
      title: part.article.data.title,
      ...(part.article.id === article.id ? {} : { href: path(`/articles/${part.article.id}/`) }),
    })),
  };
}
