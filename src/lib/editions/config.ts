/**
 * Language editions: which editions a site has, how each is addressed, and the address of a route
 * in an edition. Pure data and functions, imported by src/site.config.ts; no Astro, no environment.
 *
 * Two shapes (issue 23): a `prefix` edition lives on the site's own domain under `/<lang>/`; a
 * `domain` edition is a separate build at the root of its own address. The default edition is
 * always at the root of the site's address, so today's addresses stay what they are.
 */
import type { Language } from '../i18n/index.ts';

/** An edition's language: a language tag the site has tables for (UI strings in src/lib/i18n/, scripture names). */
export type EditionLang = Language;

/** How an edition is addressed. */
export type EditionShape =
  | { kind: 'prefix' }
  /** Its own build with its own SITE_URL; `url` is that address, for links from other editions. */
  | { kind: 'domain'; url: string };

/** One edition of the site. */
export type Edition = {
  /** BCP 47 language tag, also the path prefix of a `prefix` edition: `de` → `/de/…`. */
  readonly lang: EditionLang;
  /** Locale for dates and numbers through Intl, e.g. `en-GB` (`2 March 2026`), `de-DE` (`2. März 2026`). */
  readonly locale: string;
  readonly shape: EditionShape;
};

/** All editions and the default one. */
export type EditionsConfig = {
  readonly defaultLang: EditionLang;
  readonly editions: readonly Edition[];
};

/** Checks an editions config once, where it is written, so a mistake fails the build by name. */
export function defineEditions(config: EditionsConfig): EditionsConfig {
  const langs = config.editions.map((edition) => edition.lang);
  const duplicate = langs.find((lang, index) => langs.indexOf(lang) !== index);
  if (duplicate) throw new Error(`editions: "${duplicate}" is listed twice; list each language once`);
  const fallback = config.editions.find((edition) => edition.lang === config.defaultLang);
  if (!fallback) throw new Error(`editions: the default "${config.defaultLang}" is not among ${JSON.stringify(langs)}; add it`);
  if (fallback.shape.kind !== 'prefix') {
    throw new Error(`editions: the default edition "${fallback.lang}" is the site's own address; give it shape { kind: 'prefix' }`);
  }
  for (const edition of config.editions) {
    if (edition.shape.kind === 'domain' && !isAbsoluteHttpUrl(edition.shape.url)) {
      throw new Error(`editions: "${edition.lang}" has domain "${edition.shape.url}"; expected an absolute https:// address`);
    }
    // Intl throws a RangeError for a malformed tag; say which edition has it.
    try {
      new Intl.DateTimeFormat(edition.locale);
    } catch {
      throw new Error(`editions: "${edition.lang}" has locale "${edition.locale}", not a BCP 47 locale such as "de-DE"`);
    }
  }
  return config;
}

/** The edition of a language; throws for one the config does not list (a bug upstream). */
export function requireEdition(config: EditionsConfig, lang: string): Edition {
  const edition = config.editions.find((candidate) => candidate.lang === lang);
  if (!edition) throw new Error(`no edition "${lang}" in the site config; editions are ${config.editions.map((e) => e.lang).join(', ')}`);
  return edition;
}

/** The editions one build writes: the default edition with every `prefix` edition, or one `domain` edition alone. */
export function editionsInBuild(config: EditionsConfig, buildLang: EditionLang = config.defaultLang): Edition[] {
  const built = requireEdition(config, buildLang);
  if (built.shape.kind === 'domain') return [built];
  return config.editions.filter((edition) => edition.shape.kind === 'prefix');
}

/**
 * The site-relative address of a route in an edition, as a page of the same build links it:
 * `/articles/x/` stays `/articles/x/` in the default edition and in a `domain` edition (its build
 * is at its own root), and becomes `/de/articles/x/` in a `prefix` edition.
 */
export function editionPath(config: EditionsConfig, lang: EditionLang, route: string): string {
  checkRoute(route);
  const edition = requireEdition(config, lang);
  if (lang === config.defaultLang || edition.shape.kind === 'domain') return route;
  return `/${lang}${route}`;
}

/**
 * The absolute address of a route in an edition, for links across editions (`hreflang`, the
 * language switch): `siteUrl` is the default edition's address (SITE_URL of the default build).
 */
export function editionUrl(config: EditionsConfig, lang: EditionLang, route: string, siteUrl: string): string {
  const edition = requireEdition(config, lang);
  const base = edition.shape.kind === 'domain' ? edition.shape.url : siteUrl;
  return new URL(editionPath(config, lang, route).slice(1), withSlash(base)).href;
}

function checkRoute(route: string): void {
  if (!route.startsWith('/') || route.startsWith('//')) {
    throw new Error(`route "${route}" must be site-relative and start with one "/", e.g. "/articles/x/"`);
  }
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function isAbsoluteHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The site's editions: English (the default, today's addresses) and German under `/de/`. */
export const SITE_EDITIONS: EditionsConfig = defineEditions({
  defaultLang: 'en',
  editions: [
    // en-GB: the site prints dates day-month-year (`2 March 2026`, src/lib/text/dates.ts).
    { lang: 'en', locale: 'en-GB', shape: { kind: 'prefix' } },
    { lang: 'de', locale: 'de-DE', shape: { kind: 'prefix' } },
  ],
});

/**
 * The config with some editions moved to their own domain, from text such as
 * `de=https://de.example.org` (several separated by commas): how a deployment (and the build tests)
 * choose the `domain` shape without editing the code. Checked like the config itself.
 */
export function withEditionDomains(config: EditionsConfig, text: string | undefined): EditionsConfig {
  if (!text?.trim()) return config;
  const domains = new Map<string, string>();
  for (const part of text.split(',')) {
    const match = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(part);
    if (!match) throw new Error(`editions: "${part.trim()}" is not <lang>=<address>, e.g. de=https://de.example.org`);
    requireEdition(config, match[1]!);
    domains.set(match[1]!, match[2]!);
  }
  return defineEditions({
    ...config,
    editions: config.editions.map((edition) => (domains.has(edition.lang) ? { ...edition, shape: { kind: 'domain', url: domains.get(edition.lang)! } } : edition)),
  });
}
