/** Which built pages belong in the sitemap: content, not the search form or the error page. */

/** Root-relative paths of pages that are tools or errors, not content a search engine should list. */
export const NOT_IN_SITEMAP: readonly string[] = ['/404/', '/search/'];

/** Whether the page at `url` (absolute, as the sitemap integration passes it) goes in the sitemap; `path` gives a route's address in the run's edition (`/search/` → `/de/search/`). */
export function inSitemap(url: string, path: (route: string) => string = (route) => route): boolean {
  const pathname = new URL(url).pathname;
  return !NOT_IN_SITEMAP.some((route) => pathname === path(route));
}
