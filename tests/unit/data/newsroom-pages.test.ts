// The data of the newsroom pages (people quoted, series, corrections and updates archives, the updates feed), from in-memory entries.
import { describe, expect, it } from 'vitest';
import type { Article, Person } from '../../../src/data/entries.ts';
import { correctionsPages, peopleIndexPage, personPages, seriesIndexPage, seriesPages, updatesPages } from '../../../src/data/newsroom-pages.ts';
import { updatesFeed } from '../../../src/data/updates-feed.ts';
import { rssDocument } from '../../../src/lib/feeds/rss.ts';
import { site } from '../../../src/site.config.ts';
import { article, context, type ArticleSpec } from './entries.ts';

/** An article with the newsroom fields the shared builder leaves out: a series and corrections. */
function newsroomArticle(id: string, spec: ArticleSpec & { series?: { name: string; part?: number }; corrections?: { date: string; text: string }[] }): Article {
  const entry = article(id, spec);
  return { ...entry, data: { ...entry.data, corrections: spec.corrections ?? [], ...(spec.series ? { series: spec.series } : {}) } } as Article;
}

function personFile(id: string, name: string, extra: { aliases?: string[]; description?: string; url?: string } = {}): Person {
  return { id, collection: 'people', body: 'A note.', data: { name, aliases: extra.aliases ?? [], ...(extra.description ? { description: extra.description } : {}), ...(extra.url ? { url: extra.url } : {}) } } as unknown as Person;
}

const articles = [
  newsroomArticle('n1', { date: '2024-01-01', series: { name: 'Signs of the Times', part: 1 }, quotes: [{ text: 'Peace at last.', speaker: 'Mara Quill' }, { text: 'We will see.', speaker: 'Tom Reed' }], corrections: [{ date: '2024-01-05', text: 'A name was misspelt.' }] }),
  newsroomArticle('n2', { date: '2024-02-01', series: { name: 'Signs of the Times', part: 3 }, quotes: [{ text: 'Not yet.', speaker: 'M. Quill' }], corrections: [{ date: '2024-02-03', text: 'The date of the summit was wrong.' }, { date: '2024-02-04', text: 'A quote was cut short.' }] }),
  newsroomArticle('n3', { date: '2024-03-01', series: { name: 'A Lone Study' } }),
];
const mara = personFile('mara-quill', 'Mara Quill', { aliases: ['M. Quill'], description: 'Envoy of the Northern League', url: 'https://mara.example/' });
const ctx = { ...context(articles), people: [mara] };
const abs = (path: string) => new URL(path, site.url).href;

describe('people quoted', () => {
  it('indexes everyone quoted, merging spellings through the person file, with counts in words', () => {
    expect(peopleIndexPage(ctx)).toEqual({
      title: 'People quoted',
      description: 'Everyone quoted in an article (2), with what they said and where.',
      empty: 'No one quoted yet.',
      items: [
        { href: '/people/mara-quill/', name: 'Mara Quill', count: '2 quotes' },
        { href: '/people/tom-reed/', name: 'Tom Reed', count: '1 quote' },
      ],
    });
    expect(peopleIndexPage(context([])).items).toEqual([]);
  });

  it('gives a person with a file their description, website, quote links and a ProfilePage', () => {
    const [page] = personPages(ctx).filter((p) => p.slug === 'mara-quill');
    expect(page).toMatchObject({ page: undefined, file: mara });
    expect(page!.data).toMatchObject({
      title: 'Mara Quill',
      description: 'Mara Quill, Envoy of the Northern League: 2 quotes in our articles.',
      sub: 'Envoy of the Northern League · 2 quotes',
      breadcrumbs: { label: 'Breadcrumb', links: [{ href: '/people/', label: 'People quoted' }] },
      first: true,
      website: 'https://mara.example/',
    });
    expect(page!.data.quotes.map((q) => [q.text, q.date, q.href])).toEqual([
      ['Not yet.', '2024-02-01', '/articles/n2/#quote-1'],
      ['Peace at last.', '2024-01-01', '/articles/n1/#quote-1'],
    ]);
    expect(page!.data.jsonLd).toMatchObject({ '@type': 'ProfilePage', url: abs('/people/mara-quill/'), mainEntity: { name: 'Mara Quill', description: 'Envoy of the Northern League', sameAs: 'https://mara.example/' } });
    expect((page!.data.jsonLd.hasPart as unknown[]).length).toBe(2);
  });

  it('says "1 quote" for someone without a file, and numbers later pages', () => {
    const tom = personPages(ctx).find((p) => p.slug === 'tom-reed')!;
    expect(tom.file).toBeUndefined();
    expect(tom.data).toMatchObject({ description: 'Tom Reed: 1 quote in our articles.', sub: '1 quote', website: undefined });
    const pages = personPages(ctx, 1).filter((p) => p.slug === 'mara-quill');
    expect(pages.map((p) => [p.page, p.data.title, p.data.first, p.data.paging.links])).toEqual([
      [undefined, 'Mara Quill', true, { prev: undefined, next: '/people/mara-quill/2/' }],
      ['2', 'Mara Quill, page 2', false, { prev: '/people/mara-quill/', next: undefined }],
    ]);
    expect(pages[1]!.data.description).toBe('Mara Quill, Envoy of the Northern League: 2 quotes in our articles, page 2.');
    expect(pages[1]!.data.jsonLd).toMatchObject({ url: abs('/people/mara-quill/2/'), hasPart: [{ text: 'Peace at last.', isPartOf: { url: abs('/articles/n1/') } }] });
  });
});

