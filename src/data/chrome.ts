/**
 * What every page's frame prints (BaseLayout, Header, Footer), in the page's edition: the skip link,
 * the main navigation with the current section, the site search box, the footer's links and its line
 * on verse text. Plain TypeScript: the components only render it.
 */
import type { PageEdition } from '../lib/editions/page-edition.ts';

export interface LinkData {
  href: string;
  label: string;
}

/** A language other than the page's own, with its address: `<link rel="alternate" hreflang>`. */
export interface Alternate {
  lang: string;
  href: string;
}

export interface ChromeData {
  lang: string;
  ogLocale: string;
  skipLink: string;
  /** The site title's link: this edition's home page. */
  home: string;
  /** The site's one-line description in this edition's language. */
  description: string;
  nav: { label: string; links: (LinkData & { current: boolean })[] };
  /** The header's search box and its phone link; absent on the search page, which has its own box. */
  search?: { action: string; label: string; field: string; button: string; link: LinkData } | undefined;
  /**
   * The theme button's words; `toLight`/`toDark` are its label once public/scripts/theme.js knows the theme,
   * `followLight`/`followDark` when the click returns to following the system setting.
   */
  theme: { button: string; hidden: string; toLight: string; toDark: string; followLight: string; followDark: string };
  /** The print colophon's date line with `{date}` for the day, and the locale public/scripts/reading.js writes it in. */
  printed: { template: string; locale: string };
  feed: string;
  /** The font files the head preloads (src/styles/fonts.css), at the edition's address: a `/de/` build's CSS asks for `/de/fonts/…`. */
  preloadFonts: string[];
  footer: { links: LinkData[]; verses: string; privacy: string };
}

/** The two regular faces every first paint shows (text; navigation, bylines, the news excerpt). */
const PRELOADED_FONTS = ['source-serif-4-latin-400-normal.woff2', 'inter-latin-400-normal.woff2'];

/** The frame of the page at `pathname` (as Astro gives it, with the edition's prefix) in `edition`. */
export function chromeData(edition: PageEdition, pathname: string): ChromeData {
  const { messages: m, path } = edition;
  const home = path('/');
  const navLinks = [
    { href: home, label: m['nav.latest'] },
    { href: path('/topics/'), label: m['nav.topics'] },
    { href: path(`/${edition.scripture.indexSegment}/`), label: m['nav.scripture'] },
    { href: path('/sources/'), label: m['nav.sources'] },
    { href: path('/archive/'), label: m['nav.archive'] },
  ];
  // The home page's later pages (/page/2/) belong to "Latest".
  const isCurrent = (href: string) => (href === home ? pathname === home || pathname.startsWith(path('/page/')) : pathname.startsWith(href));
  const searchPath = path('/search/');
  const verses = edition.verses.kind === 'text' ? m['footer.scripture-text'](edition.verses.translation.name) : m['footer.no-scripture-text'];
  return {
    lang: edition.lang,
    ogLocale: edition.ogLocale,
    skipLink: m['skip-to-content'],
    home,
    description: m['site.description'],
    nav: { label: m['nav.label'], links: navLinks.map((link) => ({ ...link, current: isCurrent(link.href) })) },
    search: pathname.startsWith(searchPath)
      ? undefined
      : { action: searchPath, label: m['site-search.label'], field: m['site-search.field'], button: m['site-search.button'], link: { href: searchPath, label: m['footer.search'] } },
    theme: { button: m['theme.button'], hidden: m['theme.hidden'], toLight: m['theme.switch-to']('light'), toDark: m['theme.switch-to']('dark'), followLight: m['theme.follow-system']('light'), followDark: m['theme.follow-system']('dark') },
    printed: { template: m['print.printed-on']('{date}'), locale: edition.locale },
    feed: path('/rss.xml'),
    preloadFonts: PRELOADED_FONTS.map((file) => path(`/fonts/${file}`)),
    footer: {
      links: [
        { href: path('/rss.xml'), label: m['footer.rss'] },
        { href: path('/authors/'), label: m['footer.authors'] },
        { href: path('/people/'), label: m['footer.people'] },
        { href: path('/series/'), label: m['footer.series'] },
        { href: path('/corrections/'), label: m['footer.corrections'] },
        { href: path('/updates/'), label: m['footer.updates'] },
        { href: searchPath, label: m['footer.search'] },
        { href: path('/about/'), label: m['footer.about'] },
      ],
      verses,
      privacy: m['footer.privacy'],
    },
  };
}

/** The page-not-found page: what it says and where it sends the reader, in the edition. */
export function notFoundPage(edition: PageEdition): { title: string; description: string; text: string; links: LinkData[] } {
  const { messages: m, path } = edition;
  return {
    title: m['not-found.title'],
    description: m['not-found.description'],
    text: m['not-found.text'],
    links: [
      { href: path('/'), label: m['not-found.latest'] },
      { href: path('/search/'), label: m['not-found.search'] },
      { href: path('/archive/'), label: m['not-found.archive'] },
    ],
  };
}
