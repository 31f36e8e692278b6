/**
 * What the search page's script needs to speak its edition's language, as plain data the page carries
 * (a `data-search` attribute of the form; the CSP allows no inline script): the strings of the
 * edition's table, with `{0}`, `{1}` where a string has a gap, the plural forms of its counts, its
 * search language (book table and punctuation) and the edition's addresses. The page data writes it
 * (src/data/search-page.ts); the browser reads it (src/browser/search-config.ts). Pure: no DOM.
 */
import { countIn, type PluralForms } from '../../text/plural.ts';
import type { PassageProblem, SearchLanguage } from './search-language.ts';

/** The strings the script shows, by the key of the strings table they come from. */
export type SearchTextKey =
  | 'search.prompt'
  | 'search.searching'
  | 'search.failed'
  | 'search.for'
  | 'search.none'
  | 'search.found'
  | 'search.passage'
  | 'search.and-parallels'
  | 'search.containing'
  | 'search.words-instead'
  | 'search.passages-in'
  | 'search.as-words'
  | 'search.selected'
  | 'search.show-all'
  | 'search.in-section'
  | 'search.has-chapters'
  | 'search.has-verses'
  | 'search.backwards'
  | 'search.cites'
  | 'search.cites-parallel'
  | 'search.mentions'
  | 'search.mentions-last';

export interface SearchPageConfig {
  /** `<html lang>` of the edition (filter values sort in its order). */
  lang: string;
  /** Intl locale of its numbers and plural rules. */
  locale: string;
  language: SearchLanguage;
  /** The search page's own address in the edition (`/search/`, `/de/search/`). */
  searchPath: string;
  /** Where the edition's passage files are (`/search/passages/`, `/de/search/passages/`). */
  passagesPath: string;
  /** Pagefind's module. */
  pagefindPath: string;
  text: Readonly<Record<SearchTextKey, string>>;
  counts: { readonly article: PluralForms; readonly chapter: PluralForms };
  /** The filter groups in the order shown: key, legend and the hidden words after "Show all". */
  filters: readonly { key: string; label: string; values: string }[];
}

/** A template with its gaps filled: `fill('{0} found{1}.', '3 articles', '')` → `3 articles found.`. */
export function fill(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d)\}/g, (gap, index: string) => String(values[Number(index)] ?? gap));
}

/** A count with its noun in the edition's language: `3 articles`, `1.311 Artikel`. */
export function countText(config: Pick<SearchPageConfig, 'locale'>, n: number, forms: PluralForms): string {
  return countIn(config.locale, n, forms);
}

/** A passage problem in the edition's words: `Luke has 24 chapters`, `Lukas 21 hat 38 Verse`. */
export function problemText(config: Pick<SearchPageConfig, 'text' | 'counts' | 'locale'>, problem: PassageProblem): string {
  if (problem.kind === 'chapters') return fill(config.text['search.has-chapters'], problem.book, countText(config, problem.chapters, config.counts.chapter));
  if (problem.kind === 'verses') return fill(config.text['search.has-verses'], problem.place, problem.verses);
  return config.text['search.backwards'];
}
