/**
 * Feeds from the published articles: the main feed with each article's full text, and one feed per
 * subject (topic, scripture book, author, source, series) with summaries. Every feed holds the newest
 * site.feedSize articles, so its size does not grow with the archive; the feed of updates holds the
 * newest site.feedSize updates (src/data/updates-feed.ts). Every word and address is in the build's
 * edition (src/data/subject-feeds.ts, the pure part); this module renders bodies and answers routes.
 */
import { render } from 'astro:content';
import { loadRenderers } from 'astro:container';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { mdxComponents } from '../components/mdx-components.ts';
import { allAuthors, articlesForScriptureIndex, pageContext } from './query.ts';
import * as subjects from './subject-feeds.ts';
import { addressIn, articleUrlIn, feedArticle, mainChannel, subjectChannel, updatesFeed, type SubjectFeed } from './subject-feeds.ts';
import { feedHtml } from '../lib/feeds/absolute-html.ts';
import { feedItem } from '../lib/feeds/items.ts';
import { rssDocument } from '../lib/feeds/rss.ts';
import { buildScriptureIndex } from '../lib/archive/scripture-index.ts';
import { site } from '../site.config.ts';
import { keyed } from './keyed-paths.ts';
import type { FeedChannel } from '../lib/feeds/rss.ts';

export type { SubjectFeed };

/** The feed document of a subject: summaries of its newest articles (its channel, computed in `feedPaths`). */
export function subjectFeedResponse(channel: FeedChannel): Response {
  return xmlResponse(rssDocument(channel));
}

/** The main feed: the newest articles with their full text, every link and image absolute. */
export async function mainFeedResponse(): Promise<Response> {
  const context = await pageContext();
  const { edition } = context;
  const articles = context.published.slice(0, site.feedSize);
  const renderers = await loadRenderers([getContainerRenderer()]);
  const container = await AstroContainer.create({ renderers });
  const items = [];
  // One at a time: the order of the feed is the order of the list, and memory holds one body.
  for (const article of articles) {
    const { Content } = await render(article);
    const html = await container.renderToString(Content, { props: { components: mdxComponents } });
    const content = feedHtml(html, articleUrlIn(edition, article.id));
    items.push(feedItem({ ...feedArticle(article, context), content }, addressIn(edition)));
  }
  return xmlResponse(rssDocument(mainChannel(edition, items)));
}

/** /updates/rss.xml: the newest updates, one item each. */
export async function updatesFeedResponse(): Promise<Response> {
  return xmlResponse(rssDocument(updatesFeed(await pageContext())));
}

/** One feed per topic, at /topics/<slug>/rss.xml. */
export async function topicFeeds(): Promise<SubjectFeed[]> {
  return subjects.topicFeeds(await pageContext());
}

/** One feed per source publication, at /sources/<slug>/rss.xml. */
export async function sourceFeeds(): Promise<SubjectFeed[]> {
  return subjects.sourceFeeds(await pageContext());
}

/** One feed per author (an author without articles has an empty feed, as their page has an empty list). */
export async function authorFeeds(): Promise<SubjectFeed[]> {
  return subjects.authorFeeds(await allAuthors(), await pageContext());
}

/** One feed per cited book of scripture (in the frontmatter or the text, as the scripture index counts them). */
export async function bookFeeds(): Promise<SubjectFeed[]> {
  const { messages, scripture } = (await pageContext()).edition;
  // In the edition's language: the German run writes /bibel/matthaeus/rss.xml for Matthäus.
  return buildScriptureIndex(await articlesForScriptureIndex(), scripture).books.map((entry) => ({
    param: scripture.bookSlug(entry.book),
    name: entry.name,
    description: messages['feed.book'](entry.name, site.title),
    pagePath: entry.url,
    articles: entry.articles,
  }));
}

/** One feed per series, at /series/<slug>/rss.xml: its parts newest first, so a new part reaches readers. */
export async function seriesFeeds(): Promise<SubjectFeed[]> {
  return subjects.seriesFeeds(await pageContext());
}

/**
 * Route entries for a feed page: `getStaticPaths() { return feedPaths(topicFeeds(), 'slug') }`. Each
 * carries the channel it prints, so its cache key is the hash of the feed itself (src/data/keyed-paths.ts).
 */
export async function feedPaths(feeds: Promise<SubjectFeed[]>, param: string) {
  const context = await pageContext();
  return keyed((await feeds).map((feed) => ({ params: { [param]: feed.param }, props: { channel: subjectChannel(feed, context) } })));
}

function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
