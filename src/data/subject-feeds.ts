/**
 * The feeds' channels and subjects, pure (no Astro): which articles each subject's feed follows,
 * its words in the edition's language and every address in the edition. src/data/feeds.ts renders
 * the bodies and answers the routes; tests compute these from plain objects.
 */
import type { Article, Author } from './entries.ts';
import { summaryOf, type PageContext } from './page-context.ts';
import { updatesFeed } from './updates-feed.ts';
import { allSeries } from './series.ts';
import { groupByAuthor, groupBySource, groupByTopic, sortNewestFirst } from '../lib/archive/collections.ts';
import { followFeed } from '../lib/feeds/follow.ts';
import { articlePath, feedItem, feedPathOf, type AddressOf, type FeedArticle, type FeedItem } from '../lib/feeds/items.ts';
import type { FeedChannel } from '../lib/feeds/rss.ts';
import type { PageEdition } from '../lib/editions/page-edition.ts';
import { lastUpdated } from '../lib/newsroom/dated-notes.ts';
import { site } from '../site.config.ts';

export { updatesFeed };

/** A feed that follows one subject: what it is called and which articles it holds (newest first). */
export interface SubjectFeed {
  /** The route parameter of the subject's list page (`north-korea`, `luke`, `jane-doe`). */
  param: string;
  /** `North Korea`, `Luke`, `Jane Doe`. */
  name: string;
  description: string;
  /** The route of the list page the feed follows (`/topics/north-korea/`), before the edition's prefix. */
  pagePath: string;
  articles: readonly Article[];
}

type FeedContext = Pick<PageContext, 'published' | 'edition'>;

/** The absolute address of a route in the feed's own edition. */
export const addressIn = (edition: Pick<PageEdition, 'lang' | 'urlIn'>): AddressOf => (route) => edition.urlIn(edition.lang, route);

/** One feed per topic, at /topics/<slug>/rss.xml. */
export function topicFeeds(context: FeedContext): SubjectFeed[] {
  const { messages } = context.edition;
  return groupByTopic(context.published).map((group) => ({
    param: group.slug,
    name: group.name,
    description: messages['feed.topic'](group.name, site.title),
    pagePath: `/topics/${group.slug}/`,
    articles: group.articles,
  }));
}

/** One feed per source publication, at /sources/<slug>/rss.xml. */
export function sourceFeeds(context: FeedContext): SubjectFeed[] {
  const { messages } = context.edition;
  return groupBySource(context.published).map((group) => ({
    param: group.slug,
    name: group.name,
    description: messages['feed.source'](group.name, site.title),
    pagePath: `/sources/${group.slug}/`,
    articles: group.articles,
  }));
}

/** One feed per author (an author without articles has an empty feed, as their page has an empty list). */
export function authorFeeds(authors: readonly Author[], context: FeedContext): SubjectFeed[] {
  const { messages } = context.edition;
  const byAuthor = groupByAuthor(context.published);
  return authors.map((author) => ({
    param: author.id,
    name: author.data.name,
    description: messages['feed.author'](author.data.name, site.title),
    pagePath: `/authors/${author.id}/`,
    articles: byAuthor.get(author.id) ?? [],
  }));
}

/** One feed per series, at /series/<slug>/rss.xml: its parts newest first, so a new part reaches readers. */
export function seriesFeeds(context: FeedContext): SubjectFeed[] {
  const { messages } = context.edition;
  return allSeries(context).map((series) => ({
    param: series.slug,
    name: series.name,
    description: messages['feed.series'](series.name, site.title),
    pagePath: `/series/${series.slug}/`,
    articles: sortNewestFirst(series.parts.map((part) => part.article)),
  }));
}

/** The channel of a subject's feed: summaries of its newest `feedSize` articles. */
export function subjectChannel(feed: SubjectFeed, context: Pick<PageContext, 'authors' | 'factsOf' | 'edition'>, feedSize: number = site.feedSize): FeedChannel {
  const { edition } = context;
  const address = addressIn(edition);
  const items = feed.articles.slice(0, feedSize).map((article) => feedItem(feedArticle(article, context), address));
  return {
    title: followFeed(feed.pagePath, feed.name).title,
    link: address(feed.pagePath),
    description: feed.description,
    self: address(feedPathOf(feed.pagePath)),
    language: edition.lang,
    items,
  };
}

/** The channel of the main feed, /rss.xml, around its items (made with `feedItem`, full text included). */
export function mainChannel(edition: PageEdition, items: readonly FeedItem[]): FeedChannel {
  const address = addressIn(edition);
  return { title: site.title, link: address('/'), description: edition.messages['home.description'], self: address('/rss.xml'), language: edition.lang, items };
}

/** What a feed needs of one article. */
export function feedArticle(article: Article, context: Pick<PageContext, 'authors' | 'factsOf'>): FeedArticle {
  return {
    id: article.id,
    title: article.data.title,
    date: article.data.date,
    // The last change: `updated`, or a later update (the contract does not ask for both).
    updated: lastUpdated(article.data),
    summary: summaryOf(article, context),
    author: context.authors.get(article.data.author.id)?.data.name ?? article.data.author.id,
    topics: article.data.topics,
  };
}

/** The page of an article in the edition, absolute (the base of its feed HTML's links). */
export const articleUrlIn = (edition: PageEdition, id: string): string => addressIn(edition)(articlePath(id));
