/**
 * `hreflang` alternates in the sitemap: a page that exists in other editions (an article and its
 * translations) lists every version, itself included, as `<xhtml:link rel="alternate">` (Google's
 * sitemap form of hreflang). Pure: the sitemap integration gets the map as an argument.
 */
import type { PageEdition } from '../editions/page-edition.ts';
import type { EditionLang } from '../editions/config.ts';
import { articlePath } from '../feeds/items.ts';

/** One version of a page: its edition's language and its absolute address. */
export interface Alternate {
  lang: string;
  url: string;
}

/** The pages of this run that have translations: the page's path as built (`/de/articles/x/`) → its other versions. */
export type Translations = ReadonlyMap<string, readonly Alternate[]>;

/** An article's translations as the validated site lists them: the other edition and the id there. */
export interface TranslatedArticle {
  id: string;
  translations: readonly { lang: EditionLang; id: string }[];
}

/** The translations map of a run's articles, every address through the edition (prefix or domain shape). */
export function articleTranslations(articles: readonly TranslatedArticle[], edition: Pick<PageEdition, 'path' | 'urlIn'>): Translations {
  const map = new Map<string, Alternate[]>();
  for (const article of articles) {
    if (article.translations.length === 0) continue;
    const versions = article.translations.map((t) => ({ lang: t.lang, url: edition.urlIn(t.lang, articlePath(t.id)) }));
    map.set(edition.path(articlePath(article.id)), versions);
  }
  return map;
}

/**
 * The alternates of the page at `url` (absolute) in edition `lang`: itself first, then its
 * translations in language order; undefined when it has none (no `xhtml:link` is written then).
 */
export function alternatesOf(url: string, lang: string, translations: Translations): Alternate[] | undefined {
  const others = translations.get(new URL(url).pathname);
  if (!others || others.length === 0) return undefined;
  const sorted = [...others].sort((a, b) => (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0));
  return [{ lang, url }, ...sorted];
}
