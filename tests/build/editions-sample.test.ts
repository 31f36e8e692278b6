// The sample site's German edition (content/articles/de/, content/authors/de/) built beside the English one:
// every German page speaks German, translations link both ways, and references in German prose link to
// the German scripture index. The two deployment shapes over a fixture are in editions.test.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { englishOnlyStrings } from '../unit/i18n/english-leak.ts';
import { checkProject } from '../../src/lib/validation/check-project.ts';

let site: BuildResult;
let german: { id: string; translationOf?: string }[];

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

/** What a reader sees of a page: its text without scripts, addresses, and authors' biographies (content, shown in the default edition's words when an author has no bio in this edition). */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<div class="prose bio"[\s\S]*?<\/div>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/https?:\/\/\S+|\/de\/\S*/g, ' ');
}

beforeAll(async () => {
  site = await buildSite('editions-sample', ['repo']);
  if (site.code !== 0) throw new Error(`build failed:\n${site.output}`);
  german = checkProject(site.root, { cache: false })
    .articles.filter((article) => article.data.lang === 'de' && !article.data.draft)
    .map((article) => ({ id: article.id, ...(article.data.translationOf ? { translationOf: `${article.data.translationOf.lang}/${article.data.translationOf.id}` } : {}) }));
}, 300_000);

describe('the sample site in two editions', () => {
  it('publishes each German article once, under /de/, in German', () => {
    expect(german.length).toBeGreaterThanOrEqual(3);
    for (const { id } of german) {
      const html = readFileSync(join(site.dist, 'de/articles', id, 'index.html'), 'utf8');
      expect(html).toMatch(/^<!DOCTYPE html><html lang="de">/);
      expect(() => statSync(join(site.dist, 'articles', id))).toThrow();
    }
  });

  it('shows no English UI word on any German page or feed', () => {
    const words = englishOnlyStrings().map((english) => ({ english, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u') }));
    const pages = files(join(site.dist, 'de')).filter((file) => /\.(html|xml)$/.test(file));
    expect(pages.length).toBeGreaterThan(20);
    const leaks = pages.flatMap((file) => {
      const text = visibleText(readFileSync(file, 'utf8'));
      return words.filter(({ pattern }) => pattern.test(text)).map(({ english }) => `${relative(site.dist, file)}: "${english}"`);
    });
    expect(leaks).toEqual([]);
  });

  it('links a translation both ways, visibly and with hreflang, in pages and sitemaps', () => {
    const pair = german.find((article) => article.translationOf);
    expect(pair, 'a German sample article is a translation').toBeDefined();
    const englishId = pair!.translationOf!.replace(/^en\//, '');
    const de = readFileSync(join(site.dist, 'de/articles', pair!.id, 'index.html'), 'utf8');
    const en = readFileSync(join(site.dist, 'articles', englishId, 'index.html'), 'utf8');
    expect(en).toContain(`<link rel="alternate" hreflang="de" href="https://watchman.example.org/de/articles/${pair!.id}/">`);
    expect(de).toContain(`<link rel="alternate" hreflang="en" href="https://watchman.example.org/articles/${englishId}/">`);
    expect(en).toMatch(new RegExp(`<a href="https://watchman.example.org/de/articles/${pair!.id}/" hreflang="de" lang="de">Deutsch</a>`));
    expect(de).toMatch(new RegExp(`<a href="https://watchman.example.org/articles/${englishId}/" hreflang="en" lang="en">English</a>`));
    expect(readFileSync(join(site.dist, 'sitemap-0.xml'), 'utf8')).toContain(`<xhtml:link rel="alternate" hreflang="de" href="https://watchman.example.org/de/articles/${pair!.id}/"/>`);
    expect(readFileSync(join(site.dist, 'de/sitemap-0.xml'), 'utf8')).toContain(`<xhtml:link rel="alternate" hreflang="en" href="https://watchman.example.org/articles/${englishId}/"/>`);
    expect(readFileSync(join(site.dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://watchman.example.org/de/sitemap-index.xml');
  });

  it('reads references in German prose and links them to the German scripture index, never with English verse text', () => {
    const html = readFileSync(join(site.dist, 'de/articles/lebensmittelpreise-rekord/index.html'), 'utf8');
    for (const href of ['/de/bibel/lukas/21/', '/de/bibel/matthaeus/24/', '/de/bibel/offenbarung/6/']) expect(html).toContain(`href="${href}`);
    expect(html).toContain('Lukas 21,9–11');
    // Luke 21:11 in the KJV: "And great earthquakes shall be in divers places"
    expect(html).not.toContain('divers places');
    expect(statSync(join(site.dist, 'de/bibel/lukas/21/index.html')).isFile()).toBe(true);
  });
});
