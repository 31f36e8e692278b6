/**
 * The sitemaps: @astrojs/sitemap lists the built pages (less the search form and the error page)
 * with a `lastmod` from the articles' dates (every other page: the newest date of what it shows,
 * read from its built HTML by src/lib/sitemap/shown-dates.ts) and, for a page with translations, `xhtml:link`
 * hreflang alternates; with `newsSitemap.enabled` in the site config, a Google News sitemap is
 * written beside it and listed in the sitemap index. Every address is in the run's edition.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import sitemap from '@astrojs/sitemap';
import { readFileSync, writeFileSync } from 'node:fs';
import { alternatesOf, type Translations } from '../lib/sitemap/alternates.ts';
import { lastModifiedPages, type DatedArticle } from '../lib/sitemap/lastmod.ts';
import { newsArticles, newsSitemap } from '../lib/sitemap/news.ts';
import { inSitemap } from '../lib/sitemap/pages.ts';
import { datesOfShownPages, pathsShown } from '../lib/sitemap/shown-dates.ts';
import { pageEdition, type PageEdition } from '../lib/editions/page-edition.ts';
import { site } from '../site.config.ts';

export const NEWS_SITEMAP_FILE = 'news-sitemap.xml';

/** What the sitemaps need of the run's edition: its language and its addresses. */
export type SitemapEdition = Pick<PageEdition, 'lang' | 'path' | 'urlIn'>;

/**
 * `publishedArticles`: the published articles of the validated site (of this run's edition), which
 * ./site.ts passes in; `translations`: the pages of this run with translations (articleTranslations
 * in src/lib/sitemap/alternates.ts), empty for a site of one edition; `edition`: the run's edition.
 */
export default function sitemaps(
  publishedArticles: () => readonly DatedArticle[],
  translations: () => Translations = () => new Map(),
  edition: SitemapEdition = pageEdition(site.editions, site.editions.defaultLang, site.url),
): AstroIntegration[] {
  let logger: AstroIntegrationLogger | undefined;
  let articles: readonly DatedArticle[] | undefined;
  let lastmods: Map<string, string> | undefined;
  let alternates: Translations | undefined;
  // The built pages and where they were written, from the sitemap plugin's own build:done.
  let built: { dir: URL; pathnames: string[] } | undefined;
  const published = () => (articles ??= publishedArticles());
  const translated = () => (alternates ??= translations());
  const datePages = () => {
    const started = performance.now();
    const days = lastModifiedPages(published(), site.pageSize, edition.path);
    const shown = datesOfShownPages(pagesShown(days), days, (path) => path.startsWith(edition.path('/articles/')));
    for (const [path, day] of shown) days.set(path, day);
    logger?.info(`lastmod: ${days.size} pages dated from ${published().length} articles, ${shown.size} of them by what they show (${Math.round(performance.now() - started)} ms)`);
    return days;
  };
  // The links of each built page that the articles' dates do not date.
  const pagesShown = (dated: ReadonlyMap<string, string>): Map<string, string[]> => {
    const shown = new Map<string, string[]>();
    for (const pathname of built?.pathnames ?? []) {
      const path = edition.path(`/${pathname}`.replace(/\/?$/, '/'));
      if (dated.has(path) || !inSitemap(new URL(path, site.url).href, edition.path)) continue;
      try {
        shown.set(path, pathsShown(readFileSync(new URL(`${pathname.replace(/\/?$/, '/')}index.html`.replace(/^\//, ''), built!.dir), 'utf8')));
      } catch {
        // Not a directory page (a file route such as rss.xml): it shows no articles.
      }
    }
    return shown;
  };
  const address = (route: string) => edition.urlIn(edition.lang, route);
  const news = site.newsSitemap.enabled;
  const plugin = sitemap({
    filter: (url) => inSitemap(url, edition.path),
    // The sitemap plugin reads its options when the build is done, after validation handed over
    // the content: only then is it known whether any page has translations. Without any, the
    // xhtml namespace is not declared, so a one-edition site's sitemap stays as it was.
    namespaces: {
      news: false,
      get xhtml() {
        return translated().size > 0;
      },
      image: false,
      video: false,
    },
    ...(news ? { customSitemaps: [address(`/${NEWS_SITEMAP_FILE}`)] } : {}),
    serialize(item) {
      lastmods ??= datePages();
      const day = lastmods.get(new URL(item.url).pathname);
      const links = alternatesOf(item.url, edition.lang, translated());
      return { ...item, ...(day ? { lastmod: day } : {}), ...(links ? { links } : {}) };
    },
  });
  const buildDone = plugin.hooks['astro:build:done']!;
  plugin.hooks['astro:build:done'] = (options) => {
    built = { dir: options.dir, pathnames: options.pages.map((page) => page.pathname) };
    return buildDone(options);
  };
  return [
    plugin,
    {
      name: 'sitemaps',
      hooks: {
        'astro:config:setup': ({ logger: log }) => {
          logger = log;
        },
        'astro:build:done': ({ dir, logger }) => {
          if (!news) return;
          const listed = newsArticles(published().map(({ id, data }) => ({ id, title: data.title, date: data.date })));
          const publication = { name: site.newsSitemap.publicationName, language: edition.lang };
          writeFileSync(new URL(NEWS_SITEMAP_FILE, dir), newsSitemap(listed, publication, address));
          logger.info(`${NEWS_SITEMAP_FILE}: ${listed.length} ${listed.length === 1 ? 'article' : 'articles'}`);
        },
      },
    },
  ];
}
