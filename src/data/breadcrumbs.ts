/**
 * The way back from a page, as its page data gives it to the Breadcrumbs component: either links back
 * up the site, or a trail from the top that ends at the page itself (named, not linked). The words are
 * here with the rest of the page data, so the component holds none.
 */
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

const LABEL = 'Breadcrumb';

/** A way back up: `All topics`, `People quoted`, `About <author>`. */
export function backTo(href: string, label: string): Breadcrumbs {
  return { label: LABEL, links: [{ href, label }] };
}

/** A trail from the top of a section down to this page: `Scripture index › Matthew › Matthew 24`. */
export function trailTo(links: Crumb[], current: string): Breadcrumbs {
  return { label: LABEL, links, current };
}

/** The top of the scripture section's trails. */
export const SCRIPTURE_INDEX: Crumb = { href: '/scripture/', label: 'Scripture index' };
