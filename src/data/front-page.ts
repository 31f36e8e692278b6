/**
 * What the first page of the home page adds to a plain list (HomePage.astro): a lead story shown large
 * with its picture, the other stories smaller, and two blocks that lead into the archive, the series
 * and the most-written-about topics. Later pages (/page/2/…) are plain lists.
 */
import type { Article } from './entries.ts';
import type { PageContext } from './page-context.ts';
import { allSeries } from './series.ts';
import { groupByTopic } from '../lib/archive/collections.ts';
import { countFor } from '../lib/i18n/index.ts';

/** One link of a front-page block: a series or a topic, with how much is in it. */
export interface FrontLink {
  href: string;
  name: string;
  /** `3 parts`, `5 articles`, in the edition's words and digits. */
  count: string;
}

/** A block of links beside the stories, under its heading; absent when it would be empty. */
export interface FrontBlock {
  heading: string;
  links: FrontLink[];
  /** The index the block is a part of: every series, every topic. */
  more: { href: string; text: string };
}

/** Topics the topics block shows at most: the ones with the most articles. */
export const FRONT_TOPICS = 8;

/**
 * The lead story of the first page: the newest of its articles that has a lead image (a front page leads
 * with a picture), else the newest. Returns its index in `items` (newest first).
 */
export function leadIndex(items: readonly Pick<Article, 'data'>[]): number {
  const pictured = items.findIndex((article) => article.data.image !== undefined);
  return pictured === -1 ? 0 : pictured;
}

/** The series block: every series, newest first as grouped (src/lib/newsroom/series.ts). */
export function seriesBlock(context: Pick<PageContext, 'published' | 'edition'>): FrontBlock | undefined {
  const { messages: m, path, locale } = context.edition;
  const series = allSeries(context);
  if (series.length === 0) return undefined;
  return {
    heading: m['home.series'],
    links: series.map((s) => ({ href: path(`/series/${s.slug}/`), name: s.name, count: countFor(m, locale, 'count.part', s.total) })),
    more: { href: path('/series/'), text: m['series.all'] },
  };
}

/** The topics block: the topics with the most articles (ties by name, as the topic index sorts them). */
export function topicsBlock(context: Pick<PageContext, 'published' | 'edition'>, limit: number = FRONT_TOPICS): FrontBlock | undefined {
  const { messages: m, path, locale } = context.edition;
  const topics = groupByTopic(context.published)
    .map((group, order) => ({ group, order }))
    .sort((a, b) => b.group.articles.length - a.group.articles.length || a.order - b.order)
    .slice(0, limit);
  if (topics.length === 0) return undefined;
  return {
    heading: m['home.topics'],
    links: topics.map(({ group }) => ({ href: path(`/topics/${group.slug}/`), name: group.name, count: countFor(m, locale, 'count.article', group.articles.length) })),
    more: { href: path('/topics/'), text: m['topics.back'] },
  };
}
