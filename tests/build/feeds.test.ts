// Builds the sample site (plus one article with a picture, a footnote and an update) with the Google
// News sitemap switched on, and reads every feed and sitemap as a feed reader or a crawler would.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { isAbsoluteHttpUrl, parseFeed, rssProblems, urlsInHtml, type ParsedFeed } from '../support/feeds.ts';
import { htmlFiles, listFiles, urlPathOf } from '../support/quality/dist.ts';

const ORIGIN = 'https://watchman.example.org';
let site: BuildResult;
const read = (path: string) => readFileSync(join(site.dist, path), 'utf8');
const feedAt = (path: string): ParsedFeed => parseFeed(read(path));
/** The feed of /updates/: one item per update of an article. */
const UPDATES_FEED = 'updates/rss.xml';
const xml = new XMLParser({ parseTagValue: false, isArray: (name) => ['url', 'sitemap'].includes(name) });

/** List pages that follow a subject, with the feed each must advertise (paginated and chapter pages included). */
const FOLLOWED = /^\/(topics|sources|authors|series)\/([^/]+)\/(?:\d+\/)?$|^\/scripture\/([^/]+)\/(?:\d+\/(?:\d+\/)?|page\/\d+\/)?$/;
function feedOfPage(path: string): string | undefined {
  const match = FOLLOWED.exec(path);
  if (!match) return undefined;
  return match[3] ? `/scripture/${match[3]}/rss.xml` : `/${match[1]}/${match[2]}/rss.xml`;
}

beforeAll(async () => {
  site = await buildSite('feeds', ['repo', 'feeds'], { NEWS_SITEMAP: 'on' });
  if (site.code !== 0) throw new Error(`build failed:\n${site.output}`);
});

