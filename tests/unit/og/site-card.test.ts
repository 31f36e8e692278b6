// The site's Open Graph card (public/site-card.png) is the one npm run site-card draws from the site config.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderOgImage } from '../../../src/lib/og/render.ts';
import { SITE_CARD_PATH, siteCard, siteCardImage } from '../../../src/lib/og/site-card.ts';
import { site } from '../../../src/site.config.ts';

describe('the site card', () => {
  it('is up to date with the site\'s title and description (else: npm run site-card, and commit the file)', () => {
    const committed = readFileSync(new URL(`../../../public${SITE_CARD_PATH}`, import.meta.url));
    expect(committed.equals(renderOgImage(siteCard(site)))).toBe(true);
  });

  it('has no date and says what the site is in its alt text', () => {
    expect(siteCard(site).date).toBe('');
    expect(siteCardImage(site)).toEqual({ path: '/site-card.png', alt: `Watchman Notes: ${site.description}`, width: 1200, height: 630 });
  });
});
