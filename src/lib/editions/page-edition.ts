/**
 * The edition a page is built in, as page data receives it: its strings, locale, scripture language and
 * verse source (edition.ts), plus the addresses of routes in it and in the other editions. One value,
 * passed in PageContext; no page reads a global or the environment to learn its language.
 */
import { editionContext, type EditionContext } from './edition.ts';
import { editionPath, editionUrl, type EditionLang, type EditionsConfig } from './config.ts';

export interface PageEdition extends EditionContext {
  /** This edition's language tag (`en`, `de`): `<html lang>`, JSON-LD `inLanguage`, Pagefind's index. */
  readonly lang: EditionLang;
  /** Intl locale of dates and numbers (`en-GB`, `de-DE`). */
  readonly locale: string;
  /** Every edition of the site, the default first (alternates, the language switch). */
  readonly langs: readonly EditionLang[];
  /** The site-relative address of `route` in this edition: `/topics/x/` → `/de/topics/x/` under a prefix. */
  path(route: string): string;
  /** The absolute address of `route` in edition `lang` (this one or another): hreflang, feeds, canonical links. */
  urlIn(lang: EditionLang, route: string): string;
}

/** The page edition of `lang` in a site whose default edition lives at `siteUrl`. */
export function pageEdition(config: EditionsConfig, lang: EditionLang, siteUrl: string): PageEdition {
  const context = editionContext(config, lang);
  const langs = [config.defaultLang, ...config.editions.map((edition) => edition.lang).filter((other) => other !== config.defaultLang)];
  return {
    ...context,
    lang,
    locale: context.edition.locale,
    langs,
    path: (route) => editionPath(config, lang, route),
    urlIn: (other, route) => editionUrl(config, other, route, siteUrl),
  };
}
