/**
 * The way back from a page, as its page data gives it to the Breadcrumbs component: either links back
 * up the site, or a trail from the top that ends at the page itself (named, not linked). The words are
 * here with the rest of the page data, so the component holds none.
 */
import type { Messages } from '../lib/i18n/index.ts';
import type { PageEdition } from '../lib/editions/page-edition.ts';

export interface Crumb {
  href: string;
  label: string;
}

export interface Breadcrumbs {
  /** The navigation landmark's name, read by screen readers. */
  label: string;
  links: Crumb[];
  /** The page itself, last in a trail; absent when the breadcrumbs are only a way back. */
  current?: string | undefined;
}

/** A way back up to `route` in the page's edition: `All topics`, `People quoted`, `About <author>`. */
export function backTo(edition: Pick<PageEdition, 'messages' | 'path'>, route: string, label: string): Breadcrumbs {
  return { label: edition.messages.breadcrumb, links: [{ href: edition.path(route), label }] };
}

/** A trail from the top of a section down to this page: `Scripture index › Matthew › Matthew 24`. */
export function trailTo(links: Crumb[], current: string, messages: Pick<Messages, 'breadcrumb'>): Breadcrumbs {
  return { label: messages.breadcrumb, links, current };
}
