// Page data of the chrome and the article page in the German edition: every fixed word German, every
// address under /de/, dates in German, and the translation links; English stays as it was.
import { describe, expect, it } from 'vitest';
import { articlePage } from '../../../src/data/article-page.ts';
import { articleCard } from '../../../src/data/article-card.ts';
import { chromeData, notFoundPage } from '../../../src/data/chrome.ts';
import type { Article } from '../../../src/data/entries.ts';
import type { PageContext } from '../../../src/data/page-context.ts';
import { SITE_EDITIONS } from '../../../src/lib/editions/config.ts';
import { pageEdition } from '../../../src/lib/editions/page-edition.ts';
import { englishLeaks, englishOnlyStrings } from '../i18n/english-leak.ts';
import { article, author, context } from './entries.ts';

const SITE = 'https://watchman.example.org';
const GERMAN = pageEdition(SITE_EDITIONS, 'de', SITE);

/** A German article with every part an article page can show: updates, corrections, quotes, a series, a kicker. */
function full(id: string, date: string, part: number): Article {
  const entry = article(id, {
    title: `Ein Vertrag in Eile, Teil ${part}`,
    date,
    kicker: 'Nahost',
    updated: '2024-02-05',
    topics: ['Krieg', 'Nahost'],
    source: { name: 'Beispielblatt', url: 'https://beispiel.example/bericht' },
    updates: [{ date: '2024-02-04', text: 'Die Regierung hat nachgelegt.' }],
    quotes: [{ text: 'Wir unterschreiben heute.', speaker: 'Erika Beispiel' }],
  });
  const data = entry.data as unknown as Record<string, unknown>;
  data.corrections = [
    { date: '2024-02-03', text: 'Das Datum war falsch.' },
    { date: '2024-02-02', text: 'Der Name war falsch geschrieben.' },
  ];
  data.quotes = [{ text: 'Wir unterschreiben heute.', speaker: 'Erika Beispiel', date: '2024-01-30', url: 'https://beispiel.example/zitat' }];
  data.series = { name: 'Abkommen', part };
  return entry;
}

const first = full('vertrag-1', '2024-01-01', 1);
const second = full('vertrag-2', '2024-02-01', 2);
const related = article('krieg', { title: 'Krieg im Norden', date: '2023-12-01', topics: ['Krieg', 'Nahost'] });
const german = (translationsOf: PageContext['translationsOf'] = () => []): PageContext => ({
  ...context([first, second, related], [author('ada', 'Ada Autorin', { role: 'Redakteurin' })], 690),
  edition: GERMAN,
  translationsOf,
});

describe('englishOnlyStrings', () => {
  it('lists what only the English table says, not words both languages share', () => {
    const english = englishOnlyStrings();
    expect(english).toEqual(expect.arrayContaining(['Related articles', 'Who said what', 'min read', 'All updates on this site']));
    // Language names are the same in both tables ("Auch auf: English"); the passage tip is only punctuation.
    expect(english).not.toContain('English');
    expect(english).not.toContain('Deutsch');
  });

  it('finds an English word in data and passes over addresses and German text', () => {
    expect(englishLeaks({ heading: 'Related articles', href: '/articles/x/' }).map((leak) => leak.english)).toContain('Related articles');
    expect(englishLeaks({ heading: 'Weitere Artikel', href: '/de/articles/x/', url: 'https://x.example/search/' })).toEqual([]);
  });
});

