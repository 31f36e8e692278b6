/** Feed items from articles, with no Astro involved: absolute links, permalink guids, RFC 822 dates. */
import { toUtcDate } from '../text/dates.ts';

/** What a feed needs of one article. */
export interface FeedArticle {
  id: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `YYYY-MM-DD`, on or after `date`. */
  updated?: string | undefined;
  summary: string;
  /** The author's display name. */
  author: string;
  topics: readonly string[];
  /** The article's rendered HTML (main feed only); its URLs are made absolute by the caller. */
  content?: string | undefined;
}

/** One `<item>`, every value final: URLs absolute, dates formatted. */
export interface FeedItem {
  title: string;
  link: string;
  /** The permalink: one article, one guid, in every feed it appears in. */
  guid: string;
  /** false when the guid is a stable name rather than the item's address (an update: one article page holds several). */
  permalink?: false | undefined;
  /** RFC 822 date-time (`Mon, 02 Mar 2026 00:00:00 GMT`). */
  pubDate: string;
  /** W3C date (`2026-03-05`) of the last update, for `dcterms:modified`. */
  modified?: string | undefined;
  /** W3C date of the publication or the last update, whichever is later (for the channel's build date). */
  changed: string;
  description: string;
  author: string;
  categories: readonly string[];
  content?: string | undefined;
}

/**
 * RFC 822 date-time of a `YYYY-MM-DD` day at midnight UTC, with a four-digit year as RFC 1123
 * (and the RSS 2.0 specification's examples) write it.
 */
export function rfc822Date(isoDay: string): string {
  const date = toUtcDate(isoDay);
  if (Number.isNaN(date.getTime())) throw new Error(`not a YYYY-MM-DD date: ${JSON.stringify(isoDay)}`);
  // toUTCString is specified (ECMA-262) as exactly this form, whatever the machine's locale or zone.
  return date.toUTCString();
}

/** The absolute address of a path on the site (`/articles/x/` → `https://example.org/articles/x/`). */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).href;
}

/** The page of an article. */
export function articlePath(id: string): string {
  return `/articles/${id}/`;
}

/** The absolute address of a site route in the feed's edition (`PageEdition.urlIn` bound to it). */
export type AddressOf = (route: string) => string;

/** The feed item of an article; `site` is the site's address, or the function giving a route's address in the feed's edition. */
export function feedItem(article: FeedArticle, site: string | AddressOf): FeedItem {
  const link = typeof site === 'string' ? absoluteUrl(articlePath(article.id), site) : site(articlePath(article.id));
  return {
    title: article.title,
    link,
    guid: link,
    pubDate: rfc822Date(article.date),
    ...(article.updated && article.updated > article.date ? { modified: article.updated } : {}),
    changed: lastChanged(article),
    description: article.summary,
    author: article.author,
    categories: article.topics,
    ...(article.content !== undefined ? { content: article.content } : {}),
  };
}

/** The newest day an article was published or updated: a feed's `lastBuildDate`, a sitemap's `lastmod`. */
export function lastChanged(article: { date: string; updated?: string | undefined }): string {
  return article.updated && article.updated > article.date ? article.updated : article.date;
}

/** Where the feed of a list lives: beside its first page (`/topics/wars/` → `/topics/wars/rss.xml`). */
export function feedPathOf(listPath: string): string {
  return `${listPath.endsWith('/') ? listPath : `${listPath}/`}rss.xml`;
}
