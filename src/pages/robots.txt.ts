// robots.txt: every page may be crawled; it names the sitemap index of each edition this host serves
// (the default edition and the /<lang>/ editions built beside it). The /<lang>/ runs write one too,
// which crawlers do not read.
import { siteContent } from 'virtual:watchman/site-content';
import { pageContext } from '../data/query.ts';
import { hostSitemaps, robotsTxt } from '../lib/sitemap/robots.ts';
import { site } from '../site.config.ts';

export async function GET() {
  const { edition } = await pageContext();
  const editions = siteContent().editions ?? {};
  const sitemaps = hostSitemaps(site.editions, edition.lang, (lang) => editions[lang]?.published ?? 0, edition.urlIn);
  return new Response(robotsTxt(sitemaps), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
