// The data of the list pages (home, topics, sources, years, authors) and the scripture pages, from in-memory entries.
import { describe, expect, it } from 'vitest';
import { authorPages, authorsIndex, groupIndex, groupPages, homePages } from '../../../src/data/list-pages.ts';
import { bookPages, chapterPages, scriptureIndexPage } from '../../../src/data/scripture-pages.ts';
import { article, author, context } from './entries.ts';
import type { Article } from '../../../src/data/entries.ts';
import { en } from '../../../src/lib/i18n/en.ts';

const ada = author('ada', 'Ada Author', { role: 'Editor', organization: 'Watchman', url: 'https://ada.example/' });
const ben = author('ben', 'Ben Writer');
const articles = [
  article('a1', { date: '2023-05-01', topics: ['Wars'], source: { name: 'Example Wire' }, scripture: ['Luke 21:9'] }),
  article('a2', { date: '2024-01-01', topics: ['Wars', 'Food'], source: { name: 'Daily Ledger' }, scripture: ['Luke 21:7-8', 'Ezekiel'], author: 'ben' }),
  article('a3', { date: '2024-02-01', topics: ['wars'], source: { name: 'Example Wire' }, scripture: ['Luke 21:8-11'], summary: 'Written summary.' }),
];
const ctx = context(articles, [ada, ben]);

/** An article with a lead image (only what the cards read of it). */
function pictured(id: string, date: string): Article {
  const plain = article(id, { date });
  return { ...plain, data: { ...plain.data, image: { src: { src: `/${id}.jpg`, width: 1600, height: 1000, format: 'jpg' }, alt: `Picture of ${id}` } } } as Article;
}

describe('homePages', () => {
  it('cuts the newest first into pages with titles, a lead story on the first, cards and paging', () => {
    const pages = homePages(ctx, 'all', 2);
    expect(pages.map((p) => p.title)).toEqual(['Watchman Notes', 'Latest articles, page 2']);
    expect(pages[0]).toMatchObject({ heading: 'Latest articles', tagline: en['site.description'], paging: { current: 1, total: 2, base: '/', prefix: 'page/', links: { prev: undefined, next: '/page/2/' } } });
    expect(pages[1]!.paging.links).toEqual({ prev: '/', next: undefined });
    // No article has a picture: the newest leads, the next follows as a card.
    expect(pages[0]!.lead).toEqual({ locale: 'en-GB', href: '/articles/a3/', title: 'Title of a3', kicker: undefined, date: '2024-02-01', author: { href: '/authors/ada/', name: 'Ada Author' }, source: 'Example Wire', summary: 'Written summary.' });
    expect(pages[0]!.cards.map((c) => c.summary)).toEqual(['Opening of a2.']);
    expect(pages[1]).toMatchObject({ lead: undefined, blocks: [], tagline: undefined });
    expect(pages[1]!.cards.map((c) => c.href)).toEqual(['/articles/a1/']);
    expect(homePages(ctx, 'first', 2)).toHaveLength(1);
    expect(homePages(ctx, 'later', 2).map((p) => p.paging.current)).toEqual([2]);
  });

  it('leads with the newest article of the first page that has a picture, and keeps every other in order', () => {
    const list = [article('n1', { date: '2024-03-03' }), pictured('p1', '2024-03-02'), pictured('p2', '2024-03-01'), article('n2', { date: '2024-02-01' })];
    const [first, second] = homePages(context(list, [ada]), 'all', 3);
    expect(first!.lead).toMatchObject({ href: '/articles/p1/', image: { alt: 'Picture of p1', src: { width: 1600 } } });
    expect(first!.cards.map((c) => c.href)).toEqual(['/articles/n1/', '/articles/p2/']);
    expect(first!.cards[1]!.image?.alt).toBe('Picture of p2');
    expect(first!.cards[0]!.image).toBeUndefined();
    // A later page is a plain list, pictures on its cards.
    expect(second!.lead).toBeUndefined();
    expect(second!.cards.map((c) => c.href)).toEqual(['/articles/n2/']);
  });

  it('gives the first page a topics block, most articles first, and no series block without series', () => {
    const [first] = homePages(ctx, 'first');
    expect(first!.blocks).toEqual([
      {
        heading: 'Most-covered topics',
        links: [
          { href: '/topics/wars/', name: 'Wars', count: '3 articles' },
          { href: '/topics/food/', name: 'Food', count: '1 article' },
        ],
        more: { href: '/topics/', text: 'All topics' },
      },
    ]);
  });
});

