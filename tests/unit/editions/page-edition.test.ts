import { describe, expect, it } from 'vitest';
import { defineEditions, SITE_EDITIONS } from '../../../src/lib/editions/config.ts';
import { pageEdition } from '../../../src/lib/editions/page-edition.ts';

describe('pageEdition', () => {
  it('addresses routes in its own edition and in the others', () => {
    const en = pageEdition(SITE_EDITIONS, 'en', 'https://example.org');
    const de = pageEdition(SITE_EDITIONS, 'de', 'https://example.org');
    expect(en.path('/topics/x/')).toBe('/topics/x/');
    expect(de.path('/topics/x/')).toBe('/de/topics/x/');
    expect(en.urlIn('de', '/articles/a/')).toBe('https://example.org/de/articles/a/');
    expect(de.urlIn('en', '/articles/a/')).toBe('https://example.org/articles/a/');
    expect([en.lang, en.locale, en.ogLocale, de.lang, de.locale, de.ogLocale]).toEqual(['en', 'en-GB', 'en_GB', 'de', 'de-DE', 'de_DE']);
    expect(en.langs).toEqual(['en', 'de']);
    expect(de.messages['nav.latest']).not.toBe(en.messages['nav.latest']);
  });

  it('links to an edition on its own domain by that domain, and builds it at its own root', () => {
    const config = defineEditions({
      defaultLang: 'en',
      editions: [
        { lang: 'en', locale: 'en-GB', shape: { kind: 'prefix' } },
        { lang: 'de', locale: 'de-DE', shape: { kind: 'domain', url: 'https://de.example.org' } },
      ],
    });
    const de = pageEdition(config, 'de', 'https://example.org');
    expect(de.path('/articles/a/')).toBe('/articles/a/');
    expect(de.urlIn('de', '/articles/a/')).toBe('https://de.example.org/articles/a/');
    expect(de.urlIn('en', '/')).toBe('https://example.org/');
  });
});
