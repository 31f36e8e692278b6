// The scripture pages in the German edition: German book names and reference forms, addresses under
// /de/bibel/ with German slugs, German words and counts, and no English verse text (the edition has none).
import { describe, expect, it } from 'vitest';
import { bookPages, chapterPages, scriptureIndexPage, usesScriptureSegment } from '../../../src/data/scripture-pages.ts';
import { pageEdition } from '../../../src/lib/editions/page-edition.ts';
import { defineEditions, SITE_EDITIONS } from '../../../src/lib/editions/config.ts';
import { article, author, context, ENGLISH_EDITION } from './entries.ts';

const GERMAN_EDITION = pageEdition(SITE_EDITIONS, 'de', 'https://watchman.example.org');
const articles = [
  article('a1', { date: '2023-05-01', scripture: ['Luke 21:9'] }),
  article('a2', { date: '2024-01-01', scripture: ['Luke 21:7-8', 'Ezekiel', 'Genesis 3:15'], author: 'ben' }),
  article('a3', { date: '2024-02-01', scripture: ['Luke 21:8-11', 'Matthew 24:6-7; 24:29'] }),
];
const ctx = { ...context(articles, [author('ada', 'Ada Author'), author('ben', 'Ben Writer')]), edition: GERMAN_EDITION };