describe('the article page in German', () => {
  const page = articlePage(second, german());

  it('has no word of the English strings table', () => {
    expect(englishLeaks(page)).toEqual([]);
  });

  it('prints German words, German dates and addresses in the German edition', () => {
    expect(page.locale).toBe('de-DE');
    expect(page.quotes[0]!.text).toBe('„Wir unterschreiben heute.“');
    expect(page.text).toMatchObject({ by: 'Von', published: 'Veröffentlicht am', readingTime: '3 Min. Lesezeit', moreFrom: 'mehr von Beispielblatt', allCorrections: 'Alle 2 Korrekturen' });
    expect(page.author.href).toBe('/de/authors/ada/');
    expect(page.source.moreHref).toBe('/de/sources/beispielblatt/');
    expect(page.topics[0]).toEqual({ name: 'Krieg', href: '/de/topics/krieg/' });
    expect(page.older?.href).toBe('/de/articles/vertrag-1/');
    expect(page.quotes[0]!.personHref).toMatch(/^\/de\/people\//);
    expect(page.series).toMatchObject({ heading: 'Teil 2 von 2 der Serie', href: '/de/series/abkommen/' });
    expect(page.series?.parts[0]?.href).toBe('/de/articles/vertrag-1/');
    expect(page.updateList).toMatchObject({ heading: 'Aktualisierungen', more: { href: '/de/updates/', text: 'Alle Aktualisierungen auf dieser Website' } });
    expect(page.correctionList).toMatchObject({ heading: 'Korrekturen', more: { href: '/de/corrections/' } });
    expect(page.related.map((r) => [r.href, r.reason])).toContainEqual(['/de/articles/krieg/', 'Ebenfalls zu Krieg, Nahost']);
    expect(page.head.image.alt).toBe('Nahost: Ein Vertrag in Eile, Teil 2. Von Ada Autorin, 1. Februar 2024. Watchman Notes.');
    expect(page.head.jsonLd).toMatchObject({ url: `${SITE}/de/articles/vertrag-2/`, inLanguage: 'de', author: [{ url: `${SITE}/de/authors/ada/` }] });
    expect(page.head.jsonLd.isPartOf).toMatchObject({ url: `${SITE}/de/series/abkommen/` });
  });

  it('has no translation links or alternates when the article has no translation', () => {
    expect(page.translations).toEqual([]);
    expect(page.head.alternates).toEqual([]);
  });

  it('links each translation, named in its own language, and lists it and itself as hreflang alternates', () => {
    const english = `${SITE}/articles/a-treaty/`;
    const translated = articlePage(second, german((entry) => (entry.id === 'vertrag-2' ? [{ lang: 'en', href: english }] : [])));
    expect(translated.text.alsoIn).toBe('Auch auf:');
    expect(translated.translations).toEqual([{ lang: 'en', href: english, name: 'English' }]);
    expect(translated.head.alternates).toEqual([
      { lang: 'de', href: `${SITE}/de/articles/vertrag-2/` },
      { lang: 'en', href: english },
    ]);
  });
});

describe('the article page in English', () => {
  const treaty = article('treaty', { date: '2024-02-01', topics: ['Wars'] });

  it('keeps its words and says its language in JSON-LD', () => {
    const page = articlePage(treaty, context([treaty]));
    expect(page.text).toMatchObject({ by: 'By', published: 'Published', readingTime: '1 min read', moreFrom: 'more from Example Wire' });
    expect(page.head.jsonLd).toMatchObject({ inLanguage: 'en' });
  });

  it('names a German translation "Deutsch" under "Also in:"', () => {
    const href = `${SITE}/de/articles/vertrag/`;
    const page = articlePage(treaty, { ...context([treaty]), translationsOf: () => [{ lang: 'de', href }] });
    expect([page.text.alsoIn, page.translations]).toEqual(['Also in:', [{ lang: 'de', href, name: 'Deutsch' }]]);
    expect(page.head.alternates).toEqual([{ lang: 'en', href: `${SITE}/articles/treaty/` }, { lang: 'de', href }]);
  });
});

describe('cards and the site frame in German', () => {
  it('a card links into the edition and dates in its locale', () => {
    const card = articleCard(second, german());
    expect(card).toMatchObject({ href: '/de/articles/vertrag-2/', locale: 'de-DE', author: { href: '/de/authors/ada/' } });
    expect(englishLeaks(card)).toEqual([]);
  });

  it('the header and footer are German, link into the edition and say that no verse text is shown', () => {
    const chrome = chromeData(GERMAN, '/de/topics/krieg/');
    expect(englishLeaks(chrome)).toEqual([]);
    expect(chrome).toMatchObject({ lang: 'de', ogLocale: 'de_DE', skipLink: 'Zum Inhalt springen', home: '/de/', feed: '/de/rss.xml' });
    expect(chrome.nav.links.map((link) => [link.href, link.current])).toEqual([
      ['/de/', false],
      ['/de/topics/', true],
      ['/de/bibel/', false],
      ['/de/sources/', false],
      ['/de/archive/', false],
    ]);
    expect(chrome.footer.verses).toBe(GERMAN.messages['footer.no-scripture-text']);
    expect(chrome.footer.links.every((link) => link.href.startsWith('/de/'))).toBe(true);
  });

  it('English keeps the KJV line, the home page’s later pages under "Latest", and no search box on the search page', () => {
    const english = context([]).edition;
    expect(chromeData(english, '/page/2/').footer.verses).toBe('Scripture quotations from the King James Version (public domain).');
    expect(chromeData(english, '/page/2/').nav.links[0]!.current).toBe(true);
    expect(chromeData(english, '/search/').search).toBeUndefined();
    expect(chromeData(GERMAN, '/de/search/').search).toBeUndefined();
  });

  it('the not-found page is German', () => {
    const page = notFoundPage(GERMAN);
    expect(englishLeaks(page)).toEqual([]);
    expect(page.links.map((link) => link.href)).toEqual(['/de/', '/de/search/', '/de/archive/']);
  });
});
