/**
 * The edition an authoring tool (`new`, `import`) writes for: `--lang` checked against the site's
 * editions, the folder a new article goes to, and which existing articles share its ids (ids are
 * unique within an edition, so a German article may have the id of an English one).
 */
import { splitFrontmatter } from '../content/frontmatter.ts';
import { ARTICLES_DIR, idFromPath } from '../content/layout.ts';
import type { EditionsConfig } from '../editions/config.ts';

/** The language a tool writes in, or why `--lang` cannot be used. */
export type LangChoice = { ok: true; lang: string; isDefault: boolean } | { ok: false; message: string };

/**
 * `--lang` as given (or the default edition when absent), checked against the site's editions and
 * the languages the tool supports (`supported`: the importer's house-style tables, or every edition).
 */
export function chooseLang(config: EditionsConfig, given: string | undefined, supported?: readonly string[]): LangChoice {
  const lang = given ?? config.defaultLang;
  const editions = config.editions.map((edition) => edition.lang);
  if (!editions.some((edition) => edition === lang)) {
    return { ok: false, message: `--lang ${lang}: not an edition of this site (editions: ${editions.join(', ')}; src/lib/editions/config.ts)` };
  }
  if (supported && !supported.includes(lang)) {
    return { ok: false, message: `--lang ${lang}: no house-style tables for this language yet (have: ${supported.join(', ')}; src/lib/importer/language-*.ts)` };
  }
  return { ok: true, lang, isDefault: lang === config.defaultLang };
}

/**
 * Where a new article of an edition goes: `content/articles/` for the default edition,
 * `content/articles/<lang>/` for another (folders do not change ids; this keeps a translation that
 * keeps its original's id from landing on the original's file).
 */
export function articlesDirFor(lang: string, isDefault: boolean): string {
  return isDefault ? ARTICLES_DIR : `${ARTICLES_DIR}/${lang}`;
}

/** The edition of an article file: its `lang`, else the default edition. */
export function editionOfArticle(text: string, defaultLang: string): string {
  const split = splitFrontmatter(text);
  if (!split.ok || typeof split.data !== 'object' || split.data === null) return defaultLang;
  const lang = (split.data as { lang?: unknown }).lang;
  return typeof lang === 'string' && lang.trim() ? lang.trim() : defaultLang;
}

/** The first article of the same edition with this id (compared ignoring case), if any. */
export function sameIdInEdition<T extends { path: string; text: string }>(articles: readonly T[], id: string, lang: string, defaultLang: string): T | undefined {
  const wanted = id.toLowerCase();
  return articles.find((file) => idFromPath(file.path).toLowerCase() === wanted && editionOfArticle(file.text, defaultLang) === lang);
}
