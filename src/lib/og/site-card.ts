/**
 * The site's own Open Graph card per edition, for every page that is not an article: drawn once by
 * `npm run site-card` (scripts/site-card.ts) into public/, and committed, so builds stay fast and identical.
 * The default edition's is public/site-card.png; another edition's is public/site-card-<lang>.png, in its words.
 */
import { OG_HEIGHT, OG_WIDTH, type OgCard } from './card.ts';
import type { Messages } from '../i18n/index.ts';

/** Where the default edition's card is served from (public/site-card.png). */
export const SITE_CARD_PATH = '/site-card.png';

/** What an edition's site card needs: its language, whether it is the default edition, its strings. */
export interface SiteCardEdition {
  lang: string;
  isDefault: boolean;
  messages: Pick<Messages, 'site.description' | 'site-card.kicker' | 'site-card.byline'>;
}

/** Where an edition's card is served from: the default edition's at SITE_CARD_PATH, another's beside it. */
export function siteCardPath(edition: Pick<SiteCardEdition, 'lang' | 'isDefault'>): string {
  return edition.isDefault ? SITE_CARD_PATH : `/site-card-${edition.lang}.png`;
}

/** What the site card says: the edition's description as its headline, and the site's name. */
export function siteCard(title: string, edition: SiteCardEdition): OgCard {
  const m = edition.messages;
  return { kicker: m['site-card.kicker'], title: m['site.description'], author: m['site-card.byline'], date: '', siteTitle: title };
}

/** The og:image of a page that has no card of its own. */
export function siteCardImage(title: string, edition: SiteCardEdition): { path: string; alt: string; width: number; height: number } {
  return { path: siteCardPath(edition), alt: `${title}: ${edition.messages['site.description']}`, width: OG_WIDTH, height: OG_HEIGHT };
}