describe('the scripture pages in German', () => {
  it('indexes the cited books by German name and testament, with German counts and /de/bibel/ addresses', () => {
    const index = scriptureIndexPage(articles, ctx);
    expect(index).toMatchObject({ title: 'Bibelstellenregister', heading: 'Bibelstellenregister', subtitle: '4 Bücher zitiert in 3 Artikeln', mostCitedHeading: 'Die meistzitierten Kapitel' });
    expect(index.countNote).toMatch(/^Jede Zahl ist die Zahl der Artikel/);
    expect(index.testaments.map((t) => [t.name, t.books.map((b) => [b.name, b.href, b.count, b.chapters.map((c) => [c.href, c.label])])])).toEqual([
      ['Altes Testament', [
        ['1. Mose', '/de/bibel/1-mose/', '1 Artikel', [['/de/bibel/1-mose/3/', '1. Mose 3']]],
        ['Hesekiel', '/de/bibel/hesekiel/', '1 Artikel', []],
      ]],
      ['Neues Testament', [
        ['Matthäus', '/de/bibel/matthaeus/', '1 Artikel', [['/de/bibel/matthaeus/24/', 'Matthäus 24']]],
        ['Lukas', '/de/bibel/lukas/', '3 Artikel', [['/de/bibel/lukas/21/', 'Lukas 21']]],
      ]],
    ]);
    expect(index.testaments[1]!.books[0]!.chaptersLabel).toBe('Zitierte Kapitel aus Matthäus');
    expect(index.mostCited).toEqual([{ href: '/de/bibel/lukas/21/', label: 'Lukas 21', count: '3 Artikel' }]);
    expect(scriptureIndexPage([], ctx).subtitle).toBe('Noch keine Bibelstellen zitiert.');
  });

  it('gives a book page German words, its German route slug and references in the German form', () => {
    const pages = bookPages(articles, ctx);
    expect(pages.map((page) => page.book)).toEqual(['1-mose', 'hesekiel', 'matthaeus', 'lukas']);
    const ezekiel = pages[1]!.data;
    expect(ezekiel).toMatchObject({
      title: 'Hesekiel im Bibelstellenregister',
      description: '1 Artikel zitiert Hesekiel, nach Kapiteln geordnet.',
      kicker: 'Altes Testament',
      sub: '1 Artikel',
      wholeBook: { heading: 'Das Buch Hesekiel als Ganzes', count: '1 Artikel', citesLabel: 'zitiert', items: [{ cites: 'Hesekiel' }] },
      feed: { href: '/de/bibel/hesekiel/rss.xml' },
    });
    const luke = pages[3]!.data;
    expect(luke.breadcrumbs).toEqual({ label: 'Pfadnavigation', links: [{ href: '/de/bibel/', label: 'Bibelstellenregister' }], current: 'Lukas' });
    expect(luke).toMatchObject({ sub: '3 Artikel · 1 Kapitel zitiert', chaptersHeading: 'Zitierte Kapitel', chapters: [{ href: '/de/bibel/lukas/21/', label: 'Lukas 21', count: '3 Artikel' }] });
    const paged = bookPages([article('b1', { date: '2024-01-01', scripture: ['Ezekiel'] }), article('b2', { date: '2024-01-02', scripture: ['Ezekiel'] })], ctx, 1);
    expect(paged.map((page) => [page.current, page.data.title, page.data.paging.links])).toEqual([
      [1, 'Hesekiel im Bibelstellenregister', { prev: undefined, next: '/de/bibel/hesekiel/page/2/' }],
      [2, 'Hesekiel im Bibelstellenregister, Seite 2', { prev: '/de/bibel/hesekiel/', next: undefined }],
    ]);
  });

  it('gives a chapter page German references, German words and no English verse text, saying which text is missing', () => {
    const pages = chapterPages(articles, ctx);
    const luke = pages.find((page) => page.book === 'lukas')!;
    expect(luke).toMatchObject({ chapter: '21', page: undefined });
    expect(luke.data).toMatchObject({
      title: 'Lukas 21 im Kommentar',
      description: '3 Artikel zitieren Lukas 21.',
      sub: '3 Artikel zitieren dieses Kapitel',
      kicker: 'Neues Testament',
      citesLabel: 'Zitiert',
      book: { href: '/de/bibel/lukas/', name: 'Lukas' },
    });
    // No verse text in this edition, so no verse anchors on the page: the cited passages are labels, not links.
    expect(luke.data.items.map((item) => item.cites)).toEqual([
      [{ label: 'Lukas 21,8–11' }],
      [{ label: 'Lukas 21,7–8' }],
      [{ label: 'Lukas 21,9' }],
    ]);
    expect(pages.find((page) => page.book === 'matthaeus')!.data.items[0]!.cites.map((cite) => cite.label)).toEqual(['Matthäus 24,6–7', 'Matthäus 24,29']);
    expect(pages.find((page) => page.book === '1-mose')!.data.label).toBe('1. Mose 3');
    expect(luke.data.runs).toEqual([]);
    expect(luke.data.missingText).toBe('Der Text der Lutherbibel 1912 liegt auf dieser Website nicht vor.');
    expect(luke.data.textHeading).toBe('Die zitierten Verse (LUT1912)');
    expect(chapterPages(articles, ctx, 2).find((page) => page.book === 'lukas' && page.page === '2')!.data.missingText).toBeUndefined();
  });

  it('keeps the English pages in English with the KJV text', () => {
    const english = chapterPages(articles, { ...ctx, edition: ENGLISH_EDITION }).find((page) => page.book === 'luke')!;
    expect(english.data.description).toBe('3 articles cite Luke 21, with the King James text of the verses cited.');
    expect(english.data.runs.map((run) => [run.first, run.last])).toEqual([[7, 11]]);
    expect(english.data.missingText).toBeUndefined();
  });

  it('builds the scripture routes of an edition in its own folder only', () => {
    expect([usesScriptureSegment(ENGLISH_EDITION, 'scripture'), usesScriptureSegment(ENGLISH_EDITION, 'bibel')]).toEqual([true, false]);
    expect([usesScriptureSegment(GERMAN_EDITION, 'scripture'), usesScriptureSegment(GERMAN_EDITION, 'bibel')]).toEqual([false, true]);
  });

  it('addresses a German edition on its own domain at its root', () => {
    const domain = defineEditions({ defaultLang: 'en', editions: [{ lang: 'en', locale: 'en-GB', shape: { kind: 'prefix' } }, { lang: 'de', locale: 'de-DE', shape: { kind: 'domain', url: 'https://de.example.org' } }] });
    const index = scriptureIndexPage(articles, { edition: pageEdition(domain, 'de', 'https://watchman.example.org') });
    expect(index.testaments[1]!.books[1]!.href).toBe('/bibel/lukas/');
  });
});
