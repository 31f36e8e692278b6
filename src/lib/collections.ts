/** Pure grouping and ordering of articles for list pages: data in, data out. */
import { slugify } from './slug.ts';

/** The fields list pages need; both validated entries and test doubles satisfy it. */
export interface ListableArticle {
  id: string;
  data: {
    title: string;
    date: string;
    topics: string[];
    source: { name: string };
  };
}

/** Newest first; same-day articles by title, then id, so the order never depends on file-system order. */
export function sortNewestFirst<T extends ListableArticle>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id),
  );
}

export interface Group<T> {
  slug: string;
  /** Display name: the most frequent spelling among the group's articles; ties go to the first in code-point order, so capitalised spellings win. */
  name: string;
  articles: T[];
}

function groupBy<T extends ListableArticle>(articles: readonly T[], keysOf: (a: T) => string[]): Group<T>[] {
  const groups = new Map<string, { names: Map<string, number>; articles: T[] }>();
  for (const article of sortNewestFirst(articles)) {
    const seen = new Set<string>();
    for (const name of keysOf(article)) {
      const slug = slugify(name);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      const group = groups.get(slug) ?? { names: new Map<string, number>(), articles: [] as T[] };
      group.names.set(name, (group.names.get(name) ?? 0) + 1);
      group.articles.push(article);
      groups.set(slug, group);
    }
  }
  return [...groups.entries()]
    .map(([slug, group]) => ({
      slug,
      name: [...group.names.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0],
      articles: group.articles,
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));
}

/** Articles grouped by topic slug. */
export function groupByTopic<T extends ListableArticle>(articles: readonly T[]): Group<T>[] {
  return groupBy(articles, (a) => a.data.topics);
}

/** Articles grouped by source publication. */
export function groupBySource<T extends ListableArticle>(articles: readonly T[]): Group<T>[] {
  return groupBy(articles, (a) => [a.data.source.name]);
}

/** Articles grouped by year, newest year first. */
export function groupByYear<T extends ListableArticle>(articles: readonly T[]): { year: number; articles: T[] }[] {
  const years = new Map<number, T[]>();
  for (const article of sortNewestFirst(articles)) {
    const year = Number(article.data.date.slice(0, 4));
    years.set(year, [...(years.get(year) ?? []), article]);
  }
  return [...years.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, articles: list }));
}

/** Splits a list into pages of `size` (at least one page, even when empty). */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/** Previous and next articles in reading order (newest first). */
export function neighbours<T extends ListableArticle>(sorted: readonly T[], id: string): { newer?: T; older?: T } {
  const index = sorted.findIndex((a) => a.id === id);
  if (index === -1) return {};
  const out: { newer?: T; older?: T } = {};
  if (index > 0) out.newer = sorted[index - 1]!;
  if (index < sorted.length - 1) out.older = sorted[index + 1]!;
  return out;
}

/** Reading time in whole minutes at 230 words a minute, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
