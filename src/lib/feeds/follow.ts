/** The feed that follows a list page: its address and title, the same in the page's head, its link and the feed itself. */
import { site } from '../../site.config.ts';
import { feedPathOf } from './items.ts';
import type { PageEdition } from '../editions/page-edition.ts';

export interface FollowFeed {
  /** Root-relative (`/topics/wars/rss.xml`). */
  href: string;
  /** `Wars · Watchman Notes`. */
  title: string;
}

/** The feed beside the list at `listPath`, following `name` (a topic, a book, an author, a source, a series). */
export function followFeed(listPath: string, name: string): FollowFeed {
  return { href: feedPathOf(listPath), title: `${name} · ${site.title}` };
}

/** A list's feed as its page shows it: the head's link (`href`, `title`), the name it follows and the visible link's words. */
export type LinkedFeed = FollowFeed & { name: string; text: string };

/** The feed that follows the list at `route` (unprefixed) in the page's edition. */
export function linkedFeed(edition: Pick<PageEdition, 'messages' | 'path'>, route: string, name: string): LinkedFeed {
  return { ...followFeed(edition.path(route), name), name, text: edition.messages['feed.follow'](name) };
}
