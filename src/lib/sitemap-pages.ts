/** Which pages the sitemap lists: every page a search engine should show, so not the 404 page nor the search page (its results are other pages). */

const LEFT_OUT = new Set(['/404/', '/404.html', '/search/']);

/** `https://example.org/search/` → false; `https://example.org/topics/` → true. */
export function inSitemap(pageUrl: string): boolean {
  return !LEFT_OUT.has(new URL(pageUrl).pathname);
}
