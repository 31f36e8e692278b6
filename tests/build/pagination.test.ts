// Builds twelve articles sharing a topic, source, author, year, chapter and whole-book citation, and
// checks that every long list paginates at stable URLs with rel prev/next, each article listed once.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { site as siteConfig } from '../../src/site.config.ts';

let site: BuildResult;
const page = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf8');
const exists = (path: string) => existsSync(join(site.dist, path, 'index.html'));
const main = (html: string) => /<main[^>]*>([\s\S]*)<\/main>/.exec(html)![1]!;
/** Article ids linked from the main column, each once. */
const articleLinks = (html: string) => [...new Set([...main(html).matchAll(/href="\/articles\/([^/]+)\/"/g)].map((m) => m[1]))];
const paged = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => `paged-${String(from - i).padStart(2, '0')}`);

beforeAll(async () => {
  site = await buildSite('pagination', ['base', 'pagination']);
  if (site.code !== 0) throw new Error(`build failed:\n${site.output}`);
});

describe('paginated lists', () => {
  // [first page, second page, articles on page 1, articles on page 2]
  const lists: [string, string, string[], string[]][] = [
    ['topics/paging', 'topics/paging/2', paged(12, 3), paged(2, 1)],
    ['sources/paging-wire', 'sources/paging-wire/2', paged(12, 3), paged(2, 1)],
    ['archive/2020', 'archive/2020/2', paged(12, 3), paged(2, 1)],
    ['authors/ada-author', 'authors/ada-author/2', ['base-article', ...paged(12, 4)], paged(3, 1)],
    ['scripture/joel/2', 'scripture/joel/2/2', paged(12, 3), paged(2, 1)],
    ['scripture/ezekiel', 'scripture/ezekiel/page/2', paged(12, 3), paged(2, 1)],
  ];

  it.each(lists)('%s: page 1 at its old URL, page 2 at %s, each article once', (first, second, onFirst, onSecond) => {
    expect(siteConfig.pageSize).toBe(10);
    expect(articleLinks(page(first))).toEqual(onFirst);
    expect(articleLinks(page(second))).toEqual(onSecond);
    expect(exists(`${second.replace(/2$/, '3')}`)).toBe(false);
  });

  it.each(lists)('%s: rel next/prev in the head and the Pagination links', (first, second) => {
    const one = page(first);
    const two = page(second);
    expect(one).toContain(`<link rel="next" href="/${second}/">`);
    expect(one).not.toContain('<link rel="prev"');
    expect(one).toContain(`<a rel="next" href="/${second}/">Older →</a>`);
    expect(two).toContain(`<link rel="prev" href="/${first}/">`);
    expect(two).not.toContain('<link rel="next"');
    expect(two).toContain(`<a rel="prev" href="/${first}/">← Newer</a>`);
    expect(two).toContain('Page 2 of 2');
  });

  it('lists the later pages in the sitemap', () => {
    const sitemap = readFileSync(join(site.dist, 'sitemap-0.xml'), 'utf8');
    for (const [, second] of lists) expect(sitemap).toContain(`/${second}/</loc>`);
  });

  it('prints the chapter text on the first page only; later pages link to its verses', () => {
    expect(page('scripture/joel/2')).toContain('id="v12"');
    const two = page('scripture/joel/2/2');
    expect(two).not.toContain('id="v1"');
    expect(two).toContain('<a href="/scripture/joel/2/#v1">Joel 2:1</a>');
  });
});