describe('groupPages and groupIndex: topics, sources and years share one shape', () => {
  it('groups topics by slug under the most frequent spelling, with counts and the way back', () => {
    const [food, wars] = groupPages('topics', ctx);
    expect(food).toMatchObject({ slug: 'food', page: undefined, data: { title: 'Food', description: '1 article on Food.', label: 'Topic', count: '1 article', breadcrumbs: { label: 'Breadcrumb', links: [{ href: '/topics/', label: 'All topics' }] } } });
    expect(wars!.data.heading).toBe('Wars');
    expect(wars!.data.cards.map((c) => c.href)).toEqual(['/articles/a3/', '/articles/a2/', '/articles/a1/']);
  });

  it('leaves off the cards what the page is about: the topic\'s kicker, the source', () => {
    const topical = [article('k1', { date: '2024-03-01', topics: ['Wars'], kicker: 'wars' }), article('k2', { date: '2024-03-02', topics: ['Wars', 'Food'], kicker: 'Wars' })];
    const kctx = context(topical, [ada]);
    const [food, wars] = groupPages('topics', kctx);
    expect(wars!.data.cards.map((c) => c.kicker)).toEqual([undefined, undefined]);
    expect(food!.data.cards.map((c) => c.kicker)).toEqual(['Wars']);
    const sources = groupPages('sources', ctx);
    expect(sources.flatMap((p) => p.data.cards.map((c) => c.source))).toEqual([undefined, undefined, undefined]);
    const home = homePages(ctx)[0]!;
    expect([home.lead!, ...home.cards].map((c) => c.source)).toEqual(['Example Wire', 'Daily Ledger', 'Example Wire']);
  });

  it('pages a long group, each later page saying its number', () => {
    const pages = groupPages('sources', ctx, 1).filter((p) => p.slug === 'example-wire');
    expect(pages.map((p) => [p.page, p.data.title, p.data.paging.links])).toEqual([
      [undefined, 'Example Wire', { prev: undefined, next: '/sources/example-wire/2/' }],
      ['2', 'Example Wire, page 2', { prev: '/sources/example-wire/', next: undefined }],
    ]);
    expect(pages[1]!.data.description).toBe('2 articles on Example Wire, page 2.');
  });

  it('lists years newest first, and each kind’s index with counts', () => {
    expect(groupPages('archive', ctx).map((p) => [p.slug, p.data.label, p.data.breadcrumbs.links[0]!.label])).toEqual([
      ['2024', 'Archive', 'All years'],
      ['2023', 'Archive', 'All years'],
    ]);
    expect(groupIndex('archive', ctx)).toEqual({ title: 'Archive', description: 'Every article, by year.', items: [{ href: '/archive/2024/', name: '2024', count: '2 articles' }, { href: '/archive/2023/', name: '2023', count: '1 article' }] });
    expect(groupIndex('sources', ctx).items.map((i) => [i.name, i.count])).toEqual([['Daily Ledger', '1 article'], ['Example Wire', '2 articles']]);
  });
});

describe('authors', () => {
  it('indexes every author with their count and role', () => {
    expect(authorsIndex([ada, ben], ctx).items).toEqual([
      { href: '/authors/ada/', name: 'Ada Author', count: '2 articles', note: 'Editor' },
      { href: '/authors/ben/', name: 'Ben Writer', count: '1 article', note: undefined },
    ]);
  });

  it('gives the biography page and later pages their titles, role and links', () => {
    const pages = authorPages([ada], ctx, 1);
    expect(pages.map((p) => p.page)).toEqual([undefined, '2']);
    expect(pages[0]!.data).toMatchObject({ title: 'Ada Author', description: 'Ada Author, Editor, Watchman: 2 articles.', role: 'Editor, Watchman', first: true, website: 'https://ada.example/', articlesHeading: 'Articles by Ada Author (2)' });
    expect(pages[1]!.data).toMatchObject({ title: 'Ada Author, page 2', first: false, breadcrumbs: { label: 'Breadcrumb', links: [{ href: '/authors/ada/', label: 'About Ada Author' }] } });
    expect(pages[0]!.data.breadcrumbs).toBeUndefined();
  });

  it('says "1 article" for one, and leaves the author off the cards of their own page', () => {
    const [benPage] = authorPages([ben], ctx);
    expect(benPage!.data.description).toBe('Ben Writer: 1 article.');
    expect(benPage!.data.cards.map((c) => c.author)).toEqual([undefined]);
  });
});

