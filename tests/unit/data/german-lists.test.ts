// The list pages, newsroom pages and feeds of a German edition (prefix shape, /de/): every word from
// the German strings, German dates and plurals, every address under /de/. The cards themselves
// (src/data/article-card.ts) belong to the article-page work and are left out of the address check.
import { describe, expect, it } from 'vitest';
import type { Article, Person } from '../../../src/data/entries.ts';
import { authorPages, authorsIndex, groupIndex, groupPages, homePages } from '../../../src/data/list-pages.ts';
import { correctionsPages, peopleIndexPage, personPages, seriesIndexPage, seriesPages, updatesPages } from '../../../src/data/newsroom-pages.ts';
import { authorFeeds, mainChannel, seriesFeeds, sourceFeeds, subjectChannel, topicFeeds } from '../../../src/data/subject-feeds.ts';
import { updatesFeed } from '../../../src/data/updates-feed.ts';
import { personHref } from '../../../src/data/people.ts';
import { seriesNavOf } from '../../../src/data/series.ts';
import { pageEdition } from '../../../src/lib/editions/page-edition.ts';
import { SITE_EDITIONS } from '../../../src/lib/editions/config.ts';
import { feedItem } from '../../../src/lib/feeds/items.ts';
import { rssDocument } from '../../../src/lib/feeds/rss.ts';
import { article, author, context, type ArticleSpec } from './entries.ts';

const SITE = 'https://watchman.example.org';
const GERMAN = pageEdition(SITE_EDITIONS, 'de', SITE);

/**
 * English UI words that never belong on a German page (case-sensitive: German capitalises nouns).
 * A small stand-in for the chrome work's tests/unit/i18n/english-leak.ts, to be merged with it.
 */
const ENGLISH_UI = /(?<![\p{L}])(the|and|of|on|by|articles?|Articles?|page|Page|Pages|Latest|Topics?|Sources?|Archive|All|Authors?|Quoted|quotes?|Series|series|Part|parts?|Corrections?|Updates?|updates|Follow|About|More|Breadcrumb|Newer|Older|published|years|No)(?![\p{L}])/u;

