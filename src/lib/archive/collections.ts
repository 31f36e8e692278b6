/** Pure grouping and ordering of articles for list pages: data in, data out. */
import { slugify } from '../text/slug.ts';
import { compareForDisplay, compareText } from '../text/text-order.ts';

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
    (a, b) => compareText(b.data.date, a.data.date) || compareForDisplay(a.data.title, b.data.title) || compareText(a.id, b.id),
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
    .sort((a, b) => compareForDisplay(a.name, b.name) || compareText(a.slug, b.slug));
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
    const list = years.get(year);
    if (list) list.push(article);
    else years.set(year, [article]);
  }
  return [...years.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, articles: list }));
}

/** Articles grouped by author id (newest first within each), in one pass over the archive. */
export function groupByAuthor<T extends ListableArticle & { data: { author: { id: string } } }>(articles: readonly T[]): Map<string, T[]> {
  const byAuthor = new Map<string, T[]>();
  for (const article of sortNewestFirst(articles)) {
    const list = byAuthor.get(article.data.author.id);
    if (list) list.push(article);
    else byAuthor.set(article.data.author.id, [article]);
  }
  return byAuthor;
}

/**
 * The address of page `n` of a list whose first page is `base`: page 1 is `base` itself, later
 * pages `${base}${prefix}${n}/` (`/topics/wars/2/`; the home page uses prefix `page/`).
 */
export function pageUrl(base: string, n: number, prefix = ''): string {
  return n === 1 ? base : `${base}${prefix}${n}/`;
}

/** One page of a paginated list. */
export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  current: number;
  total: number;
  url: string;
  prev?: string;
  next?: string;
  /** What later pages are addressed by (`''` or `page/`), for the Pagination component. */
  prefix: string;
  base: string;
}

/** A list cut into pages of `size`, each knowing its address and its neighbours' (at least one page). */
export function listPages<T>(items: readonly T[], size: number, base: string, prefix = ''): ListPage<T>[] {
  const pages = paginate(items, size);
  return pages.map((pageItems, i) => ({
    items: pageItems,
    current: i + 1,
    total: pages.length,
    url: pageUrl(base, i + 1, prefix),
    ...(i > 0 ? { prev: pageUrl(base, i, prefix) } : {}),
    ...(i + 1 < pages.length ? { next: pageUrl(base, i + 2, prefix) } : {}),
    prefix,
    base,
  }));
}

/** The route parameter of a `[...page]` route: undefined for page 1, `"2"` for page 2. */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : String(n);
}

/** Splits a list into pages of `size` (at least one page, even when empty). */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/** Previous and next articles in reading order (newest first). */
export function neighbours<T extends ListableArticle>(sorted: readonly T[], id: string): { newer?: T; older?: T } {
  const index = positionIn(sorted, id);
  if (index === -1) return {};
  const out: { newer?: T; older?: T } = {};
  if (index > 0) out.newer = sorted[index - 1]!;
  if (index < sorted.length - 1) out.older = sorted[index + 1]!;
  return out;
}

// Each sorted list's positions by id, made once per list: every article page asks for its
// neighbours, and a search through the list for each was quadratic (1.3 s at 10,000 articles).
// Lists handed here are not changed after they are made (the page context's are built once per run).
const positions = new WeakMap<readonly ListableArticle[], Map<string, number>>();

function positionIn(sorted: readonly ListableArticle[], id: string): number {
  let byId = positions.get(sorted);
  if (!byId) {
    byId = new Map();
    // The first of a repeated id, as a search from the start would find.
    sorted.forEach((article, index) => byId!.has(article.id) || byId!.set(article.id, index));
    positions.set(sorted, byId);
  }
  return byId.get(id) ?? -1;
}

/** Reading time in whole minutes at 230 words a minute, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
