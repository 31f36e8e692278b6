// The sitemaps integration run through @astrojs/sitemap's own hooks (no Astro build): a fake
// translations map gives hreflang alternates in a German prefix run; an empty one changes nothing.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import sitemaps from '../../../src/integrations/sitemaps.ts';
import type { Translations } from '../../../src/lib/sitemap/alternates.ts';
import type { DatedArticle } from '../../../src/lib/sitemap/lastmod.ts';
import { pageEdition } from '../../../src/lib/editions/page-edition.ts';
import { SITE_EDITIONS } from '../../../src/lib/editions/config.ts';

const SITE = 'https://watchman.example.org';
const logger = { info: () => {}, warn: () => {}, error: () => {} };
const articles: DatedArticle[] = [{ id: 'zeichen', data: { title: 'Zeichen', date: '2026-03-02', topics: [], source: { name: 'Blatt' }, author: { id: 'anna' } } }];
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs the sitemap plugin's hooks for `pages` (paths under `base`) and returns the written sitemap. */
async function sitemapOf(lang: 'en' | 'de', base: string, pages: string[], translations: Translations, html: Record<string, string> = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sitemaps-'));
  dirs.push(dir);
  for (const [page, text] of Object.entries(html)) {
    mkdirSync(join(dir, page), { recursive: true });
    writeFileSync(join(dir, page, 'index.html'), text);
  }
  const [plugin] = sitemaps(() => articles, () => translations, pageEdition(SITE_EDITIONS, lang, SITE));
  const hooks = plugin!.hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:routes:resolved']!({ routes: [] });
  await hooks['astro:config:done']!({ config: { site: SITE, base, trailingSlash: 'ignore', build: { format: 'directory' } } });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), pages: pages.map((pathname) => ({ pathname })), logger });
  return readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
}

describe('sitemaps integration', () => {
  it('writes hreflang alternates (itself first) for a page with translations, and declares the xhtml namespace', async () => {
    const translations = new Map([['/de/articles/zeichen/', [{ lang: 'en', url: `${SITE}/articles/signs/` }]]]);
    const xml = await sitemapOf('de', '/de', ['articles/zeichen/', 'topics/kriege/'], translations);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const urls = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link' }).parse(xml).urlset.url as { loc: string; lastmod?: string; 'xhtml:link'?: Record<string, string>[] }[];
    const article = urls.find((url) => url.loc === `${SITE}/de/articles/zeichen/`)!;
    expect(article.lastmod).toMatch(/^2026-03-02/);
    expect(article['xhtml:link']!.map((link) => [link['@_rel'], link['@_hreflang'], link['@_href']])).toEqual([
      ['alternate', 'de', `${SITE}/de/articles/zeichen/`],
      ['alternate', 'en', `${SITE}/articles/signs/`],
    ]);
    expect(urls.find((url) => url.loc === `${SITE}/de/topics/kriege/`)!['xhtml:link']).toBeUndefined();
  });

  it('with no translations writes no alternates and no xhtml namespace (a one-edition site is unchanged)', async () => {
    const xml = await sitemapOf('en', '/', ['articles/zeichen/'], new Map());
    expect(xml).not.toContain('xhtml');
    expect(xml).toContain(`<loc>${SITE}/articles/zeichen/</loc><lastmod>2026-03-02`);
  });

  it('dates every other page by the newest date of what its <main> shows: articles and the pages below it, never a page above', async () => {
    const page = (main: string) => `<html><body><header><a href="/de/topics/">Themen</a></header><main>${main}</main></body></html>`;
    const html = {
      'bibel/lukas/21': page('<a href="/de/bibel/">Bibel</a> <a href="/de/articles/zeichen/#v7">Zeichen</a>'),
      'bibel/lukas': page('<a href="/de/bibel/">Bibel</a> <a href="/de/bibel/lukas/21/">Kapitel 21</a>'),
      bibel: page('<a href="/de/bibel/lukas/">Lukas</a>'),
      'people/anna-beispiel': page('<a href="/de/articles/zeichen/">Zeichen</a>'),
      corrections: page('<p>Keine Korrekturen.</p> <a href="/de/">Start</a>'),
    };
    const xml = await sitemapOf('de', '/de', ['articles/zeichen/', ...Object.keys(html).map((p) => `${p}/`)], new Map(), html);
    const lastmod = new Map((new XMLParser({ isArray: (name) => name === 'url' }).parse(xml).urlset.url as { loc: string; lastmod?: string }[]).map((u) => [new URL(u.loc).pathname, u.lastmod?.slice(0, 10)]));
    for (const path of ['/de/bibel/lukas/21/', '/de/bibel/lukas/', '/de/bibel/', '/de/people/anna-beispiel/']) expect(lastmod.get(path), path).toBe('2026-03-02');
    // Shows nothing dated (its link to the home page is a link upward): no date rather than a guessed one.
    expect(lastmod.has('/de/corrections/')).toBe(true);
    expect(lastmod.get('/de/corrections/')).toBeUndefined();
  });

  it('leaves the search form and the error page out in every edition', async () => {
    const xml = await sitemapOf('de', '/de', ['articles/zeichen/', 'search/', '404/'], new Map());
    expect(xml).not.toContain('/de/search/');
    expect(xml).not.toContain('/de/404/');
  });
});
