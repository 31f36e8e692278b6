/** Page data for series: every series with its parts in order, and where one article stands in its series. */
import { groupSeries, type Series } from '../lib/newsroom/series.ts';
import { slugify } from '../lib/slug.ts';
import { publishedArticles, type Article } from './query.ts';

export type ArticleSeries = Series<Article>;

let cached: Promise<ArticleSeries[]> | undefined;
let bySlug: Promise<Map<string, ArticleSeries>> | undefined;

/** Every series of the published articles, by slug. */
export function allSeries(): Promise<ArticleSeries[]> {
  cached ??= publishedArticles().then(groupSeries);
  return cached;
}

/** The article's series and its own part number, or undefined when it belongs to none. */
export async function seriesOf(article: Article): Promise<{ series: ArticleSeries; number: number } | undefined> {
  const name = article.data.series?.name;
  if (!name) return undefined;
  const slug = slugify(name);
  bySlug ??= allSeries().then((list) => new Map(list.map((s) => [s.slug, s])));
  const series = (await bySlug).get(slug);
  const part = series?.parts.find((p) => p.article.id === article.id);
  return series && part ? { series, number: part.number } : undefined;
}
