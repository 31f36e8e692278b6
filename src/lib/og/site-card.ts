/**
 * The site's own Open Graph card, for every page that is not an article: drawn once by
 * `npm run site-card` (scripts/site-card.ts) into public/, and committed, so builds stay fast and identical.
 */
import { OG_HEIGHT, OG_WIDTH, type OgCard } from './card.ts';

/** Where the card is served from (public/site-card.png). */
export const SITE_CARD_PATH = '/site-card.png';

/** What the site card says: the site's description as its headline, and its name. */
export function siteCard(site: { title: string; description: string }): OgCard {
  return { kicker: 'Prophecy commentary', title: site.description, author: 'Commentary with the King James text', date: '', siteTitle: site.title };
}

/** The og:image of a page that has no card of its own. */
export function siteCardImage(site: { title: string; description: string }): { path: string; alt: string; width: number; height: number } {
  return { path: SITE_CARD_PATH, alt: `${site.title}: ${site.description}`, width: OG_WIDTH, height: OG_HEIGHT };
}