describe('series', () => {
  it('indexes series by name with published parts of the total', () => {
    expect(seriesIndexPage(ctx)).toEqual({
      title: 'Series',
      description: 'Articles written in parts: 2 series.',
      empty: 'No series yet.',
      items: [
        { href: '/series/a-lone-study/', name: 'A Lone Study', count: '1 of 1 part' },
        { href: '/series/signs-of-the-times/', name: 'Signs of the Times', count: '2 of 3 parts' },
      ],
    });
  });

  it('gives a series page its parts in order, how many are out, its feed and a CreativeWorkSeries', () => {
    const [lone, signs] = seriesPages(ctx);
    expect(lone!.data).toMatchObject({ description: 'A Lone Study: a series in 1 part.', sub: '1 part' });
    expect(signs!.slug).toBe('signs-of-the-times');
    expect(signs!.data).toMatchObject({ title: 'Signs of the Times', heading: 'Signs of the Times', description: 'Signs of the Times: a series in 3 parts.', sub: '3 parts, 2 published', breadcrumbs: { label: 'Breadcrumb', links: [{ href: '/series/', label: 'All series' }] }, feed: { href: '/series/signs-of-the-times/rss.xml', name: 'Signs of the Times' } });
    expect(signs!.data.parts.map((p) => [p.number, p.kicker, p.card.href])).toEqual([
      [1, 'Part 1', '/articles/n1/'],
      [3, 'Part 3', '/articles/n2/'],
    ]);
    expect(signs!.data.jsonLd).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CreativeWorkSeries',
      url: abs('/series/signs-of-the-times/'),
      name: 'Signs of the Times',
      hasPart: [
        { '@type': 'OpinionNewsArticle', url: abs('/articles/n1/'), headline: 'Title of n1', position: 1 },
        { '@type': 'OpinionNewsArticle', url: abs('/articles/n2/'), headline: 'Title of n2', position: 3 },
      ],
    });
  });
});

describe('corrections archive', () => {
  it('lists every correction newest first with its article, and the total in the description', () => {
    const [page] = correctionsPages(ctx);
    expect(page!.page).toBeUndefined();
    expect(page!.data).toMatchObject({ title: 'Corrections', heading: 'Corrections', description: 'Every correction made to an article after publication, newest first: 3 in all.' });
    expect(page!.data.items).toEqual([
      { date: '2024-02-04', dateText: '4 February 2024', href: '/articles/n2/', articleTitle: 'Title of n2', text: 'A quote was cut short.' },
      { date: '2024-02-03', dateText: '3 February 2024', href: '/articles/n2/', articleTitle: 'Title of n2', text: 'The date of the summit was wrong.' },
      { date: '2024-01-05', dateText: '5 January 2024', href: '/articles/n1/', articleTitle: 'Title of n1', text: 'A name was misspelt.' },
    ]);
  });

  it('numbers later pages, and has one empty page when nothing was corrected', () => {
    const pages = correctionsPages(ctx, 2);
    expect(pages.map((p) => [p.page, p.data.title, p.data.items.length])).toEqual([
      [undefined, 'Corrections', 2],
      ['2', 'Corrections, page 2', 1],
    ]);
    expect(pages[1]!.data.description).toBe('Every correction made to an article after publication, newest first: 3 in all, page 2.');
    expect(correctionsPages(context([])).map((p) => [p.page, p.data.items])).toEqual([[undefined, []]]);
  });
});

