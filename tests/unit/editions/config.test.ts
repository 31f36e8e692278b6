import { describe, expect, it } from 'vitest';
import {
  defineEditions,
  editionPath,
  editionsInBuild,
  editionUrl,
  SITE_EDITIONS,
  type EditionsConfig,
} from '../../../src/lib/editions/config.ts';
import { site } from '../../../src/site.config.ts';

const prefixed: EditionsConfig = SITE_EDITIONS;
const ownDomain = defineEditions({
  defaultLang: 'en',
  editions: [
    { lang: 'en', locale: 'en-GB', shape: { kind: 'prefix' } },
    { lang: 'de', locale: 'de-DE', shape: { kind: 'domain', url: 'https://wachter.example.de' } },
  ],
});

describe('editions config', () => {
  it('is the site config value, with English the default in en-GB (the day-month-year dates the site prints)', () => {
    expect(site.editions).toBe(SITE_EDITIONS);
    expect(SITE_EDITIONS.defaultLang).toBe('en');
    expect(SITE_EDITIONS.editions.map((e) => [e.lang, e.locale])).toEqual([['en', 'en-GB'], ['de', 'de-DE']]);
  });

  it('rejects a duplicate language, a missing default, a default on its own domain, a relative domain and a bad locale', () => {
    const en = { lang: 'en', locale: 'en-GB', shape: { kind: 'prefix' } } as const;
    expect(() => defineEditions({ defaultLang: 'en', editions: [en, en] })).toThrow(/"en" is listed twice/);
    expect(() => defineEditions({ defaultLang: 'de', editions: [en] })).toThrow(/default "de" is not among/);
    expect(() =>
      defineEditions({ defaultLang: 'en', editions: [{ ...en, shape: { kind: 'domain', url: 'https://a.example' } }] }),
    ).toThrow(/give it shape \{ kind: 'prefix' \}/);
    expect(() =>
      defineEditions({ defaultLang: 'en', editions: [en, { lang: 'de', locale: 'de-DE', shape: { kind: 'domain', url: 'wachter.de' } }] }),
    ).toThrow(/absolute https/);
    expect(() => defineEditions({ defaultLang: 'en', editions: [{ ...en, locale: 'en_GB!' }] })).toThrow(/not a BCP 47 locale/);
  });
});

describe('addresses of a route per edition', () => {
  it('keeps the default edition at today’s addresses', () => {
    for (const route of ['/', '/articles/x/', '/scripture/matthew/24/', '/rss.xml']) {
      expect(editionPath(prefixed, 'en', route)).toBe(route);
      expect(editionPath(ownDomain, 'en', route)).toBe(route);
    }
  });

  it('puts a prefix edition under /<lang>/ and a domain edition at its own root', () => {
    expect(editionPath(prefixed, 'de', '/')).toBe('/de/');
    expect(editionPath(prefixed, 'de', '/bibel/matthaeus/24/')).toBe('/de/bibel/matthaeus/24/');
    expect(editionPath(ownDomain, 'de', '/bibel/matthaeus/24/')).toBe('/bibel/matthaeus/24/');
  });

  it('gives absolute addresses across editions for both shapes', () => {
    const siteUrl = 'https://watchman.example.org';
    expect(editionUrl(prefixed, 'de', '/articles/x/', siteUrl)).toBe('https://watchman.example.org/de/articles/x/');
    expect(editionUrl(prefixed, 'en', '/articles/x/', `${siteUrl}/`)).toBe('https://watchman.example.org/articles/x/');
    expect(editionUrl(ownDomain, 'de', '/articles/x/', siteUrl)).toBe('https://wachter.example.de/articles/x/');
    expect(editionUrl(ownDomain, 'en', '/', siteUrl)).toBe('https://watchman.example.org/');
  });

  it('refuses a route that is not site-relative and an unknown edition', () => {
    expect(() => editionPath(prefixed, 'de', 'articles/x/')).toThrow(/start with one "\/"/);
    expect(() => editionPath(prefixed, 'de', '//evil.example/')).toThrow(/start with one "\/"/);
    expect(() => editionPath(prefixed, 'fr' as 'de', '/')).toThrow(/no edition "fr"/);
  });

  it('builds the prefix editions together and a domain edition alone', () => {
    expect(editionsInBuild(prefixed).map((e) => e.lang)).toEqual(['en', 'de']);
    expect(editionsInBuild(ownDomain).map((e) => e.lang)).toEqual(['en']);
    expect(editionsInBuild(ownDomain, 'de').map((e) => e.lang)).toEqual(['de']);
  });
});
