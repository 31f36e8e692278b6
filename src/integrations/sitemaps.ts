/**
 * The sitemaps: @astrojs/sitemap lists the built pages (less the search form and the error page)
 * with a `lastmod` from the articles' dates; with `newsSitemap.enabled` in the site config, a Google
 * News sitemap is written beside it and listed in the sitemap index.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import sitemap from '@astrojs/sitemap';
import { writeFileSync } from 'node:fs';
import { lastModifiedPages, type DatedArticle } from '../lib/sitemap/lastmod.ts';
import { newsArticles, newsSitemap } from '../lib/sitemap/news.ts';
import { inSitemap } from '../lib/sitemap/pages.ts';
import { site } from '../site.config.ts';

export const NEWS_SITEMAP_FILE = 'news-sitemap.xml';

/** `publishedArticles`: the published articles of the validated site, which ./site.ts passes in. */
export default function sitemaps(publishedArticles: () => readonly DatedArticle[]): AstroIntegration[] {
  let logger: AstroIntegrationLogger | undefined;
  let articles: readonly DatedArticle[] | undefined;
  let lastmods: Map<string, string> | undefined;
  const published = () => (articles ??= publishedArticles());
  const datePages = () => {
    const started = performance.now();
    const days = lastModifiedPages(published(), site.pageSize);
    logger?.info(`lastmod: ${days.size} pages dated from ${published().length} articles (${Math.round(performance.now() - started)} ms)`);
    return days;
  };
  const news = site.newsSitemap.enabled;
  return [
    sitemap({
      filter: inSitemap,
      namespaces: { news: false, xhtml: false, image: false, video: false },
      ...(news ? { customSitemaps: [new URL(`/${NEWS_SITEMAP_FILE}`, site.url).href] } : {}),
      serialize(item) {
        lastmods ??= datePages();
        const day = lastmods.get(new URL(item.url).pathname);
        return day ? { ...item, lastmod: day } : item;
      },
    }),
    {
      name: 'sitemaps',
      hooks: {
        'astro:config:setup': ({ logger: log }) => {
          logger = log;
        },
        'astro:build:done': ({ dir, logger }) => {
          if (!news) return;
          const listed = newsArticles(published().map(({ id, data }) => ({ id, title: data.title, date: data.date })));
          const publication = { name: site.newsSitemap.publicationName, language: site.language };
          writeFileSync(new URL(NEWS_SITEMAP_FILE, dir), newsSitemap(listed, publication, site.url));
          logger.info(`${NEWS_SITEMAP_FILE}: ${listed.length} ${listed.length === 1 ? 'article' : 'articles'}`);
        },
      },
    },
  ];
}
