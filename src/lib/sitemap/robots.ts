/** robots.txt: every page may be crawled; the sitemaps of the editions served from this host are named. */
import { editionsInBuild, type EditionLang, type EditionsConfig } from '../editions/config.ts';

/** The robots.txt text naming each sitemap index (absolute addresses), in the order given. */
export function robotsTxt(sitemaps: readonly string[]): string {
  return `User-agent: *\nAllow: /\n\n${sitemaps.map((url) => `Sitemap: ${url}\n`).join('')}`;
}

/**
 * The sitemap indexes this host serves, for the robots.txt of the run that writes its root: the run's own
 * edition and, when that is the default edition, every `prefix` edition built beside it (one with at
 * least one published article: an edition without any is not built). A `domain` edition's host names only its own.
 */
export function hostSitemaps(
  config: EditionsConfig,
  runLang: EditionLang,
  published: (lang: EditionLang) => number,
  urlIn: (lang: EditionLang, route: string) => string,
): string[] {
  const langs = runLang === config.defaultLang ? editionsInBuild(config, runLang).map((edition) => edition.lang).filter((lang) => lang === runLang || published(lang) > 0) : [runLang];
  return langs.map((lang) => urlIn(lang, '/sitemap-index.xml'));
}
