// Feed items, the RSS writer and feed HTML: pure functions, checked with a real XML parser.
import { describe, expect, it } from 'vitest';
import { feedHtml } from '../../../src/lib/feeds/absolute-html.ts';
import { absoluteUrl, feedItem, feedPathOf, lastChanged, rfc822Date, type FeedArticle } from '../../../src/lib/feeds/items.ts';
import { escapeXml, rssDocument, type FeedChannel } from '../../../src/lib/feeds/rss.ts';
import { isRfc822, parseFeed, rssProblems } from '../../support/feeds.ts';

const SITE = 'https://news.example/';
const article = (over: Partial<FeedArticle> = {}): FeedArticle => ({
  id: 'treaty',
  title: 'A Treaty',
  date: '2026-03-02',
  summary: 'What was signed.',
  author: 'Jane Doe',
  topics: ['Diplomacy'],
  ...over,
});
const channel = (items: FeedChannel['items']): FeedChannel => ({
  title: 'Site',
  link: SITE,
  description: 'About the site',
  self: `${SITE}rss.xml`,
  language: 'en',
  items,
});

describe('rfc822Date', () => {
  it.each([
    ['2026-03-02', 'Mon, 02 Mar 2026 00:00:00 GMT'],
    ['2024-02-29', 'Thu, 29 Feb 2024 00:00:00 GMT'],
    ['1999-12-31', 'Fri, 31 Dec 1999 00:00:00 GMT'],
  ])('%s → %s', (day, expected) => {
    expect(rfc822Date(day)).toBe(expected);
    expect(isRfc822(rfc822Date(day))).toBe(true);
  });

  it('refuses what is not a day', () => {
    expect(() => rfc822Date('2 March 2026')).toThrow('not a YYYY-MM-DD date');
  });

  it('the test checker refuses ISO dates, wrong weekdays and two-digit years', () => {
    expect(isRfc822('2026-03-02T00:00:00Z')).toBe(false);
    expect(isRfc822('Tue, 02 Mar 2026 00:00:00 GMT')).toBe(false);
    expect(isRfc822('Mon, 02 Mar 26 00:00:00 GMT')).toBe(false);
  });
});

describe('feedItem', () => {
  it('makes the link and the guid the absolute permalink', () => {
    const item = feedItem(article(), SITE);
    expect(item).toMatchObject({ link: 'https://news.example/articles/treaty/', guid: 'https://news.example/articles/treaty/', pubDate: 'Mon, 02 Mar 2026 00:00:00 GMT', changed: '2026-03-02' });
    expect(item.modified).toBeUndefined();
    expect(item.content).toBeUndefined();
  });

  it('carries an update as dcterms:modified and as the day it changed', () => {
    const item = feedItem(article({ updated: '2026-03-09' }), SITE);
    expect(item.modified).toBe('2026-03-09');
    expect(item.changed).toBe('2026-03-09');
    expect(feedItem(article({ updated: '2026-03-02' }), SITE).modified).toBeUndefined();
  });

  it('knows where the feed of a list lives', () => {
    expect(feedPathOf('/topics/wars/')).toBe('/topics/wars/rss.xml');
    expect(feedPathOf('/scripture/luke')).toBe('/scripture/luke/rss.xml');
    expect(absoluteUrl('/a/', 'https://x.example/sub/')).toBe('https://x.example/a/');
    expect(lastChanged({ date: '2026-01-02' })).toBe('2026-01-02');
  });
});

describe('rssDocument', () => {
  it('writes a valid RSS 2.0 feed that a parser reads back value for value', () => {
    const hostile = article({ id: 'x', title: 'Cats & <Dogs> "quoted" ]]>', summary: 'a\u0000b\u0008c < d', author: 'O’Brien & Sons', topics: ['A&B', '<C>'], content: '<p>Hi <a href="https://e.example/">there</a> ]]&gt;</p>' });
    const xml = rssDocument(channel([feedItem(hostile, SITE), feedItem(article({ id: 'y', date: '2026-03-01', updated: '2026-03-05' }), SITE)]));
    expect(rssProblems(xml)).toEqual([]);
    const feed = parseFeed(xml);
    expect(feed.items[0]).toMatchObject({ title: hostile.title, description: 'abc < d', creator: hostile.author, categories: ['A&B', '<C>'], content: hostile.content });
    expect(feed.items[1]?.modified).toBe('2026-03-05');
    // The build date is the newest change, not the clock.
    expect(feed.lastBuildDate).toBe('Thu, 05 Mar 2026 00:00:00 GMT');
    expect(feed).toMatchObject({ title: 'Site', link: SITE, description: 'About the site', language: 'en', self: `${SITE}rss.xml` });
  });

  it('writes an empty feed without a build date', () => {
    const xml = rssDocument(channel([]));
    expect(rssProblems(xml)).toEqual([]);
    expect(parseFeed(xml).lastBuildDate).toBeUndefined();
  });

  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml('<a href="x">&</a>\u0001\uFFFF\uD800')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    expect(escapeXml('😀')).toBe('😀');
  });
});

