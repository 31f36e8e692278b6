/** The Open Graph card of an article: what it says and how it is laid out, shared by the drawer and the page's meta tags. */
import { formatDisplayDate } from '../text/dates.ts';
import { formatDay } from '../i18n/index.ts';

export interface OgCard {
  title: string;
  kicker?: string;
  author: string;
  /** Display date, e.g. `9 June 2025`. */
  date: string;
  siteTitle: string;
}

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/**
 * The card's design: a dark-red strip on the left, then kicker, title, and a bottom row of author · date
 * with the site name. Every pixel size is here, and the whole object is part of the cache key, so any
 * change to the design redraws every card without anyone remembering to.
 */
export const OG_DESIGN = {
  background: '#fbf8f3',
  strip: { width: 24, colour: '#7a2e1d' },
  padding: { x: 72, y: 64 },
  kicker: { font: 'sans', weight: 600, size: 30, letterSpacing: 3, colour: '#7a2e1d', boxHeight: 40, marginBottom: 24 },
  title: { font: 'serif', weight: 700, lineHeight: 1.15, colour: '#1f2328' },
  byline: { font: 'sans', weight: 400, size: 28, colour: '#5b6270' },
  siteName: { font: 'serif', weight: 700, size: 28, colour: '#1f2328' },
} as const;

/** The ink colours of the card: every pixel is the background, one of these, or a blend of the two. */
export const OG_INKS = [OG_DESIGN.strip.colour, OG_DESIGN.title.colour, OG_DESIGN.byline.colour] as const;

/** The card of an article; `locale` prints the date in an edition's form (`2. März 2026`), English's when absent. */
export function ogCard(article: { title: string; kicker?: string | undefined; date: string }, authorName: string, siteTitle: string, locale?: string): OgCard {
  return {
    title: article.title,
    ...(article.kicker ? { kicker: article.kicker } : {}),
    author: authorName,
    date: locale ? formatDay(article.date, locale) : formatDisplayDate(article.date),
    siteTitle,
  };
}

/** Scales the headline down for long titles so it fits above the byline. */
export function titleFontSize(title: string): number {
  if (title.length <= 40) return 72;
  if (title.length <= 80) return 60;
  if (title.length <= 130) return 50;
  return 40;
}

/** Alt text that says what the image shows. */
export function ogAlt(card: OgCard): string {
  return `${card.kicker ? `${card.kicker}: ` : ''}${card.title}. By ${card.author}, ${card.date}. ${card.siteTitle}.`;
}
