/** Series: grouping articles into ordered parts, and the cross-file rule that no part is claimed twice. */
import type { Problem } from '../problems.ts';
import { slugify } from '../slug.ts';
import { compareText } from '../text-order.ts';

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

/** What the cross-file series rule needs of a validated article. */
export interface SeriesFile {
  file: string;
  data: { series?: { name: string; part?: number | undefined } | undefined };
}

/** rule: series-duplicate-part. Two articles claiming one part of one series: each file is named with the other. */
export function checkSeriesParts(articles: readonly SeriesFile[], lineOf: (file: string) => number | undefined = () => undefined): Problem[] {
  const claims = new Map<string, SeriesFile[]>();
  for (const article of articles) {
    const series = article.data.series;
    if (!series || series.part === undefined) continue;
    const key = `${slugify(series.name)}\u0000${series.part}`;
    const list = claims.get(key);
    if (list) list.push(article);
    else claims.set(key, [article]);
  }
  const problems: Problem[] = [];
  for (const group of claims.values()) {
    if (group.length < 2) continue;
    for (const article of group) {
      const others = group.filter((other) => other !== article).map((other) => other.file);
      const line = lineOf(article.file);
      problems.push({
        file: article.file,
        ...(line ? { line } : {}),
        field: 'series.part',
        value: String(article.data.series!.part),
        message: `part ${article.data.series!.part} of "${article.data.series!.name}" is also claimed by ${others.join(', ')}`,
        fix: 'give each article of the series its own part number',
        severity: 'error',
      });
    }
  }
  return problems;
}