describe('feeds', () => {
  it('every feed is valid RSS 2.0: well-formed, channel title/link/description, unique guids, RFC 822 dates, absolute URLs', () => {
    const feeds = listFiles(site.dist, (p) => p.endsWith('rss.xml'));
    expect(feeds.length).toBeGreaterThan(20);
    for (const feed of feeds) expect(rssProblems(read(feed)), feed).toEqual([]);
  });

  it('there is one feed beside the first page of every topic, source, author, book and series, and of the updates, and no other, in each edition', () => {
    // The English edition at the root (scripture index /scripture/), the German one under /de/ (/bibel/).
    for (const [prefix, scripture] of [['', 'scripture'], ['de/', 'bibel']] as const) {
      const inEdition = (path: string) => (prefix ? path.startsWith(prefix) : !path.startsWith('de/'));
      const firstPages = htmlFiles(site.dist)
        .map(urlPathOf)
        .filter((path) => new RegExp(`^/${prefix}(topics|sources|authors|series)/[^/]+/$|^/${prefix}${scripture}/[^/]+/$`).test(path))
        .map((path) => `${path.slice(1)}rss.xml`);
      const feeds = listFiles(site.dist, (p) => p.endsWith('rss.xml') && p !== `${prefix}rss.xml` && inEdition(p));
      expect(feeds, prefix || 'en').toEqual([...firstPages, `${prefix}${UPDATES_FEED}`].sort());
    }
    const feeds = listFiles(site.dist, (p) => p.endsWith('rss.xml'));
    for (const feed of ['topics/agriculture/rss.xml', 'scripture/luke/rss.xml', 'authors/samuel-thorne/rss.xml', 'sources/harbor-city-times/rss.xml']) {
      expect(feeds).toContain(feed);
    }
  });

  it('every list page advertises its feed in the head and with a visible link', () => {
    let checked = 0;
    for (const file of htmlFiles(site.dist)) {
      const feed = feedOfPage(urlPathOf(file));
      if (!feed) continue;
      const html = read(file);
      expect(existsSync(join(site.dist, feed)), feed).toBe(true);
      const alternates = [...html.matchAll(/<link rel="alternate" type="application\/rss\+xml" title="([^"]+)" href="([^"]+)">/g)];
      expect(alternates.map((m) => m[2]), file).toEqual([feed, '/rss.xml']);
      expect(alternates[0]![1], file).toBe(`${feedAt(feed.slice(1)).title}`.replace(/&/g, '&amp;'));
      expect(html, file).toMatch(new RegExp(`<a href="${feed.replace(/[/.]/g, '\\$&')}" type="application/rss\\+xml">.*Follow .+ by RSS</a>`, 's'));
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
    // Pages of lists without a feed of their own advertise the site's feed only.
    expect([...read('archive/2025/index.html').matchAll(/rel="alternate"/g)]).toHaveLength(1);
  });

  it('a topic feed holds the topic page’s articles with summaries, its channel linking to the page', () => {
    const feed = feedAt('topics/economy/rss.xml');
    expect(feed).toMatchObject({ title: 'Economy · Watchman Notes', link: `${ORIGIN}/topics/economy/`, self: `${ORIGIN}/topics/economy/rss.xml`, language: 'en' });
    const page = read('topics/economy/index.html');
    const onPage = [...page.matchAll(/<h[23] class="card__title"><a href="([^"]+)"/g)].map((m) => `${ORIGIN}${m[1]}`);
    expect(onPage.length).toBeGreaterThan(1);
    expect(feed.items.map((item) => item.link)).toEqual(onPage);
    for (const item of feed.items) {
      expect(item.categories).toContain('Economy');
      expect(item.description?.length).toBeGreaterThan(20);
      expect(item.content).toBeUndefined();
    }
  });

  it('a book feed holds every article citing the book, in the frontmatter or the text', () => {
    const feed = feedAt('scripture/luke/rss.xml');
    const count = Number(/<p class="page-header__sub">\s*(\d+) article/.exec(read('scripture/luke/index.html'))?.[1]);
    expect(count).toBeGreaterThan(1);
    expect(feed.items).toHaveLength(count);
    expect(feed.title).toBe('Luke · Watchman Notes');
  });

  it('one article has one guid in every feed it appears in', () => {
    const guids = new Map<string, string>();
    // The updates feed's items are updates, not articles (tested below).
    for (const file of listFiles(site.dist, (p) => p.endsWith('rss.xml') && p !== UPDATES_FEED)) {
      for (const item of feedAt(file).items) {
        expect(guids.get(item.link!) ?? item.guid).toBe(item.guid);
        guids.set(item.link!, item.guid!);
      }
    }
    // The 12 English articles and the 3 German ones (each edition's feeds link to its own articles).
    expect(guids.size).toBe(15);
  });

  it('the updates feed has one item per update of the sample articles, each guid its own, linking to the article', () => {
    const feed = feedAt(UPDATES_FEED);
    expect(feed).toMatchObject({ title: 'Updates · Watchman Notes', link: `${ORIGIN}/updates/`, self: `${ORIGIN}/updates/rss.xml`, lastBuildDate: 'Tue, 03 Feb 2026 00:00:00 GMT' });
    expect(feed.items.map((item) => [item.link, item.guid, item.guidIsPermaLink, item.pubDate, item.creator])).toEqual([
      [`${ORIGIN}/articles/ten-member-security-council/#updates-heading`, `${ORIGIN}/articles/ten-member-security-council/#update-2026-02-03`, 'false', 'Tue, 03 Feb 2026 00:00:00 GMT', 'Samuel Thorne'],
      [`${ORIGIN}/articles/black-sea-grain-corridor/#updates-heading`, `${ORIGIN}/articles/black-sea-grain-corridor/#update-2025-10-08`, 'false', 'Wed, 08 Oct 2025 00:00:00 GMT', 'Ruth Calloway'],
      [`${ORIGIN}/articles/black-sea-grain-corridor/#updates-heading`, `${ORIGIN}/articles/black-sea-grain-corridor/#update-2025-09-29`, 'false', 'Mon, 29 Sep 2025 00:00:00 GMT', 'Ruth Calloway'],
    ]);
    // The article's own items carry the latest update as their last change.
    const article = feedAt('rss.xml').items.find((item) => item.link === `${ORIGIN}/articles/black-sea-grain-corridor/`)!;
    expect(article.modified).toBe('2025-10-08');
  });

  it('the main feed carries each article’s full text with absolute links and images, newest first', () => {
    const feed = feedAt('rss.xml');
    expect(feed).toMatchObject({ title: 'Watchman Notes', link: `${ORIGIN}/`, self: `${ORIGIN}/rss.xml`, lastBuildDate: 'Wed, 14 Oct 2026 00:00:00 GMT' });
    expect(feed.items).toHaveLength(12);
    const dates = feed.items.map((item) => new Date(item.pubDate!).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of feed.items) {
      expect(item.content?.length, item.link).toBeGreaterThan(500);
      expect(item.content).not.toContain('role="tooltip"');
      // The verse boxes are the page's: no box, no verse slot, no box link in a feed.
      expect(item.content).not.toMatch(/scripture-ref-tip|data-verse/);
      for (const url of urlsInHtml(item.content!)) expect(url.startsWith('mailto:') || isAbsoluteHttpUrl(url), url).toBe(true);
    }

    const quay = feed.items.find((item) => item.link === `${ORIGIN}/articles/harbour-quay-reopens/`)!;
    expect(quay).toMatchObject({ title: 'Harbour Quay Reopens <Partly> & Grain Ships Return', modified: '2026-10-14', pubDate: 'Sun, 11 Oct 2026 00:00:00 GMT', creator: 'Samuel Thorne' });
    const image = /<img [^>]*src="([^"]+)"/.exec(quay.content!)?.[1];
    expect(image).toMatch(new RegExp(`^${ORIGIN}/_astro/harbour-map\\.[\\w-]+\\.\\w+$`));
    expect(existsSync(join(site.dist, new URL(image!).pathname)), image).toBe(true);
    expect(quay.content).toContain('alt="Sketch map of the quay, two berths open"');
    expect(quay.content).toContain(`href="${ORIGIN}/articles/food-price-index-record/"`);
    expect(quay.content).toContain(`href="${ORIGIN}/articles/harbour-quay-reopens/#commentary"`);
    expect(quay.content).toMatch(new RegExp(`href="${ORIGIN}/articles/harbour-quay-reopens/#[^"]*fn[^"]*berths"`));
    expect(quay.content).toContain(`href="${ORIGIN}/scripture/luke/21/"`);

    // MDX: components render as on the page.
    const mdx = feed.items.find((item) => item.link === `${ORIGIN}/articles/the-date-that-passed/`)!;
    expect(mdx.content).toContain('<aside class="callout"');
  });
});

