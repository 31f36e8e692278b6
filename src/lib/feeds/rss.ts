/**
 * Writes an RSS 2.0 document from a channel and its items: every value escaped, characters XML 1.0
 * forbids removed, no clock (the build date is the newest item's date), so one content gives one file.
 */
import { rfc822Date, type FeedItem } from './items.ts';

export interface FeedChannel {
  title: string;
  /** The absolute address of the page the feed follows (a topic page, the home page). */
  link: string;
  description: string;
  /** The feed's own absolute address, for `atom:link rel="self"`. */
  self: string;
  /** BCP 47. */
  language: string;
  items: readonly FeedItem[];
}

// Tab, line feed and carriage return are the only controls XML 1.0 allows; lone surrogates and
// U+FFFE/U+FFFF are not characters at all. A parser stops at any of them.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

function itemXml(item: FeedItem): string {
  return [
    '<item>',
    element('title', item.title),
    element('link', item.link),
    `<guid isPermaLink="${item.permalink === false ? 'false' : 'true'}">${escapeXml(item.guid)}</guid>`,
    element('pubDate', item.pubDate),
    ...(item.modified ? [element('dcterms:modified', item.modified)] : []),
    element('description', item.description),
    element('dc:creator', item.author),
    ...item.categories.map((category) => element('category', category)),
    ...(item.content !== undefined ? [element('content:encoded', item.content)] : []),
    '</item>',
  ].join('');
}

/** The newest publication or update among `items`, as an RFC 822 date; undefined for an empty feed. */
function lastBuildDate(items: readonly FeedItem[]): string | undefined {
  let newest: string | undefined;
  for (const item of items) if (!newest || item.changed > newest) newest = item.changed;
  return newest ? rfc822Date(newest) : undefined;
}

/** The RSS 2.0 document, items in the order given. */
export function rssDocument(channel: FeedChannel): string {
  const built = lastBuildDate(channel.items);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" ',
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    element('description', channel.description),
    element('language', channel.language),
    ...(built ? [element('lastBuildDate', built)] : []),
    `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    ...channel.items.map(itemXml),
    '</channel>',
    '</rss>\n',
  ].join('');
}
