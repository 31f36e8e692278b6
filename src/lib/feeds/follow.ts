/** The feed that follows a list page: its address and title, the same in the page's head, its link and the feed itself. */
import { site } from '../../site.config.ts';
import { feedPathOf } from './items.ts';

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
