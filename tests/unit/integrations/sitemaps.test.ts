// The sitemaps integration run through @astrojs/sitemap's own hooks (no Astro build): a fake
// translations map gives hreflang alternates in a German prefix run; an empty one changes nothing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
async function sitemapOf(lang: 'en' | 'de', base: string, pages: string[], translations: Translations): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sitemaps-'));
  dirs.push(dir);
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
});
