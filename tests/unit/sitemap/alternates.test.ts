// hreflang alternates of the sitemap, robots.txt and lastmod in a prefix edition: pure functions.
import { describe, expect, it } from 'vitest';
import { alternatesOf, articleTranslations } from '../../../src/lib/sitemap/alternates.ts';
import { lastModifiedPages } from '../../../src/lib/sitemap/lastmod.ts';
import { hostSitemaps, robotsTxt } from '../../../src/lib/sitemap/robots.ts';
import { defineEditions } from '../../../src/lib/editions/config.ts';
import { pageEdition } from '../../../src/lib/editions/page-edition.ts';
import { SITE_EDITIONS } from '../../../src/lib/editions/config.ts';

const SITE = 'https://watchman.example.org';
const GERMAN = pageEdition(SITE_EDITIONS, 'de', SITE);
const ENGLISH = pageEdition(SITE_EDITIONS, 'en', SITE);

describe('articleTranslations', () => {
  it('keys each translated article by its address in the run and lists its other versions', () => {
    const map = articleTranslations([{ id: 'zeichen', translations: [{ lang: 'en', id: 'signs' }] }, { id: 'nur-deutsch', translations: [] }], GERMAN);
    expect([...map]).toEqual([['/de/articles/zeichen/', [{ lang: 'en', url: `${SITE}/articles/signs/` }]]]);
    expect([...articleTranslations([{ id: 'signs', translations: [{ lang: 'de', id: 'zeichen' }] }], ENGLISH)]).toEqual([['/articles/signs/', [{ lang: 'de', url: `${SITE}/de/articles/zeichen/` }]]]);
  });
});

describe('alternatesOf', () => {
  const translations = new Map([['/articles/signs/', [{ lang: 'es', url: `${SITE}/es/articles/senales/` }, { lang: 'de', url: `${SITE}/de/articles/zeichen/` }]]]);
  it('lists the page itself first, then its translations by language', () => {
    expect(alternatesOf(`${SITE}/articles/signs/`, 'en', translations)).toEqual([
      { lang: 'en', url: `${SITE}/articles/signs/` },
      { lang: 'de', url: `${SITE}/de/articles/zeichen/` },
      { lang: 'es', url: `${SITE}/es/articles/senales/` },
    ]);
  });
  it('gives none for a page without translations, and none at all with an empty map', () => {
    expect(alternatesOf(`${SITE}/articles/other/`, 'en', translations)).toBeUndefined();
    expect(alternatesOf(`${SITE}/articles/signs/`, 'en', new Map())).toBeUndefined();
    expect(alternatesOf(`${SITE}/articles/signs/`, 'en', new Map([['/articles/signs/', []]]))).toBeUndefined();
  });
});

describe('lastModifiedPages in a prefix edition', () => {
  it('dates the pages at their /de/ addresses, as the sitemap lists them', () => {
    const days = lastModifiedPages([{ id: 'k1', data: { title: 'K', date: '2026-03-02', topics: ['Kriege'], source: { name: 'Blatt' }, author: { id: 'anna' } } }], 10, GERMAN.path);
    expect([...days.keys()].sort()).toEqual(['/de/', '/de/archive/2026/', '/de/articles/k1/', '/de/authors/anna/', '/de/sources/blatt/', '/de/topics/kriege/']);
  });
});

describe('robotsTxt', () => {
  it('names each sitemap index given', () => {
    expect(robotsTxt([`${SITE}/sitemap-index.xml`])).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`);
    expect(robotsTxt([`${SITE}/sitemap-index.xml`, `${SITE}/de/sitemap-index.xml`])).toMatch(/Sitemap: .*\/sitemap-index.xml\nSitemap: .*\/de\/sitemap-index.xml\n$/);
  });
});

describe('hostSitemaps', () => {
  it('names the default edition and every /<lang>/ edition built beside it, not one without articles', () => {
    expect(hostSitemaps(SITE_EDITIONS, 'en', () => 3, ENGLISH.urlIn)).toEqual([`${SITE}/sitemap-index.xml`, `${SITE}/de/sitemap-index.xml`]);
    expect(hostSitemaps(SITE_EDITIONS, 'en', (lang) => (lang === 'de' ? 0 : 3), ENGLISH.urlIn)).toEqual([`${SITE}/sitemap-index.xml`]);
  });

  it("names only its own sitemap on an edition's own domain", () => {
    const config = defineEditions({ defaultLang: 'en', editions: [{ lang: 'en', locale: 'en-GB', shape: { kind: 'prefix' } }, { lang: 'de', locale: 'de-DE', shape: { kind: 'domain', url: 'https://de.example.org' } }] });
    const german = pageEdition(config, 'de', SITE);
    expect(hostSitemaps(config, 'de', () => 3, german.urlIn)).toEqual(['https://de.example.org/sitemap-index.xml']);
    expect(hostSitemaps(config, 'en', () => 3, pageEdition(config, 'en', SITE).urlIn)).toEqual([`${SITE}/sitemap-index.xml`]);
  });
});