describe('rssProblems (the checker the build tests use) fails on broken feeds', () => {
  const good = rssDocument(channel([feedItem(article(), SITE)]));
  it.each([
    ['malformed XML', good.replace('</channel>', ''), /not well-formed/],
    ['a repeated guid', rssDocument(channel([feedItem(article(), SITE), feedItem(article(), SITE)])), /repeats guid/],
    ['a relative link', good.replace('<link>https://news.example/articles/treaty/</link>', '<link>/articles/treaty/</link>'), /link is not absolute/],
    ['an ISO pubDate', good.replace('Mon, 02 Mar 2026 00:00:00 GMT</pubDate>', '2026-03-02</pubDate>'), /pubDate is not RFC 822/],
    ['no channel description', good.replace('<description>About the site</description>', ''), /channel has no description/],
    ['a relative URL in the content', rssDocument(channel([feedItem(article({ content: '<img src="/a.png" alt="">' }), SITE)])), /content has a relative URL: \/a.png/],
    ['Atom instead of RSS', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', /not an RSS 2.0 document/],
  ])('%s', (_name, xml, problem) => {
    expect(rssProblems(xml).join('\n')).toMatch(problem);
  });
});

describe('feedHtml', () => {
  const page = 'https://news.example/articles/treaty/';
  it('makes every link and image absolute against the article', () => {
    const html = feedHtml(
      '<p><a href="/topics/x/">t</a> <a href="#fn-1">1</a> <a href="../other/">o</a> <a href="https://else.example/p">e</a> <a href="mailto:a@b.example">m</a></p>' +
        '<img src="/_astro/map.abc.webp" srcset="/_astro/map-400.webp 400w, map-800.webp 800w" alt="Map"><blockquote cite="/source/"><p>q</p></blockquote>',
      page,
    );
    expect(html).toContain('href="https://news.example/topics/x/"');
    expect(html).toContain('href="https://news.example/articles/treaty/#fn-1"');
    expect(html).toContain('href="https://news.example/articles/other/"');
    expect(html).toContain('href="https://else.example/p"');
    expect(html).toContain('href="mailto:a@b.example"');
    expect(html).toContain('src="https://news.example/_astro/map.abc.webp"');
    expect(html).toContain('srcset="https://news.example/_astro/map-400.webp 400w, https://news.example/articles/treaty/map-800.webp 800w"');
    expect(html).toContain('cite="https://news.example/source/"');
    expect(html).toContain('alt="Map"');
  });

  it('drops the CSS-only tooltips and the attributes that point at them', () => {
    const html = feedHtml(
      '<p>See <a class="scripture-ref" href="/scripture/luke/21/" aria-describedby="tip-1" data-pagefind-ignore="">Luke 21:11</a><span role="tooltip" id="tip-1"><span>Luke 21:11 (KJV)</span> And great earthquakes…</span> today.</p>',
      page,
    );
    expect(html).toBe('<p>See <a class="scripture-ref" href="https://news.example/scripture/luke/21/">Luke 21:11</a> today.</p>');
  });

  it('drops the verse boxes behind scripture references, with their verse words and links', () => {
    const html = feedHtml(
      '<p>See <span class="scripture-ref-group"><a class="scripture-ref" href="/scripture/luke/21/#v11" aria-describedby="scripture-ref-1">Luke 21:11</a>' +
        '<span class="scripture-ref-tip" id="scripture-ref-1" data-pagefind-ignore="" data-label="King James Version text of Luke 21:11"><span class="scripture-ref-tip__title">Luke 21:11 (KJV)</span> ' +
        '<span class="scripture-ref-tip__text"><sup>11</sup> <span data-verse="Luke.21.11">And great earthquakes…</span></span> <a class="scripture-ref-tip__context" href="/scripture/luke/21/#v11">Read Luke 21 in context</a></span></span> today.</p>',
      page,
    );
    expect(html).toBe('<p>See <span class="scripture-ref-group"><a class="scripture-ref" href="https://news.example/scripture/luke/21/#v11">Luke 21:11</a></span> today.</p>');
  });

  it('keeps text escaped as it was', () => {
    expect(feedHtml('<p>a &lt;b&gt; &amp; c</p>', page)).toBe('<p>a &lt;b&gt; &amp; c</p>');
  });
});
