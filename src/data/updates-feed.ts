/**
 * The feed of updates, /updates/rss.xml: the newest site.feedSize updates, one item each, so a
 * reader who follows a story hears when it moves on. Each item links to the article's list of
 * updates; an article page holds several updates, so the guid is a stable name, not an address.
 */
import { allNotes, archivePath, noteText } from './dated-notes.ts';
import type { PageContext } from './page-context.ts';
import { followFeed } from '../lib/feeds/follow.ts';
import { articlePath, feedPathOf, rfc822Date, type FeedItem } from '../lib/feeds/items.ts';
import type { FeedChannel } from '../lib/feeds/rss.ts';
import { site } from '../site.config.ts';

/** The channel of /updates/rss.xml, in the edition's words and addresses. */
export function updatesFeed(context: Pick<PageContext, 'published' | 'authors' | 'edition'>, limit: number = site.feedSize): FeedChannel {
  const { edition } = context;
  const { messages } = edition;
  const address = (route: string) => edition.urlIn(edition.lang, route);
  const path = archivePath('updates');
  const sameDay = new Map<string, number>();
  const items: FeedItem[] = allNotes(context, 'updates').map((update) => {
    const { article } = update;
    const page = address(articlePath(article.id));
    // Same-day updates of one article come together, in the order written: the second is `-2`.
    const key = `${article.id} ${update.date}`;
    const nth = (sameDay.get(key) ?? 0) + 1;
    sameDay.set(key, nth);
    return {
      title: messages['feed.update-title'](article.data.title),
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
  return {
    title: followFeed(path, noteText(messages, 'updates').heading).title,
    link: address(path),
    description: messages['feed.updates'](site.title),
    self: address(feedPathOf(path)),
    language: edition.lang,
    items: items.slice(0, limit),
  };
}
