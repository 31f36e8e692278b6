/** Series: grouping articles into ordered parts (the series-duplicate-part rule keeps the numbers unique). */
import { slugify } from '../text/slug.ts';
import { compareText } from '../text/text-order.ts';

/** What series grouping needs of an article; validated entries and test doubles both satisfy it. */
export interface SeriesMember {
  id: string;
  data: { title: string; date: string; series?: { name: string; part?: number | undefined } | undefined };
}

export interface SeriesPart<T> {
  article: T;
  /** The number shown ("Part 2 of 4"): the declared part, or the position in date order. */
  number: number;
}

export interface Series<T> {
  slug: string;
  /** The name as the first part writes it. */
  name: string;
  parts: SeriesPart<T>[];
  /** Parts in the series: the count, or the highest declared part if that is larger. */
  total: number;
}

/**
 * Every series with its parts in reading order: numbered parts by number, then unnumbered ones by
 * date (then id), so the order never depends on the file system.
 */
export function groupSeries<T extends SeriesMember>(articles: readonly T[]): Series<T>[] {
  const bySlug = new Map<string, T[]>();
  for (const article of articles) {
    const series = article.data.series;
    if (!series) continue;
    const slug = slugify(series.name);
    if (!slug) continue;
    const list = bySlug.get(slug);
    if (list) list.push(article);
    else bySlug.set(slug, [article]);
  }
  return [...bySlug.entries()]
    .map(([slug, members]) => {
      const ordered = [...members].sort(
        (a, b) =>
          (a.data.series!.part ?? Infinity) - (b.data.series!.part ?? Infinity) ||
          compareText(a.data.date, b.data.date) ||
          compareText(a.id, b.id),
      );
      const parts = ordered.map((article, index) => ({ article, number: article.data.series!.part ?? index + 1 }));
      const total = Math.max(parts.length, ...parts.map((p) => p.number));
      return { slug, name: ordered[0]!.data.series!.name, parts, total };
    })
    .sort((a, b) => compareText(a.slug, b.slug));
}
