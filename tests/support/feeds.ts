// Reads an RSS 2.0 feed with a real XML parser (fast-xml-parser) and lists every way it breaks the
// RSS 2.0 rules a feed reader relies on. Returns problems instead of asserting, so tests can show
// that it fails on broken feeds too.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

export interface ParsedItem {
  title: string | undefined;
  link: string | undefined;
  guid: string | undefined;
  guidIsPermaLink: string | undefined;
  pubDate: string | undefined;
  description: string | undefined;
  creator: string | undefined;
  modified: string | undefined;
  categories: string[];
  content: string | undefined;
}

export interface ParsedFeed {
  title: string | undefined;
  link: string | undefined;
  description: string | undefined;
  language: string | undefined;
  lastBuildDate: string | undefined;
  self: string | undefined;
  items: ParsedItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => name === 'item' || name === 'category',
});

const text = (value: unknown): string | undefined =>
  value === undefined ? undefined : typeof value === 'object' && value !== null ? String((value as Record<string, unknown>)['#text'] ?? '') : String(value);

/** The feed as a reader sees it; throws if the XML is not well-formed or is not RSS. */
export function parseFeed(xml: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const doc = parser.parse(xml) as { rss?: { '@version'?: string; channel?: Record<string, unknown> } };
  if (!doc.rss || doc.rss['@version'] !== '2.0' || !doc.rss.channel) throw new Error('not an RSS 2.0 document');
  const channel = doc.rss.channel;
  const self = channel['atom:link'] as Record<string, string> | undefined;
  return {
    title: text(channel['title']),
    link: text(channel['link']),
    description: text(channel['description']),
    language: text(channel['language']),
    lastBuildDate: text(channel['lastBuildDate']),
    self: self?.['@href'],
    items: ((channel['item'] as Record<string, unknown>[] | undefined) ?? []).map((item) => {
      const guid = item['guid'] as Record<string, string> | string | undefined;
      return {
        title: text(item['title']),
        link: text(item['link']),
        guid: text(guid),
        guidIsPermaLink: typeof guid === 'object' ? guid['@isPermaLink'] : undefined,
        pubDate: text(item['pubDate']),
        description: text(item['description']),
        creator: text(item['dc:creator']),
        modified: text(item['dcterms:modified']),
        categories: ((item['category'] as unknown[] | undefined) ?? []).map((c) => text(c) ?? ''),
        content: text(item['content:encoded']),
      };
    }),
  };
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) (GMT|UT|Z|[+-]\d{4})$/;

/** Whether `value` is an RFC 822 date-time (four-digit year, as RFC 1123) naming a real moment and the right weekday. */
export function isRfc822(value: string | undefined): boolean {
  const match = value ? RFC822.exec(value) : null;
  if (!match) return false;
  const date = new Date(value!);
  return !Number.isNaN(date.getTime()) && DAYS[date.getUTCDay()] === match[1] && date.getUTCDate() === Number(match[2]);
}

export function isAbsoluteHttpUrl(value: string | undefined): boolean {
  if (!value) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.href === value;
  } catch {
    return false;
  }
}

/** Every URL in an HTML fragment's href, src, srcset, poster and cite attributes. */
export function urlsInHtml(html: string): string[] {
  const urls: string[] = [];
  const walk = (node: DefaultTreeAdapterMap['parentNode']) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      for (const attr of child.attrs) {
        if (['href', 'src', 'poster', 'cite'].includes(attr.name)) urls.push(attr.value);
        if (attr.name === 'srcset') urls.push(...attr.value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? ''));
      }
      walk(child);
    }
  };
  walk(parseFragment(html));
  return urls;
}

/** Every broken RSS 2.0 rule in `xml`, one line each (empty when the feed is valid). */
export function rssProblems(xml: string): string[] {
  let feed: ParsedFeed;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    return [(error as Error).message];
  }
  const problems: string[] = [];
  for (const field of ['title', 'link', 'description'] as const) if (!feed[field]?.trim()) problems.push(`channel has no ${field}`);
  if (feed.link && !isAbsoluteHttpUrl(feed.link)) problems.push(`channel link is not absolute: ${feed.link}`);
  if (!isAbsoluteHttpUrl(feed.self)) problems.push(`atom:link self is not absolute: ${feed.self}`);
  if (feed.lastBuildDate !== undefined && !isRfc822(feed.lastBuildDate)) problems.push(`lastBuildDate is not RFC 822: ${feed.lastBuildDate}`);
  const guids = new Set<string>();
  feed.items.forEach((item, i) => {
    const at = `item ${i + 1}`;
    if (!item.title && !item.description) problems.push(`${at} has neither title nor description`);
    if (!isAbsoluteHttpUrl(item.link)) problems.push(`${at} link is not absolute: ${item.link}`);
    if (!item.guid) problems.push(`${at} has no guid`);
    else if (guids.has(item.guid)) problems.push(`${at} repeats guid ${item.guid}`);
    else guids.add(item.guid);
    if (item.guidIsPermaLink !== 'false' && item.guid && !isAbsoluteHttpUrl(item.guid)) problems.push(`${at} permalink guid is not absolute: ${item.guid}`);
    if (!isRfc822(item.pubDate)) problems.push(`${at} pubDate is not RFC 822: ${item.pubDate}`);
    if (item.modified !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(item.modified)) problems.push(`${at} dcterms:modified is not a W3C date: ${item.modified}`);
    for (const url of item.content ? urlsInHtml(item.content) : []) {
      if (!/^(https?:|mailto:)/.test(url)) problems.push(`${at} content has a relative URL: ${url}`);
    }
  });
  return problems;
}
