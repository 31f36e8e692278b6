/** Which built pages belong in the sitemap: content, not the search form or the error page. */

/** Root-relative paths of pages that are tools or errors, not content a search engine should list. */
export const NOT_IN_SITEMAP: readonly string[] = ['/404/', '/search/'];

/** Whether the page at `url` (absolute, as the sitemap integration passes it) goes in the sitemap. */
export function inSitemap(url: string): boolean {
  return !NOT_IN_SITEMAP.includes(new URL(url).pathname);
}
