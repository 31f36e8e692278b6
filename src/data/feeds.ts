/**
 * Feeds from the published articles: the main feed with each article's full text, and one feed per
 * subject (topic, scripture book, author, source, series) with summaries. Every feed holds the newest
 * site.feedSize articles, so its size does not grow with the archive; the feed of updates holds the
 * newest site.feedSize updates (src/data/updates-feed.ts).
 */
import { render } from 'astro:content';
import { loadRenderers } from 'astro:container';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { mdxComponents } from '../components/mdx-components.ts';
import { allAuthors, articlesForScriptureIndex, authorsById, factsOf, pageContext, publishedArticles, type Article, type Author } from './query.ts';
import { summaryOf } from './page-context.ts';
import { updatesFeed } from './updates-feed.ts';
import { allSeries } from './series.ts';
import { groupByAuthor, groupBySource, groupByTopic, sortNewestFirst } from '../lib/archive/collections.ts';
import { feedHtml } from '../lib/feeds/absolute-html.ts';
import { followFeed } from '../lib/feeds/follow.ts';
import { absoluteUrl, articlePath, feedItem, type FeedArticle } from '../lib/feeds/items.ts';
import { rssDocument } from '../lib/feeds/rss.ts';
import { buildScriptureIndex } from '../lib/archive/scripture-index.ts';
import { lastUpdated } from '../lib/newsroom/dated-notes.ts';
import { site } from '../site.config.ts';

/** A feed that follows one subject: what it is called and which articles it holds (newest first). */
export interface SubjectFeed {
  /** The route parameter of the subject's list page (`north-korea`, `luke`, `jane-doe`). */
  param: string;
  /** `North Korea`, `Luke`, `Jane Doe`. */
  name: string;
  description: string;
  /** The list page the feed follows (`/topics/north-korea/`). */
  pagePath: string;
  articles: readonly Article[];
}

/** The feed document of a subject: summaries of its newest articles. */
export async function subjectFeedResponse(feed: SubjectFeed): Promise<Response> {
  const authors = await authorsById();
  const items = feed.articles.slice(0, site.feedSize).map((article) => feedItem(feedArticle(article, authors), site.url));
  const { href, title } = followFeed(feed.pagePath, feed.name);
  return xmlResponse(
    rssDocument({
      title,
      link: absoluteUrl(feed.pagePath, site.url),
      description: feed.description,
      self: absoluteUrl(href, site.url),
      language: site.language,
      items,
    }),
  );
}

/** The main feed: the newest articles with their full text, every link and image absolute. */
export async function mainFeedResponse(): Promise<Response> {
  const authors = await authorsById();
  const articles = (await publishedArticles()).slice(0, site.feedSize);
  const renderers = await loadRenderers([getContainerRenderer()]);
  const container = await AstroContainer.create({ renderers });
  const items = [];
  // One at a time: the order of the feed is the order of the list, and memory holds one body.
  for (const article of articles) {
    const { Content } = await render(article);
    const html = await container.renderToString(Content, { props: { components: mdxComponents } });
    const content = feedHtml(html, absoluteUrl(articlePath(article.id), site.url));
    items.push(feedItem({ ...feedArticle(article, authors), content }, site.url));
  }
  return xmlResponse(
    rssDocument({
      title: site.title,
      link: absoluteUrl('/', site.url),
      description: site.description,
      self: absoluteUrl('/rss.xml', site.url),
      language: site.language,
      items,
    }),
  );
}

/** /updates/rss.xml: the newest updates, one item each. */
export async function updatesFeedResponse(): Promise<Response> {
  return xmlResponse(rssDocument(updatesFeed(await pageContext())));
}

/** One feed per topic, at /topics/<slug>/rss.xml. */
export async function topicFeeds(): Promise<SubjectFeed[]> {
  return groupByTopic(await publishedArticles()).map((group) => ({
    param: group.slug,
    name: group.name,
    description: `Articles on ${group.name} from ${site.title}.`,
    pagePath: `/topics/${group.slug}/`,
    articles: group.articles,
  }));
}

/** One feed per source publication, at /sources/<slug>/rss.xml. */
export async function sourceFeeds(): Promise<SubjectFeed[]> {
  return groupBySource(await publishedArticles()).map((group) => ({
    param: group.slug,
    name: group.name,
    description: `Articles drawing on ${group.name}, from ${site.title}.`,
    pagePath: `/sources/${group.slug}/`,
    articles: group.articles,
  }));
}

/** One feed per author (an author without articles has an empty feed, as their page has an empty list). */
export async function authorFeeds(): Promise<SubjectFeed[]> {
  const byAuthor = groupByAuthor(await publishedArticles());
  return (await allAuthors()).map((author) => ({
    param: author.id,
    name: author.data.name,
    description: `Articles by ${author.data.name} on ${site.title}.`,
    pagePath: `/authors/${author.id}/`,
    articles: byAuthor.get(author.id) ?? [],
  }));
}

/** One feed per cited book of scripture (in the frontmatter or the text, as the scripture index counts them). */
export async function bookFeeds(): Promise<SubjectFeed[]> {
  return buildScriptureIndex(await articlesForScriptureIndex()).books.map((entry) => ({
    param: entry.book.slug,
    name: entry.book.name,
    description: `Articles citing the book of ${entry.book.name}, from ${site.title}.`,
    pagePath: entry.url,
    articles: entry.articles,
  }));
}

/** One feed per series, at /series/<slug>/rss.xml: its parts newest first, so a new part reaches readers. */
export async function seriesFeeds(): Promise<SubjectFeed[]> {
  return allSeries({ published: await publishedArticles() }).map((series) => ({
    param: series.slug,
    name: series.name,
    description: `The parts of the series ${series.name}, from ${site.title}.`,
    pagePath: `/series/${series.slug}/`,
    articles: sortNewestFirst(series.parts.map((part) => part.article)),
  }));
}

/** Route entries for a feed page: `getStaticPaths() { return feedPaths(topicFeeds(), 'slug') }`. */
export async function feedPaths(feeds: Promise<SubjectFeed[]>, param: string) {
  return (await feeds).map((feed) => ({ params: { [param]: feed.param }, props: { feed } }));
}

function feedArticle(article: Article, authors: Map<string, Author>): FeedArticle {
  return {
    id: article.id,
    title: article.data.title,
    date: article.data.date,
    // The last change: `updated`, or a later update (the contract does not ask for both).
    updated: lastUpdated(article.data),
    summary: summaryOf(article, { factsOf }),
    author: authors.get(article.data.author.id)?.data.name ?? article.data.author.id,
    topics: article.data.topics,
  };
}

function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