/** Every string in a value, with where it is, leaving out what the content itself says (`skip`). */
function strings(value: unknown, skip: ReadonlySet<string>, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, skip, `${at}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (skip.has(key) ? [] : strings(item, skip, at ? `${at}.${key}` : key)));
  }
  return [];
}

/** Content (titles, names, quotes, notes, summaries), addresses and JSON-LD are not UI words. */
const CONTENT_KEYS = new Set(['cards', 'card', 'jsonLd', 'href', 'website', 'articleTitle', 'text', 'name', 'date', 'role', 'base', 'prefix', 'links']);

function expectGerman(value: unknown): void {
  const leaks = strings(value, CONTENT_KEYS).filter(([, text]) => ENGLISH_UI.test(text));
  expect(leaks).toEqual([]);
}

/** Every href in a value (cards left out: see the header). */
function hrefs(value: unknown): string[] {
  return strings(value, new Set(['cards', 'card', 'jsonLd'])).filter(([at]) => /(^|\.)href$|links\.(prev|next)$/.test(at)).map(([, href]) => href);
}

function germanArticle(id: string, spec: ArticleSpec & { series?: { name: string; part?: number }; corrections?: { date: string; text: string }[] }): Article {
  const entry = article(id, { title: `Titel ${id}`, summary: `Zusammenfassung ${id}.`, ...spec });
  return { ...entry, data: { ...entry.data, corrections: spec.corrections ?? [], ...(spec.series ? { series: spec.series } : {}) } } as Article;
}

const anna = author('anna', 'Anna Autorin', { role: 'Redakteurin', organization: 'Wächter', url: 'https://anna.example/' });
const articles = [
  germanArticle('k1', { date: '2026-03-02', author: 'anna', topics: ['Kriege'], source: { name: 'Tagesblatt' }, series: { name: 'Zeichen der Zeit', part: 1 }, quotes: [{ text: 'Frieden und Sicherheit.', speaker: 'Mara Quill' }], corrections: [{ date: '2026-03-04', text: 'Ein Name war falsch geschrieben.' }] }),
  germanArticle('k2', { date: '2025-12-24', author: 'anna', topics: ['Kriege', 'Hunger'], source: { name: 'Tagesblatt' }, series: { name: 'Zeichen der Zeit', part: 2 }, updates: [{ date: '2026-01-02', text: 'Die Gespräche gingen weiter.' }] }),
  germanArticle('k3', { date: '2025-11-01', author: 'anna', topics: ['Kriege'], source: { name: 'Morgenpost' } }),
];
const mara: Person = { id: 'mara-quill', collection: 'people', body: '', data: { name: 'Mara Quill', aliases: [], description: 'Gesandte' } } as unknown as Person;
const ctx = { ...context(articles, [anna]), people: [mara], edition: GERMAN };

describe('German list pages', () => {
  it('home pages: German headings, the German site description, /de/ paging', () => {
    const pages = homePages(ctx, 'all', 2);
    expect(pages.map((p) => [p.title, p.heading])).toEqual([
      ['Watchman Notes', 'Neueste Artikel'],
      ['Neueste Artikel, Seite 2', 'Neueste Artikel, Seite 2'],
    ]);
    expect(pages[0]!.paging).toMatchObject({ base: '/de/', links: { next: '/de/page/2/' }, text: { label: 'Seiten', older: 'Ältere →', position: 'Seite 1 von 2' } });
    expect(pages[1]!.paging.links.prev).toBe('/de/');
    expect(pages[0]!.description).toMatch(/^Nachrichten des Tages/);
    expect(pages[0]!.empty).toBe('Noch keine Artikel.');
    expectGerman(pages);
  });

  it('topic, source and year pages: German labels, counts, feeds and ways back, all under /de/', () => {
    const [hunger, kriege] = groupPages('topics', ctx, 2);
    expect(hunger!.data).toMatchObject({ label: 'Thema', count: '1 Artikel', description: '1 Artikel zu Hunger.' });
    expect(kriege!.data.feed).toEqual({ href: '/de/topics/kriege/rss.xml', title: 'Kriege · Watchman Notes', name: 'Kriege', text: 'Kriege per RSS folgen' });
    expect(kriege!.data.breadcrumbs).toEqual({ label: 'Pfadnavigation', links: [{ href: '/de/topics/', label: 'Alle Themen' }] });
    const later = groupPages('topics', ctx, 2).find((p) => p.slug === 'kriege' && p.page === '2')!;
    expect(later.data).toMatchObject({ title: 'Kriege, Seite 2', description: '3 Artikel zu Kriege, Seite 2.' });
    const years = groupPages('archive', ctx);
    expect(years.map((p) => [p.slug, p.data.label, p.data.breadcrumbs.links[0]])).toEqual([
      ['2026', 'Archiv', { href: '/de/archive/', label: 'Alle Jahre' }],
      ['2025', 'Archiv', { href: '/de/archive/', label: 'Alle Jahre' }],
    ]);
    const all = [...groupPages('topics', ctx, 2), ...groupPages('sources', ctx), ...years];
    expectGerman(all.map((p) => p.data));
    for (const href of hrefs(all.map((p) => p.data))) expect(href).toMatch(/^\/de\//);
  });

  it('indexes of topics, sources, years and authors', () => {
    expect(groupIndex('topics', ctx)).toEqual({
      title: 'Themen',
      description: 'Alle behandelten Themen mit der Zahl ihrer Artikel.',
      items: [
        { href: '/de/topics/hunger/', name: 'Hunger', count: '1 Artikel' },
        { href: '/de/topics/kriege/', name: 'Kriege', count: '3 Artikel' },
      ],
    });
    expect(groupIndex('sources', ctx).items.map((i) => i.href)).toEqual(['/de/sources/morgenpost/', '/de/sources/tagesblatt/']);
    expect(authorsIndex([anna], ctx)).toMatchObject({ title: 'Autoren', items: [{ href: '/de/authors/anna/', count: '3 Artikel', note: 'Redakteurin' }] });
    expectGerman([groupIndex('topics', ctx), groupIndex('sources', ctx), groupIndex('archive', ctx), authorsIndex([anna], ctx)]);
  });

  it('author pages: German words, and the edition’s own bio and role when it has one', () => {
    const pages = authorPages([anna], ctx, 2);
    expect(pages[0]!.data).toMatchObject({
      kicker: 'Autor',
      description: 'Anna Autorin, Redakteurin, Wächter: 3 Artikel.',
      websiteText: 'Website von Anna Autorin',
      articlesHeading: 'Artikel von Anna Autorin (3)',
      feed: { href: '/de/authors/anna/rss.xml', text: 'Anna Autorin per RSS folgen' },
    });
    expect(pages[1]!.data).toMatchObject({ title: 'Anna Autorin, Seite 2', breadcrumbs: { label: 'Pfadnavigation', links: [{ href: '/de/authors/anna/', label: 'Über Anna Autorin' }] } });
    expect(JSON.stringify(pages[0]!.data.jsonLd)).toContain(`"${SITE}/de/authors/anna/"`);
    expect(pages[0]!.bio).toBe(anna);
    const bio = { id: 'de/anna', data: { role: 'Chefredakteurin' } };
    const withBio = authorPages([anna], ctx, 10, new Map([['anna', bio]]));
    expect(withBio[0]!.bio).toBe(bio);
    expect(withBio[0]!.data.role).toBe('Chefredakteurin, Wächter');
    expect(authorsIndex([anna], ctx, new Map([['anna', bio]])).items[0]!.note).toBe('Chefredakteurin');
    expectGerman(pages.map((p) => p.data));
  });
});

describe('German newsroom pages', () => {
  it('people quoted: German counts, dates and the way to the article', () => {
    expect(peopleIndexPage(ctx)).toEqual({
      title: 'Zitierte Personen',
      description: 'Alle in einem Artikel zitierten Personen (1), mit dem, was sie sagten, und wo.',
      empty: 'Bisher wurde niemand zitiert.',
      items: [{ href: '/de/people/mara-quill/', name: 'Mara Quill', count: '1 Zitat' }],
    });
    const [page] = personPages(ctx);
    expect(page!.data).toMatchObject({ kicker: 'Zitiert', sub: 'Gesandte · 1 Zitat', description: 'Mara Quill, Gesandte: 1 Zitat in unseren Artikeln.', breadcrumbs: { links: [{ href: '/de/people/', label: 'Zitierte Personen' }] } });
    expect(page!.data.quotes).toEqual([{ text: 'Frieden und Sicherheit.', role: undefined, date: '2026-03-02', dateText: '2. März 2026', inArticle: 'im Artikel', href: '/de/articles/k1/#quote-1', articleTitle: 'Titel k1' }]);
    expectGerman([peopleIndexPage(ctx), page!.data]);
  });

  it('series: German parts in the dative after a preposition, and every address under /de/', () => {
    expect(seriesIndexPage(ctx)).toMatchObject({ title: 'Serien', description: 'Artikel in mehreren Teilen: 1 Serie.', items: [{ href: '/de/series/zeichen-der-zeit/', count: '2 von 2 Teilen' }] });
    const [series] = seriesPages(ctx);
    expect(series!.data).toMatchObject({ kicker: 'Serie', description: 'Zeichen der Zeit: eine Serie in 2 Teilen.', sub: '2 Teile', breadcrumbs: { links: [{ href: '/de/series/', label: 'Alle Serien' }] } });
    expect(series!.data.parts.map((p) => p.kicker)).toEqual(['Teil 1', 'Teil 2']);
    expect(JSON.stringify(series!.data.jsonLd)).toContain(`${SITE}/de/articles/k1/`);
    expectGerman([seriesIndexPage(ctx), series!.data]);
  });

  it('corrections and updates: German words and dates, /de/ links and feed', () => {
    const [corrections] = correctionsPages(ctx);
    expect(corrections!.data).toMatchObject({ title: 'Korrekturen', empty: 'Bisher keine Korrekturen.', description: 'Alle Korrekturen an Artikeln nach ihrer Veröffentlichung, die neuesten zuerst: insgesamt 1.' });
    expect(corrections!.data.items).toEqual([{ date: '2026-03-04', dateText: '4. März 2026', href: '/de/articles/k1/', articleTitle: 'Titel k1', text: 'Ein Name war falsch geschrieben.' }]);
    const [updates] = updatesPages(ctx);
    expect(updates!.data).toMatchObject({ title: 'Aktualisierungen', feed: { href: '/de/updates/rss.xml', title: 'Aktualisierungen · Watchman Notes', text: 'Aktualisierungen per RSS folgen' } });
    expect(updates!.data.items[0]).toMatchObject({ dateText: '2. Januar 2026', href: '/de/articles/k2/' });
    expect(correctionsPages(ctx, 1).length).toBe(1);
    expectGerman([corrections!.data, updates!.data]);
    for (const href of hrefs([corrections!.data, updates!.data])) expect(href).toMatch(/^\/de\//);
  });
});

describe('German feeds', () => {
  it('subject feeds: German descriptions, language de, every address under /de/', () => {
    const feeds = [...topicFeeds(ctx), ...sourceFeeds(ctx), ...authorFeeds([anna], ctx), ...seriesFeeds(ctx)];
    expect(feeds.map((f) => f.description)).toEqual([
      'Artikel zum Thema Hunger von Watchman Notes.',
      'Artikel zum Thema Kriege von Watchman Notes.',
      'Artikel mit Bezug auf Morgenpost, von Watchman Notes.',
      'Artikel mit Bezug auf Tagesblatt, von Watchman Notes.',
      'Artikel von Anna Autorin auf Watchman Notes.',
      'Die Teile der Serie Zeichen der Zeit, von Watchman Notes.',
    ]);
    const channel = subjectChannel(feeds[1]!, ctx);
    expect(channel).toMatchObject({ title: 'Kriege · Watchman Notes', link: `${SITE}/de/topics/kriege/`, self: `${SITE}/de/topics/kriege/rss.xml`, language: 'de' });
    expect(channel.items.map((i) => i.link)).toEqual([`${SITE}/de/articles/k1/`, `${SITE}/de/articles/k2/`, `${SITE}/de/articles/k3/`]);
    expect(rssDocument(channel)).toContain('<language>de</language>');
  });

  it('the main feed’s channel and the updates feed in German', () => {
    const main = mainChannel(GERMAN, [feedItem({ id: 'k1', title: 'Titel k1', date: '2026-03-02', summary: 'S.', author: 'Anna Autorin', topics: [] }, (route) => GERMAN.urlIn('de', route))]);
    expect(main).toMatchObject({ link: `${SITE}/de/`, self: `${SITE}/de/rss.xml`, language: 'de' });
    expect(main.items[0]!.guid).toBe(`${SITE}/de/articles/k1/`);
    expect(main.description).toMatch(/^Nachrichten des Tages/);
    const updates = updatesFeed(ctx);
    expect(updates).toMatchObject({ title: 'Aktualisierungen · Watchman Notes', link: `${SITE}/de/updates/`, self: `${SITE}/de/updates/rss.xml`, language: 'de' });
    expect(updates.description).toBe('Ergänzungen zu Artikeln nach ihrer Veröffentlichung, die neuesten zuerst, von Watchman Notes.');
    expect(updates.items.map((i) => [i.title, i.link])).toEqual([['Aktualisierung: Titel k2', `${SITE}/de/articles/k2/#updates-heading`]]);
    expectGerman([{ title: main.title, description: main.description }, { title: updates.title, description: updates.description, items: updates.items.map((i) => ({ title: i.title })) }]);
  });

  it('a domain edition builds at its own root: feeds link to its own address', () => {
    const config = { defaultLang: 'en' as const, editions: [{ lang: 'en' as const, locale: 'en-GB', shape: { kind: 'prefix' as const } }, { lang: 'de' as const, locale: 'de-DE', shape: { kind: 'domain' as const, url: 'https://waechter.example.de' } }] };
    const edition = pageEdition(config, 'de', SITE);
    const dctx = { ...ctx, edition };
    expect(groupIndex('topics', dctx).items[0]!.href).toBe('/topics/hunger/');
    expect(subjectChannel(topicFeeds(dctx)[0]!, dctx)).toMatchObject({ link: 'https://waechter.example.de/topics/hunger/', language: 'de' });
  });
});

describe('the English leak check itself', () => {
  it('finds English UI words and passes German ones', () => {
    expect(ENGLISH_UI.test('Latest articles, page 2')).toBe(true);
    expect(ENGLISH_UI.test('3 articles on Wars')).toBe(true);
    expect(ENGLISH_UI.test('Neueste Artikel, Seite 2')).toBe(false);
    expect(strings({ title: 'All series', cards: [{ title: 'Older' }] }, CONTENT_KEYS)).toEqual([['title', 'All series']]);
  });
});

describe('what the article page takes from the series and people data', () => {
  it('links the series and the person quoted under /de/ when the context has the edition', () => {
    expect(seriesNavOf(articles[1]!, ctx)).toMatchObject({ href: '/de/series/zeichen-der-zeit/', parts: [{ href: '/de/articles/k1/' }, { number: 2 }] });
    expect(personHref('Mara Quill', ctx)).toBe('/de/people/mara-quill/');
    expect(personHref('Mara Quill', { people: [mara] })).toBe('/people/mara-quill/');
    // A speaker who is not named has no page to link to, in any edition.
    expect(personHref('ein Sprecher', ctx)).toBeUndefined();
    expect(personHref('An unnamed delegate', { people: [mara] })).toBeUndefined();
  });
});
