/**
 * The sitemaps: @astrojs/sitemap lists the built pages (less the search form and the error page)
 * with a `lastmod` from the articles' dates; with `newsSitemap.enabled` in the site config, a Google
 * News sitemap is written beside it and listed in the sitemap index.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import sitemap from '@astrojs/sitemap';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkProject } from '../lib/content/check-project.ts';
import { lastModifiedPages, type DatedArticle } from '../lib/sitemap/lastmod.ts';
import { newsArticles, newsSitemap } from '../lib/sitemap/news.ts';
import { inSitemap } from '../lib/sitemap/pages.ts';
import { site } from '../site.config.ts';

export const NEWS_SITEMAP_FILE = 'news-sitemap.xml';

/** Published articles as validation read them: the validation cache is warm by now, so no file is parsed again. */
function publishedArticles(root: string): DatedArticle[] {
  return checkProject(root)
    .articles.filter((article) => !article.data.draft)
    .map(({ id, data }) => ({
      id,
      data: { title: data.title, date: data.date, updated: data.updated, topics: data.topics, source: data.source, author: { id: data.author } },
    }));
}

export default function sitemaps(): AstroIntegration[] {
  let root = '';
  let logger: AstroIntegrationLogger | undefined;
  let articles: DatedArticle[] | undefined;
  let lastmods: Map<string, string> | undefined;
  const published = () => (articles ??= publishedArticles(root));
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
        'astro:config:setup': ({ config, logger: log }) => {
          root = fileURLToPath(config.root);
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
