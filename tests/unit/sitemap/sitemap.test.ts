// Sitemap rules: lastmod per page, pages left out, and the Google News sitemap's window, all pure.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { lastModifiedPages, type DatedArticle } from '../../../src/lib/sitemap/lastmod.ts';
import { NEWS_MAX_URLS, newsArticles, newsLanguage, newsSitemap } from '../../../src/lib/sitemap/news.ts';
import { inSitemap } from '../../../src/lib/sitemap/pages.ts';

const dated = (id: string, date: string, over: Partial<DatedArticle['data']> = {}): DatedArticle => ({
  id,
  data: { title: id, date, topics: ['Wars'], source: { name: 'Wire' }, author: { id: 'jane' }, ...over },
});

describe('lastModifiedPages', () => {
  const articles = [
    dated('c', '2026-03-05', { topics: ['Wars', 'Famine'] }),
    dated('b', '2026-03-03', { updated: '2026-03-10', source: { name: 'Ledger' } }),
    dated('a', '2025-12-30', { topics: ['Famine'], author: { id: 'tom' } }),
  ];
  const days = lastModifiedPages(articles, 2);

  it('dates an article page by updated, else date', () => {
    expect(days.get('/articles/b/')).toBe('2026-03-10');
    expect(days.get('/articles/c/')).toBe('2026-03-05');
  });

  it('dates every page of a list by the newest change among its articles', () => {
    expect(days.get('/topics/wars/')).toBe('2026-03-10');
    expect(days.get('/topics/famine/')).toBe('2026-03-05');
    expect(days.get('/sources/wire/')).toBe('2026-03-05');
    expect(days.get('/sources/ledger/')).toBe('2026-03-10');
    expect(days.get('/authors/jane/')).toBe('2026-03-10');
    expect(days.get('/authors/tom/')).toBe('2025-12-30');
    expect(days.get('/archive/2026/')).toBe('2026-03-10');
    expect(days.get('/archive/2025/')).toBe('2025-12-30');
    // Page size 2: the home page has a second page, at /page/2/.
    expect(days.get('/')).toBe('2026-03-10');
    expect(days.get('/page/2/')).toBe('2026-03-10');
    expect(days.get('/page/3/')).toBeUndefined();
  });

  it('names no day for pages it cannot date honestly', () => {
    for (const path of ['/topics/', '/scripture/', '/scripture/luke/', '/search/', '/archive/']) expect(days.has(path), path).toBe(false);
  });

  it('dates nothing for an empty archive', () => {
    expect(lastModifiedPages([], 10).size).toBe(0);
  });
});

describe('inSitemap', () => {
  it.each([
    ['https://s.example/', true],
    ['https://s.example/articles/a/', true],
    ['https://s.example/search/', false],
    ['https://s.example/404/', false],
    ['https://s.example/topics/search/', true],
    ['https://s.example/articles/404-errors/', true],
  ])('%s → %s', (url, expected) => expect(inSitemap(url)).toBe(expected));
});

describe('the Google News sitemap', () => {
  const article = (id: string, date: string) => ({ id, title: `Title ${id}`, date });

  it('lists the articles within two days of the newest one, newest first, whatever the order given', () => {
    const chosen = newsArticles([article('old', '2026-03-07'), article('edge', '2026-03-08'), article('new', '2026-03-10'), article('mid', '2026-03-09'), article('also-new', '2026-03-10')]);
    expect(chosen.map((a) => a.id)).toEqual(['also-new', 'new', 'mid', 'edge']);
  });

  it('counts across a month and a leap day', () => {
    expect(newsArticles([article('a', '2024-03-01'), article('b', '2024-02-28'), article('c', '2024-02-27')]).map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('lists nothing for an empty archive and at most 1,000 articles', () => {
    expect(newsArticles([])).toEqual([]);
    const many = Array.from({ length: NEWS_MAX_URLS + 5 }, (_, i) => article(`a${String(i).padStart(4, '0')}`, '2026-01-01'));
    expect(newsArticles(many)).toHaveLength(NEWS_MAX_URLS);
  });

  it('writes the publication, language, date and title of each, escaped, in valid XML', () => {
    const xml = newsSitemap([article('x', '2026-03-10'), { id: 'y', title: 'Bread & <Salt>', date: '2026-03-09' }], { name: 'Notes & Co', language: 'en-GB' }, 'https://s.example');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'url' }).parse(xml);
    const urls = doc.urlset.url as { loc: string; 'news:news': Record<string, unknown> }[];
    expect(urls.map((u) => u.loc)).toEqual(['https://s.example/articles/x/', 'https://s.example/articles/y/']);
    expect(urls[1]!['news:news']).toEqual({
      'news:publication': { 'news:name': 'Notes & Co', 'news:language': 'en' },
      'news:publication_date': '2026-03-09',
      'news:title': 'Bread & <Salt>',
    });
  });

  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['zh-TW', 'zh-tw'],
    ['pt-BR', 'pt'],
  ])('language %s → %s', (bcp47, code) => expect(newsLanguage(bcp47)).toBe(code));
});