describe('scripture pages', () => {
  it('indexes cited books by testament with their chapters', () => {
    const index = scriptureIndexPage(articles, ctx);
    expect(index.subtitle).toBe('2 books cited in 3 articles');
    expect(index.testaments.map((t) => [t.id, t.books.map((b) => [b.name, b.count, b.chapters.map((c) => c.number)])])).toEqual([
      ['testament-OT', [['Ezekiel', '1 article', []]]],
      ['testament-NT', [['Luke', '3 articles', [21]]]],
    ]);
    // Ranked by the count the chapter's own page shows: three articles cite some verse of Luke 21.
    expect(index.mostCited).toEqual([{ href: '/scripture/luke/21/', label: 'Luke 21', count: '3 articles' }]);
    expect(index.countNote).toMatch(/^Each count is the number of articles citing/);
    expect(scriptureIndexPage([], ctx).countNote).toBeUndefined();
    expect(scriptureIndexPage([], ctx).subtitle).toBe('No scripture cited yet.');
  });

  it('gives a book page its chapters on the first page and its whole-book citations', () => {
    const [ezekiel, luke] = bookPages(articles, ctx);
    expect(ezekiel!.data).toMatchObject({ title: 'Ezekiel in the scripture index', kicker: 'Old Testament', sub: '1 article', chapters: [], wholeBook: { count: '1 article', items: [{ href: '/articles/a2/', cites: 'Ezekiel' }] } });
    expect(luke!.data.breadcrumbs).toEqual({ label: 'Breadcrumb', links: [{ href: '/scripture/', label: 'Scripture index' }], current: 'Luke' });
    expect(luke!.data).toMatchObject({ sub: '3 articles · 1 chapter cited', chapters: [{ href: '/scripture/luke/21/', label: 'Luke 21', count: '3 articles' }], wholeBook: undefined });
  });

  it('gives a chapter page its citing articles, verse links and each cited verse once', () => {
    const [page] = chapterPages(articles, ctx);
    expect(page).toMatchObject({ book: 'luke', chapter: '21', page: undefined });
    expect(page!.data).toMatchObject({ title: 'Luke 21 in the commentary', sub: '3 articles cite this chapter', kicker: 'New Testament', book: { href: '/scripture/luke/', name: 'Luke' } });
    expect(page!.data.breadcrumbs).toEqual({
      label: 'Breadcrumb',
      links: [{ href: '/scripture/', label: 'Scripture index' }, { href: '/scripture/luke/', label: 'Luke' }],
      current: 'Luke 21',
    });
    expect(page!.data.items.map((i) => i.author?.name)).toEqual(['Ada Author', 'Ben Writer', 'Ada Author']);
    expect(page!.data.items.map((i) => [i.href, i.cites])).toEqual([
      ['/articles/a3/', [{ href: '#v8', label: 'Luke 21:8–11' }]],
      ['/articles/a2/', [{ href: '#v7', label: 'Luke 21:7–8' }]],
      ['/articles/a1/', [{ href: '#v9', label: 'Luke 21:9' }]],
    ]);
    expect(page!.data.runs.map((run) => [run.first, run.last])).toEqual([[7, 11]]);
    const later = chapterPages(articles, ctx, 2);
    expect(later[1]!.data.items[0]!.cites[0]!.href).toBe('/scripture/luke/21/#v9');
    expect(later[1]!.data.runs).toEqual([]);
  });
});