describe('sitemaps', () => {
  const urlsIn = (file: string) => (xml.parse(read(file)).urlset.url ?? []) as { loc: string; lastmod?: string }[];

  it('the index lists the page sitemap and the news sitemap', () => {
    const index = read('sitemap-index.xml');
    expect(XMLValidator.validate(index)).toBe(true);
    const locs = (xml.parse(index).sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc);
    expect(locs).toEqual([`${ORIGIN}/news-sitemap.xml`, `${ORIGIN}/sitemap-0.xml`]);
  });

  it('lists every content page and leaves out search and the error page', () => {
    expect(XMLValidator.validate(read('sitemap-0.xml'))).toBe(true);
    const listed = urlsIn('sitemap-0.xml').map((u) => new URL(u.loc).pathname).sort();
    // This is the English edition's sitemap; the German edition's is under /de/ (editions-sample.test.ts).
    const pages = htmlFiles(site.dist).map(urlPathOf).filter((p) => p !== '/404.html' && p !== '/search/' && !p.startsWith('/de/')).sort();
    expect(listed).toEqual(pages);
    expect(listed).not.toContain('/search/');
  });

  it('gives article pages their updated or publication date, and list pages their newest change', () => {
    const lastmod = new Map(urlsIn('sitemap-0.xml').map((u) => [new URL(u.loc).pathname, u.lastmod?.slice(0, 10)]));
    expect(lastmod.get('/articles/harbour-quay-reopens/')).toBe('2026-10-14');
    expect(lastmod.get('/articles/food-price-index-record/')).toBe('2026-10-12');
    expect(lastmod.get('/articles/pyongyang-moscow-treaty/')).toBe('2024-07-02');
    // No updated in its frontmatter: the latest of its updates.
    expect(lastmod.get('/articles/black-sea-grain-corridor/')).toBe('2025-10-08');
    expect(lastmod.get('/')).toBe('2026-10-14');
    expect(lastmod.get('/topics/economy/')).toBe('2026-10-14');
    expect(lastmod.get('/topics/north-korea/')).toBe('2025-03-14');
    expect(lastmod.get('/archive/2024/')).toBe('2024-07-02');
    // An index shows its sub-pages: the newest of them.
    expect(lastmod.get('/topics/')).toBe('2026-10-14');
    for (const [path, day] of lastmod) if (path.startsWith('/articles/')) expect(day, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('the news sitemap lists the articles within two days of the newest, with publication, language and title', () => {
    const news = read('news-sitemap.xml');
    expect(XMLValidator.validate(news)).toBe(true);
    const urls = urlsIn('news-sitemap.xml') as unknown as { loc: string; 'news:news': Record<string, unknown> }[];
    expect(urls.map((u) => u.loc)).toEqual([`${ORIGIN}/articles/food-price-index-record/`, `${ORIGIN}/articles/harbour-quay-reopens/`]);
    expect(urls[1]!['news:news']).toEqual({
      'news:publication': { 'news:name': 'Watchman Notes', 'news:language': 'en' },
      'news:publication_date': '2026-10-11',
      'news:title': 'Harbour Quay Reopens <Partly> & Grain Ships Return',
    });
  });
});
