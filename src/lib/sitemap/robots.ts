/** robots.txt: every page may be crawled; the sitemaps of the editions served from this host are named. */

/** The robots.txt text naming each sitemap index (absolute addresses), in the order given. */
export function robotsTxt(sitemaps: readonly string[]): string {
  return `User-agent: *\nAllow: /\n\n${sitemaps.map((url) => `Sitemap: ${url}\n`).join('')}`;
}
