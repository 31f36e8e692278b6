/**
 * The Google News sitemap: the articles published within two days of the newest one, counted from
 * the content's own dates (no clock), so one content gives one file. Google reads only articles of
 * the last two days and at most 1,000 URLs per news sitemap.
 */
import { escapeXml } from '../feeds/rss.ts';
import { absoluteUrl, articlePath, type AddressOf } from '../feeds/items.ts';
import { toUtcDate } from '../text/dates.ts';
import { compareText } from '../text/text-order.ts';

export const NEWS_WINDOW_DAYS = 2;
export const NEWS_MAX_URLS = 1000;

export interface NewsArticle {
  id: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
}

export interface NewsPublication {
  /** Exactly as the publication is registered with Google News. */
  name: string;
  /** BCP 47 language of the site (`en`, `en-GB`, `zh-TW`). */
  language: string;
}

/** Google News wants an ISO 639 code: the primary language, except `zh-cn` and `zh-tw`. */
export function newsLanguage(bcp47: string): string {
  const lower = bcp47.toLowerCase();
  if (lower === 'zh-cn' || lower === 'zh-tw') return lower;
  return lower.split('-')[0] ?? lower;
}

/** The articles the news sitemap lists: newest first, dated at most NEWS_WINDOW_DAYS before the newest. */
export function newsArticles<T extends NewsArticle>(articles: readonly T[]): T[] {
  const newest = articles.reduce<string | undefined>((max, a) => (!max || a.date > max ? a.date : max), undefined);
  if (!newest) return [];
  const from = new Date(toUtcDate(newest).getTime() - NEWS_WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10);
  return articles
    .filter((article) => article.date >= from)
    .sort((a, b) => compareText(b.date, a.date) || compareText(a.id, b.id))
    .slice(0, NEWS_MAX_URLS);
}

/**
 * The news sitemap document for `articles` (already chosen by newsArticles); `site` is the site's
 * address, or the function giving a route's absolute address in the run's edition.
 */
export function newsSitemap(articles: readonly NewsArticle[], publication: NewsPublication, site: string | AddressOf): string {
  const name = escapeXml(publication.name);
  const language = escapeXml(newsLanguage(publication.language));
  const address: AddressOf = typeof site === 'string' ? (route) => absoluteUrl(route, site) : site;
  const urls = articles.map(
    (article) =>
      `<url><loc>${escapeXml(address(articlePath(article.id)))}</loc><news:news>` +
      `<news:publication><news:name>${name}</news:name><news:language>${language}</news:language></news:publication>` +
      `<news:publication_date>${escapeXml(article.date)}</news:publication_date><news:title>${escapeXml(article.title)}</news:title>` +
      '</news:news></url>',
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' +
    urls.join('') +
    '</urlset>\n'
  );
}
