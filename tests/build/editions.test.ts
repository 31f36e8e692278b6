// Language editions, built (issue 23): the fixture has English and German articles, a translation
// pair sharing its id, a German-only article, a draft in each edition and a German bio. Both shapes:
// German under /de/ beside English, and German alone on its own domain (`--edition de`).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import type { SiteContent } from '../../src/lib/build/site-content.ts';

let prefix: BuildResult;
let domain: BuildResult;

const html = (site: BuildResult, path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf8');
const articleIds = (site: BuildResult, folder = '') => readdirSync(join(site.dist, folder, 'articles')).filter((name) => existsSync(join(site.dist, folder, 'articles', name, 'index.html'))).sort();
const htmlLang = (page: string) => /<html lang="([^"]+)"/.exec(page)?.[1];
const canonical = (page: string) => /<link rel="canonical" href="([^"]+)"/.exec(page)?.[1];
const ogImage = (page: string) => /<meta property="og:image" content="([^"]+)"/.exec(page)?.[1];
const validated = (site: BuildResult) => JSON.parse(readFileSync(join(site.root, 'node_modules/.cache/watchman/validated-site.json'), 'utf8')) as SiteContent;

/** Every text file of a built site, with its path. */
function textFiles(dir: string, prefix = ''): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(abs).isDirectory()) return textFiles(abs, rel);
    return /\.(html|xml|json|txt|js|css)$/.test(name) ? [{ path: rel, text: readFileSync(abs, 'utf8') }] : [];
  });
}

beforeAll(async () => {
  prefix = await buildSite('editions-prefix', ['editions']);
  if (prefix.code !== 0) throw new Error(`build failed:\n${prefix.output}`);
  domain = await buildSite('editions-domain', ['editions'], { EDITION_DOMAINS: 'de=https://de.example.org', SITE_URL: 'https://de.example.org' }, undefined, ['--edition', 'de']);
  if (domain.code !== 0) throw new Error(`build failed:\n${domain.output}`);
}, 240_000);

describe('the /de/ shape: both editions in one site', () => {
  it('builds each edition\'s articles in its own folder, a translation under the same id', () => {
    expect(articleIds(prefix)).toEqual(['grain-report']);
    expect(articleIds(prefix, 'de')).toEqual(['grain-report', 'hafen-gespraeche']);
    expect(prefix.output).toMatch(/search index: 3 article pages in \d+ ms \(de 2, en 1\)/);
    expect(prefix.output).toMatch(/audit: 3 article pages, no drafts in the output, 3 Open Graph cards/);
  });

  it('writes German pages in German with their addresses under /de/', () => {
    const german = html(prefix, 'de/articles/hafen-gespraeche');
    expect(htmlLang(german)).toBe('de');
    expect(htmlLang(html(prefix, 'articles/grain-report'))).toBe('en');
    expect(canonical(german)).toBe('https://watchman.example.org/de/articles/hafen-gespraeche/');
    expect(ogImage(german)).toBe('https://watchman.example.org/de/og/hafen-gespraeche.png');
    expect(readdirSync(join(prefix.dist, 'de/og')).sort()).toEqual(['grain-report.png', 'hafen-gespraeche.png']);
    expect(readdirSync(join(prefix.dist, 'og')).sort()).toEqual(['grain-report.png']);
    const entry = JSON.parse(readFileSync(join(prefix.dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]))).toEqual({ de: 2, en: 1 });
  });

  it('reads German prose references in German, links them to the German index and shows no English verse text', () => {
    const german = html(prefix, 'de/articles/hafen-gespraeche');
    const links = [...german.matchAll(/<a class="scripture-ref" href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[2], m[1]]);
    // No German verse text: each links its chapter in the German index (no verse anchor: those need text),
    // with a box that says the text is missing, whether or not the frontmatter lists it.
    expect(links).toEqual([
      ['1. Thess 5,3', '/de/bibel/1-thessalonicher/5/'],
      ['Dan 9,27', '/de/bibel/daniel/9/'],
      ['Hes 38–39', '/de/bibel/hesekiel/38/'],
      ['Matthäus 24,6', '/de/bibel/matthaeus/24/'],
    ]);
    expect(german.split('class="scripture-ref-tip__text scripture-ref-tip__note"')).toHaveLength(5);
    expect(german).toContain('Markus Söder sagte');
    expect(german).not.toMatch(/<a[^>]*>Markus/);
    for (const page of [german, html(prefix, 'de/articles/grain-report')]) expect(page).not.toContain('(KJV)');
    // The prose facts the pages read are German displays.
    const site = validated(prefix);
    expect(site.articles['de/hafen-gespraeche']!.facts.citations.map((c) => c.display)).toEqual(['1. Thessalonicher 5,3', 'Daniel 9,27', 'Hesekiel 38–39', 'Matthäus 24,6']);
  });

  it('links a translation both ways', () => {
    const site = validated(prefix);
    expect(site.editions['en']!.translations).toEqual({ 'grain-report': [{ lang: 'de', id: 'grain-report' }] });
    expect(site.editions['de']!.translations).toEqual({ 'grain-report': [{ lang: 'en', id: 'grain-report' }] });
    const english = html(prefix, 'articles/grain-report');
    // The head's alternates come with the article page's chrome; where it is built, they go both ways.
    if (english.includes('hreflang=')) {
      expect(english).toContain('hreflang="de" href="https://watchman.example.org/de/articles/grain-report/"');
      expect(html(prefix, 'de/articles/grain-report')).toContain('hreflang="en" href="https://watchman.example.org/articles/grain-report/"');
    }
  });

  it('keeps the German bio for the German edition', () => {
    expect(validated(prefix).bios).toEqual({ de: { 'hanna-weber': { file: 'content/authors/de/hanna-weber.md', role: 'Korrespondentin' } } });
  });

  it('leaks no draft of either edition into any edition', () => {
    const leaks = textFiles(prefix.dist).filter((file) => /vorlaeufiger-entwurf|warehouse-notes|Lagerhallen am Nordkai|warehouses on the north quay|Vorläufiger Entwurf|Warehouse Notes/.test(file.text));
    expect(leaks.map((file) => file.path)).toEqual([]);
  });
});

describe('the own-domain shape: German built alone', () => {
  it('builds only the German articles, at the root of its domain', () => {
    expect(articleIds(domain)).toEqual(['grain-report', 'hafen-gespraeche']);
    expect(existsSync(join(domain.dist, 'de'))).toBe(false);
    const page = html(domain, 'articles/hafen-gespraeche');
    expect(htmlLang(page)).toBe('de');
    expect(canonical(page)).toBe('https://de.example.org/articles/hafen-gespraeche/');
    expect(ogImage(page)).toBe('https://de.example.org/og/hafen-gespraeche.png');
    expect(domain.output).toMatch(/content valid: 2 published articles, 1 drafts in the edition de/);
  });

  it('has nothing of the English edition and no draft', () => {
    const english = textFiles(domain.dist).filter((file) => /Grain Prices Climb Again|Harbour Ledger|vorlaeufiger-entwurf|Lagerhallen am Nordkai|warehouses on the north quay/.test(file.text));
    expect(english.map((file) => file.path)).toEqual([]);
  });
});