describe('updates archive and feed', () => {
  const updated = [
    article('u1', { date: '2024-01-01', topics: ['Wars'], updates: [{ date: '2024-01-09', text: 'Talks resumed.' }, { date: '2024-01-09', text: 'A second statement came.' }] }),
    article('u2', { date: '2024-02-01', updates: [{ date: '2024-02-03', text: 'The vote was held.' }] }),
    article('u3', { date: '2024-03-01' }),
  ];
  const uctx = context(updated);

  it('lists every update newest first with its article, its texts from the page data, and advertises its feed', () => {
    const [page, ...rest] = updatesPages(uctx);
    expect(rest).toEqual([]);
    expect(page!.page).toBeUndefined();
    expect(page!.data).toMatchObject({
      title: 'Updates',
      heading: 'Updates',
      description: 'Every update added to an article after publication, newest first: 3 in all.',
      intro: expect.stringContaining('Every update, newest first.'),
      empty: 'No updates so far.',
      feed: { href: '/updates/rss.xml', title: `Updates · ${site.title}`, name: 'updates' },
    });
    expect(page!.data.items).toEqual([
      { date: '2024-02-03', dateText: '3 February 2024', href: '/articles/u2/', articleTitle: 'Title of u2', text: 'The vote was held.' },
      { date: '2024-01-09', dateText: '9 January 2024', href: '/articles/u1/', articleTitle: 'Title of u1', text: 'Talks resumed.' },
      { date: '2024-01-09', dateText: '9 January 2024', href: '/articles/u1/', articleTitle: 'Title of u1', text: 'A second statement came.' },
    ]);
    // The corrections archive keeps its own texts and has no feed.
    const corrections = correctionsPages(uctx)[0]!.data;
    expect(corrections).toMatchObject({ items: [], empty: 'No corrections so far.' });
    expect(corrections.feed).toBeUndefined();
  });

  it('pages like the corrections archive, and has one empty page when nothing was updated', () => {
    expect(updatesPages(uctx, 2).map((p) => [p.page, p.data.title, p.data.items.length])).toEqual([
      [undefined, 'Updates', 2],
      ['2', 'Updates, page 2', 1],
    ]);
    expect(updatesPages(context([])).map((p) => [p.page, p.data.items])).toEqual([[undefined, []]]);
  });

  it('feeds one item per update, newest first, linking to the article’s updates, each guid its own', () => {
    const feed = updatesFeed(uctx);
    expect(feed).toMatchObject({ title: `Updates · ${site.title}`, link: abs('/updates/'), self: abs('/updates/rss.xml') });
    expect(feed.items.map((item) => [item.title, item.link, item.guid, item.pubDate, item.description, item.author, item.categories])).toEqual([
      ['Update: Title of u2', `${abs('/articles/u2/')}#updates-heading`, `${abs('/articles/u2/')}#update-2024-02-03`, 'Sat, 03 Feb 2024 00:00:00 GMT', 'The vote was held.', 'Ada Author', []],
      ['Update: Title of u1', `${abs('/articles/u1/')}#updates-heading`, `${abs('/articles/u1/')}#update-2024-01-09`, 'Tue, 09 Jan 2024 00:00:00 GMT', 'Talks resumed.', 'Ada Author', ['Wars']],
      ['Update: Title of u1', `${abs('/articles/u1/')}#updates-heading`, `${abs('/articles/u1/')}#update-2024-01-09-2`, 'Tue, 09 Jan 2024 00:00:00 GMT', 'A second statement came.', 'Ada Author', ['Wars']],
    ]);
    // The guid names the update; it is not an address of its own.
    expect(rssDocument(feed)).toContain(`<guid isPermaLink="false">${abs('/articles/u2/')}#update-2024-02-03</guid>`);
    expect(rssDocument(feed)).toContain('<lastBuildDate>Sat, 03 Feb 2024 00:00:00 GMT</lastBuildDate>');
    expect(updatesFeed(uctx, 2).items.map((item) => item.guid.split('#')[1])).toEqual(['update-2024-02-03', 'update-2024-01-09']);
  });
});
