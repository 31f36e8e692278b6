/**
 * The feed of updates, /updates/rss.xml: the newest site.feedSize updates, one item each, so a
 * reader who follows a story hears when it moves on. Each item links to the article's list of
 * updates; an article page holds several updates, so the guid is a stable name, not an address.
 */
import { allNotes, archivePath, NOTE_TEXT } from './dated-notes.ts';
import type { PageContext } from './page-context.ts';
import { followFeed } from '../lib/feeds/follow.ts';
import { absoluteUrl, articlePath, rfc822Date, type FeedItem } from '../lib/feeds/items.ts';
import type { FeedChannel } from '../lib/feeds/rss.ts';
import { site } from '../site.config.ts';

/** What the feed says (a strings table per edition comes next). */
export const UPDATES_FEED_TEXT = {
  itemTitle: (articleTitle: string) => `Update: ${articleTitle}`,
  description: (siteTitle: string) => `Updates to articles after publication, newest first, from ${siteTitle}.`,
};

/** The channel of /updates/rss.xml. */
export function updatesFeed(context: Pick<PageContext, 'published' | 'authors'>, limit: number = site.feedSize): FeedChannel {
  const path = archivePath('updates');
  const sameDay = new Map<string, number>();
  const items: FeedItem[] = allNotes(context, 'updates').map((update) => {
    const { article } = update;
    const page = absoluteUrl(articlePath(article.id), site.url);
    // Same-day updates of one article come together, in the order written: the second is `-2`.
    const key = `${article.id} ${update.date}`;
    const nth = (sameDay.get(key) ?? 0) + 1;
    sameDay.set(key, nth);
    return {
      title: UPDATES_FEED_TEXT.itemTitle(article.data.title),
      link: `${page}#updates-heading`,
      guid: `${page}#update-${update.date}${nth > 1 ? `-${nth}` : ''}`,
      permalink: false,
      pubDate: rfc822Date(update.date),
      changed: update.date,
      description: update.text,
      author: context.authors.get(article.data.author.id)?.data.name ?? article.data.author.id,
      categories: article.data.topics,
    };
  });
  const { href, title } = followFeed(path, NOTE_TEXT.updates.heading);
  return {
    title,
    link: absoluteUrl(path, site.url),
    description: UPDATES_FEED_TEXT.description(site.title),
    self: absoluteUrl(href, site.url),
    language: site.language,
    items: items.slice(0, limit),
  };
}
