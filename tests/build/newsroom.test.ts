// Builds the newsroom fixture once: corrections (notice, list, /corrections/), updates (list, /updates/, feed), series, people quoted, their JSON-LD, and no draft leaking into any of them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, checkSite, type BuildResult } from '../support/build-site.ts';
import { parseFeed, rssProblems } from '../support/feeds.ts';

let site: BuildResult;
const page = (path: string) => readFileSync(join(site.dist, path), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const jsonLdOf = (html: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as Record<string, unknown>;

beforeAll(async () => {
  site = await buildSite('newsroom', ['newsroom']);
  if (site.code !== 0) throw new Error(`build failed:\n${site.output}`);
});

describe('corrections', () => {
  it('shows the latest correction at the top and every correction at the end', () => {
    const html = page('articles/harbour-vote/index.html');
    expect(text(/<p class="correction-notice"[^>]*>.*?<\/p>/s.exec(html)![0])).toBe(' Corrected 9 May 2025 : The harbour master&#39;s name was misspelt. All 2 corrections ');
    const list = /<section class="corrections".*?<\/section>/s.exec(html)![0];
    expect([...list.matchAll(/<li>(.*?)<\/li>/gs)].map((m) => text(m[1]!).trim())).toEqual([
      '9 May 2025 : The harbour master&#39;s name was misspelt.',
      '3 May 2025 : An earlier version gave the wrong day for the vote.',
    ]);
    // The notice comes before the body, the list after it.
    const body = html.indexOf('<div class="prose">');
    expect(body).toBeGreaterThan(0);
    expect(html.indexOf('<p class="correction-notice"')).toBeLessThan(body);
    expect(html.indexOf('<section class="corrections"')).toBeGreaterThan(body);
    const uncorrected = page('articles/tide-letters-2/index.html');
    expect(uncorrected).not.toContain('correction-notice');
    expect(uncorrected).not.toContain('corrections-heading');
    expect(jsonLdOf(uncorrected).correction).toBeUndefined();
  });

  it('lists every correction at /corrections/, newest first, linking to the article', () => {
    const html = page('corrections/index.html');
    const items = [...html.matchAll(/<li>(.*?)<\/li>/gs)].map((m) => m[1]!).filter((li) => li.includes('<time'));
    expect(items.map((li) => /datetime="([^"]+)"/.exec(li)![1])).toEqual(['2025-05-09', '2025-05-03']);
    for (const li of items) expect(li).toContain('<a href="/articles/harbour-vote/">The Harbour Vote</a>');
  });

  it('carries CorrectionComment in the article JSON-LD', () => {
    const data = jsonLdOf(page('articles/harbour-vote/index.html'));
    expect(data.correction).toEqual([
      { '@type': 'CorrectionComment', datePublished: '2025-05-09', text: "The harbour master's name was misspelt." },
      { '@type': 'CorrectionComment', datePublished: '2025-05-03', text: 'An earlier version gave the wrong day for the vote.' },
    ]);
    expect(data.dateModified).toBe('2025-05-09');
  });
});

describe('updates', () => {
  it('lists the updates as a log at the end beside the corrections, newest first, each with its day; the byline links to it', () => {
    const html = page('articles/tide-letters-2/index.html');
    const section = /<section class="updates" aria-labelledby="updates-heading"[^>]*>.*?<\/section>/s.exec(html)![0];
    expect(section).toContain('<h2 id="updates-heading">Updates</h2>');
    expect([...section.matchAll(/<li>(.*?)<\/li>/gs)].map((m) => m[1])).toEqual([
      '<time datetime="2025-06-15">15 June 2025</time>: The board answered the letter: the gates stay open until autumn.',
      '<time datetime="2025-06-10">10 June 2025</time>: The harbour board published the tide tables the letter asked for.',
    ]);
    expect(section).toContain('<a href="/updates/">All updates on this site</a>');
    const header = /<header class="article__header">.*?<\/header>/s.exec(html)![0];
    expect(header).not.toContain(section);
    expect(header).toContain('<a href="#updates-heading">Updated <time datetime="2025-06-15">15 June 2025</time></a>');
    expect(html.indexOf(section)).toBeGreaterThan(html.indexOf('<div class="prose">'));
    expect(page('articles/harbour-vote/index.html')).not.toContain('updates-heading');
  });

  it('makes the latest update the last change when updated is absent: byline, JSON-LD, Open Graph, sitemap', () => {
    const html = page('articles/tide-letters-2/index.html');
    expect(text(/<p class="dates".*?<\/p>/s.exec(html)![0])).toContain('Updated 15 June 2025');
    expect(jsonLdOf(html).dateModified).toBe('2025-06-15');
    expect(html).toContain('<meta property="article:modified_time" content="2025-06-15">');
    expect(page('sitemap-0.xml')).toContain('<loc>https://watchman.example.org/articles/tide-letters-2/</loc><lastmod>2025-06-15');
    const item = parseFeed(page('series/tide-letters/rss.xml')).items.find((i) => i.link === 'https://watchman.example.org/articles/tide-letters-2/');
    expect(item?.modified).toBe('2025-06-15');
  });

  it('lists every update at /updates/, newest first, linking to the article, and is in the sitemap and the footer', () => {
    const html = page('updates/index.html');
    const items = [...html.matchAll(/<li>(.*?)<\/li>/gs)].map((m) => m[1]!).filter((li) => li.includes('<time'));
    expect(items.map((li) => /datetime="([^"]+)"/.exec(li)![1])).toEqual(['2025-06-15', '2025-06-10']);
    for (const li of items) expect(li).toContain('<a href="/articles/tide-letters-2/">Tide Letters, Two</a>');
    expect(html).toContain('<link rel="alternate" type="application/rss+xml" title="Updates · Watchman Notes" href="/updates/rss.xml">');
    expect(html).toMatch(/<a href="\/updates\/rss\.xml" type="application\/rss\+xml">.*Follow updates by RSS<\/a>/s);
    expect(page('sitemap-0.xml')).toContain('<loc>https://watchman.example.org/updates/</loc>');
    expect(page('index.html')).toContain('<a href="/updates/">Updates</a>');
  });

  it('has a feed of the updates, one item each, newest first', () => {
    const xml = page('updates/rss.xml');
    expect(rssProblems(xml)).toEqual([]);
    const feed = parseFeed(xml);
    expect(feed).toMatchObject({ title: 'Updates · Watchman Notes', link: 'https://watchman.example.org/updates/', self: 'https://watchman.example.org/updates/rss.xml', lastBuildDate: 'Sun, 15 Jun 2025 00:00:00 GMT' });
    expect(feed.items.map((item) => [item.title, item.link, item.guid, item.guidIsPermaLink, item.pubDate, item.description])).toEqual([
      ['Update: Tide Letters, Two', 'https://watchman.example.org/articles/tide-letters-2/#updates-heading', 'https://watchman.example.org/articles/tide-letters-2/#update-2025-06-15', 'false', 'Sun, 15 Jun 2025 00:00:00 GMT', 'The board answered the letter: the gates stay open until autumn.'],
      ['Update: Tide Letters, Two', 'https://watchman.example.org/articles/tide-letters-2/#updates-heading', 'https://watchman.example.org/articles/tide-letters-2/#update-2025-06-10', 'false', 'Tue, 10 Jun 2025 00:00:00 GMT', 'The harbour board published the tide tables the letter asked for.'],
    ]);
  });
});

describe('series', () => {
  it('shows "Part n of N" with links to the other parts, ordered by date when parts have no numbers', () => {
    const html = page('articles/tide-letters-2/index.html');
    expect(text(/<p id="series-heading".*?<\/p>/s.exec(html)![0]).trim()).toBe('Part 2 of 3 in the series Tide Letters');
    const nav = /<nav class="series-nav".*?<\/nav>/s.exec(html)![0];
    expect(nav).toContain('<a href="/articles/tide-letters-1/">Tide Letters, One</a>');
    expect(nav).toContain('<span aria-current="page">Tide Letters, Two</span>');
    expect(nav).toContain('<a href="/articles/tide-letters-3/">Tide Letters, Three</a>');
    expect(jsonLdOf(html)).toMatchObject({ isPartOf: { '@type': 'CreativeWorkSeries', name: 'Tide Letters', url: 'https://watchman.example.org/series/tide-letters/' }, position: 2 });
  });

  it('lists the parts in order at /series/<slug>/, and the series at /series/', () => {
    const html = page('series/tide-letters/index.html');
    const links = [...html.matchAll(/href="\/articles\/([^/]+)\/"/g)].map((m) => m[1]);
    expect(links).toEqual(['tide-letters-1', 'tide-letters-2', 'tide-letters-3']);
    expect(jsonLdOf(html)).toMatchObject({ '@type': 'CreativeWorkSeries', name: 'Tide Letters' });
    expect(page('series/index.html')).toContain('<a href="/series/tide-letters/">Tide Letters</a>');
  });

  it('has a feed of its parts, newest first, advertised on the series page, without the draft', () => {
    const feed = parseFeed(page('series/tide-letters/rss.xml'));
    expect(rssProblems(page('series/tide-letters/rss.xml'))).toEqual([]);
    expect(feed).toMatchObject({ title: 'Tide Letters · Watchman Notes', link: 'https://watchman.example.org/series/tide-letters/' });
    expect(feed.items.map((item) => item.link)).toEqual(['tide-letters-3', 'tide-letters-2', 'tide-letters-1'].map((id) => `https://watchman.example.org/articles/${id}/`));
    const html = page('series/tide-letters/index.html');
    expect(html).toContain('<link rel="alternate" type="application/rss+xml" title="Tide Letters · Watchman Notes" href="/series/tide-letters/rss.xml">');
    expect(html).toMatch(/<a href="\/series\/tide-letters\/rss\.xml" type="application\/rss\+xml">.*Follow Tide Letters by RSS<\/a>/s);
  });
});

describe('people quoted', () => {
  it('links each quote on an article to its person', () => {
    expect(page('articles/harbour-vote/index.html')).toContain('<a href="/people/mason-richey/"><span class="quote__speaker">Mason Richey</span></a>');
    expect(page('articles/tide-letters-3/index.html')).toContain('<a href="/people/wren-adeyemi/"><span class="quote__speaker">Wren Adeyemi</span></a>');
  });

  it('gives a person file its description and note, and every speaker a page with role, date and article', () => {
    const html = page('people/mason-richey/index.html');
    expect(html).toContain('<h1>Mason Richey</h1>');
    expect(html).toContain('Harbour master of the town · 1 quote');
    expect(html).toContain('Mason Richey kept the harbour for twenty years.');
    expect(text(/<p class="quote__meta">.*?<\/p>/s.exec(html)![0]).trim()).toBe('Harbour master · 1 May 2025 · in The Harbour Vote');
    expect(html).toContain('href="/articles/harbour-vote/#quote-1"');
    const data = jsonLdOf(html);
    expect(data).toMatchObject({ '@type': 'ProfilePage', mainEntity: { '@type': 'Person', name: 'Mason Richey', description: 'Harbour master of the town' } });
    expect(data.hasPart).toEqual([expect.objectContaining({ '@type': 'Quotation', text: 'The harbour belongs to the town, not to the tide tables', dateCreated: '2025-05-01' })]);
    expect(page('people/mason-ritchey/index.html')).toContain('Retired harbour master · <time datetime="2025-05-30">30 May 2025</time>');
  });

  it('lists everyone at /people/ with counts', () => {
    const items = [...page('people/index.html').matchAll(/<li><a href="\/people\/([^/]+)\/">([^<]+)<\/a> <span class="count">([^<]+)<\/span><\/li>/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    expect(items).toEqual(['mason-richey Mason Richey 1 quote', 'mason-ritchey Mason Ritchey 1 quote', 'wren-adeyemi Wren Adeyemi 1 quote']);
  });

  it('suggests merging the near-identical speakers in npm run check', async () => {
    const checked = await checkSite(site.root);
    expect(checked.code).toBe(0);
    expect(checked.output).toContain('content/articles/tide-letters-1.md  quotes[0].speaker  suggestion: looks like "Mason Richey" (quoted in content/articles/harbour-vote.md)');
    expect(checked.output).toContain('add content/people/mason-richey.md with name: Mason Richey and aliases: [Mason Ritchey]');
  });

  it('marks author pages as a ProfilePage of a Person', () => {
    expect(jsonLdOf(page('authors/ada-author/index.html'))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: 'https://watchman.example.org/authors/ada-author/',
      mainEntity: { '@type': 'Person', name: 'Ada Author', url: 'https://watchman.example.org/authors/ada-author/', jobTitle: 'Test writer' },
    });
  });
});

describe('lead images', () => {
  it('shows the picture at the top in sizes and a modern format, with width, height and credit', () => {
    const html = page('articles/harbour-vote/index.html');
    const figure = /<figure class="lead-image"[^>]*>.*?<\/figure>/s.exec(html)![0];
    expect(figure).toMatch(/<img src="\/_astro\/harbour-mouth\.[^"]+\.webp" srcset="\/_astro\/harbour-mouth\.[^" ]+\.webp 480w, \/_astro\/harbour-mouth\.[^" ]+\.webp 640w"/);
    expect(figure).toContain('alt="The harbour mouth at low water"');
    expect(figure).toContain('width="640" height="360"');
    expect(figure).toContain('<figcaption><span class="lead-image__credit">Photo: Ada Author, CC BY 4.0</span></figcaption>');
    expect(html.indexOf('<figure class="lead-image"')).toBeLessThan(html.indexOf('<div class="prose">'));
    for (const src of figure.match(/\/_astro\/[^" ]+/g)!) expect(existsSync(join(site.dist, src)), src).toBe(true);
  });

  it('is the Open Graph and JSON-LD image when present; the generated card otherwise', () => {
    const html = page('articles/harbour-vote/index.html');
    const og = /<meta property="og:image" content="https:\/\/watchman\.example\.org(\/_astro\/harbour-mouth\.[^"]+\.jpeg)">/.exec(html);
    expect(og).not.toBeNull();
    expect(existsSync(join(site.dist, og![1]!))).toBe(true);
    expect(html).toContain('<meta property="og:image:alt" content="The harbour mouth at low water">');
    expect(jsonLdOf(html).image).toEqual([`https://watchman.example.org${og![1]}`]);
    expect(page('articles/tide-letters-1/index.html')).toContain('<meta property="og:image" content="https://watchman.example.org/og/tide-letters-1.png">');
    // No card is drawn for the article whose lead image is its og:image; the audit holds the build to that.
    expect(readdirSync(join(site.dist, 'og')).sort()).toEqual(['tide-letters-1.png', 'tide-letters-2.png', 'tide-letters-3.png']);
    expect(site.output).toContain('3 Open Graph cards and 1 lead image as og:image');
  });
});

describe('drafts and the audit', () => {
  it('leaves the draft out of series, people, corrections and updates, and indexes only articles', () => {
    expect(site.output).toContain('audit: 4 article pages, no drafts in the output');
    expect(site.output).toMatch(/search index: 4 article pages/);
    expect(existsSync(join(site.dist, 'people/secret-source'))).toBe(false);
    for (const path of ['corrections/index.html', 'updates/index.html', 'updates/rss.xml', 'series/tide-letters/index.html', 'people/index.html', 'articles/tide-letters-3/index.html']) {
      const html = page(path);
      expect(html).not.toContain('unfinished-draft');
      expect(html).not.toContain('must not leak');
    }
    expect(page('articles/tide-letters-3/index.html')).toContain('Part 3 of 3');
    expect(readdirSync(join(site.dist, '_astro')).filter((name) => name.startsWith('draft-secret-picture'))).toEqual([]);
  });
});
