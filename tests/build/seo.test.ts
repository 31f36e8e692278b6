// The sample site as search engines and link previews read it: every sitemap page dated (the pages
// whose date is unknown are named here), JSON-LD of the promised shapes on every page, a WebSite
// with a search action on each home page, a BreadcrumbList wherever breadcrumbs show, and an error
// page whose og:url is a page that exists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { jsonLdProblems } from '../support/json-ld-shapes.ts';
import { htmlFiles, urlPathOf } from '../support/quality/dist.ts';

const ORIGIN = 'https://watchman.example.org';
let site: BuildResult;
const read = (path: string) => readFileSync(join(site.dist, path), 'utf8');
const jsonLdOf = (html: string): Record<string, unknown>[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((match) => JSON.parse(match[1]!) as Record<string, unknown>);

beforeAll(async () => {
  site = await buildSite('seo', ['repo']);
  if (site.code !== 0) throw new Error(`build failed:\n${site.output}`);
});

describe('sitemap lastmod', () => {
  // These show nothing dated, so they have no date rather than a guessed one: the German edition has
  // no corrections, updates or series yet, and Ruth Calloway has written no German article; the about pages are the site config's editorial standards.
  const UNKNOWN = ['/about/', '/de/about/', '/de/authors/ruth-calloway/', '/de/corrections/', '/de/series/', '/de/updates/'];

  it('dates every page of both editions but the named ones, each day a real YYYY-MM-DD', () => {
    const entries = ['sitemap-0.xml', 'de/sitemap-0.xml'].flatMap((file) =>
      [...read(file).matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, url]) => ({ path: new URL(/<loc>([^<]+)<\/loc>/.exec(url!)![1]!).pathname, lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(url!)?.[1] })),
    );
    expect(entries.length).toBeGreaterThan(100);
    expect(entries.filter((entry) => !entry.lastmod).map((entry) => entry.path).sort()).toEqual(UNKNOWN);
    for (const { path, lastmod } of entries) if (lastmod) expect(lastmod, path).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(entries.map((entry) => entry.path)).not.toContain('/de/search/');
  });

  it('dates a scripture chapter by the newest article citing it, and the index by the newest of all', () => {
    const lastmod = new Map([...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc><lastmod>([^<]{10})/g)].map(([, loc, day]) => [new URL(loc!).pathname, day]));
    // Nahum 2 is cited by part 2 of the Nineveh series alone.
    expect(lastmod.get('/scripture/nahum/2/')).toBe(lastmod.get('/articles/nineveh-2-gates-of-the-rivers/'));
    expect(lastmod.get('/scripture/')).toBe(lastmod.get('/'));
  });
});

describe('JSON-LD', () => {
  it('every block on every page has the promised shape', () => {
    let blocks = 0;
    for (const file of htmlFiles(site.dist)) {
      for (const block of jsonLdOf(read(file))) {
        blocks++;
        expect(jsonLdProblems(block), `${file}: ${JSON.stringify(block).slice(0, 200)}`).toEqual([]);
      }
    }
    expect(blocks).toBeGreaterThan(100);
  });

  it('each edition’s home page is a WebSite searched at its own search page', () => {
    for (const [file, search] of [['index.html', `${ORIGIN}/search/`], ['de/index.html', `${ORIGIN}/de/search/`]] as const) {
      const website = jsonLdOf(read(file)).find((block) => block['@type'] === 'WebSite');
      expect((website?.potentialAction as { target: { urlTemplate: string } }).target.urlTemplate).toBe(`${search}?q={search_term_string}`);
    }
  });

  it('every page that shows breadcrumbs has a BreadcrumbList naming the same crumbs', () => {
    let pages = 0;
    for (const file of htmlFiles(site.dist)) {
      const html = read(file);
      const nav = /<nav class="breadcrumb[^"]*"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1];
      if (!nav) continue;
      pages++;
      const shown = [...nav.matchAll(/<(?:a [^>]*|span aria-current="page")>([^<]*)</g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
      const list = jsonLdOf(html).find((block) => block['@type'] === 'BreadcrumbList');
      expect(list, urlPathOf(file)).toBeDefined();
      expect((list!.itemListElement as { name: string }[]).map((item) => item.name), urlPathOf(file)).toEqual(shown);
    }
    expect(pages).toBeGreaterThan(30);
  });

  it('an article is based on its news story as a NewsArticle with its address and publisher', () => {
    const article = jsonLdOf(read('articles/pyongyang-moscow-treaty/index.html')).find((block) => block['@type'] === 'OpinionNewsArticle')!;
    expect(article.isBasedOn).toMatchObject({ '@type': 'NewsArticle', url: expect.stringMatching(/^https:\/\//), publisher: { '@type': 'Organization', name: expect.any(String) } });
  });
});

describe('the error page', () => {
  it('names its edition’s home page as og:url, never an address that is not a page', () => {
    expect(read('404.html')).toContain(`<meta property="og:url" content="${ORIGIN}/">`);
    expect(read('de/404.html')).toContain(`<meta property="og:url" content="${ORIGIN}/de/">`);
    expect(read('404.html')).not.toContain('rel="canonical"');
  });
});
