// Each edition's Open Graph card (public/site-card.png, public/site-card-de.png) is the one npm run site-card
// draws from the edition's strings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderOgImage } from '../../../src/lib/og/render.ts';
import { siteCard, siteCardImage, siteCardPath } from '../../../src/lib/og/site-card.ts';
import { messagesFor } from '../../../src/lib/i18n/index.ts';
import { site } from '../../../src/site.config.ts';

const editions = site.editions.editions.map(({ lang }) => ({ lang, isDefault: lang === site.editions.defaultLang, messages: messagesFor(lang) }));

describe('the site card of each edition', () => {
  it.each(editions)('$lang is up to date with the site\'s title and the edition\'s description (else: npm run site-card, and commit the files)', (edition) => {
    const committed = readFileSync(new URL(`../../../public${siteCardPath(edition)}`, import.meta.url));
    expect(committed.equals(renderOgImage(siteCard(site.title, edition)))).toBe(true);
  });

  it('has no date and says what the site is in its alt text, in the edition\'s language', () => {
    const [en, de] = editions;
    expect(siteCard(site.title, en!).date).toBe('');
    expect(siteCardImage(site.title, en!)).toEqual({ path: '/site-card.png', alt: `Watchman Notes: ${site.description}`, width: 1200, height: 630 });
    expect(siteCardImage(site.title, de!)).toEqual({ path: '/site-card-de.png', alt: `Watchman Notes: ${messagesFor('de')['site.description']}`, width: 1200, height: 630 });
    expect(siteCard(site.title, de!).kicker).toBe(messagesFor('de')['site-card.kicker']);
  });
});
