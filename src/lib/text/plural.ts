/** Counts in words for every page and meta description: "1 article", "2 articles", "1 article cites". */

/** The words for one and for many of a thing, e.g. `['article', 'articles']` or `['article cites', 'articles cite']`. */
export type Noun = readonly [one: string, many: string];

export const ARTICLE: Noun = ['article', 'articles'];
export const ARTICLE_CITES: Noun = ['article cites', 'articles cite'];
export const BOOK: Noun = ['book', 'books'];
export const CHAPTER: Noun = ['chapter', 'chapters'];
export const VERSE: Noun = ['verse', 'verses'];
export const QUOTE: Noun = ['quote', 'quotes'];
export const PART: Noun = ['part', 'parts'];

/** English plural rule: only exactly 1 takes the singular ("0 articles", "1 article", "2 articles"). */
export function pluralOf(n: number, [one, many]: Noun): string {
  return n === 1 ? one : many;
}

/** The number and its noun: `countOf(1, ARTICLE)` → `1 article`. */
export function countOf(n: number, noun: Noun): string {
  return `${n} ${pluralOf(n, noun)}`;
}

// --- Per language (editions) -------------------------------------------------------------------

/**
 * A noun's forms by the Unicode plural category of its count: English and German need `one` and
 * `other` (`1 Artikel`, `2 Artikel`; `1 Buch`, `2 Bücher`); other languages need more (Polish
 * `few`, `many`), so the table of each language says which it has and Intl.PluralRules chooses.
 */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The form of a noun for a count in a locale: `pluralIn('de-DE', 2, { one: 'Buch', other: 'Bücher' })` → `Bücher`. */
export function pluralIn(locale: string, n: number, forms: PluralForms): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return forms[rules.select(n)] ?? forms.other;
}

/** The count, written in the locale's digits and grouping, and its noun: `countIn('de-DE', 1311, ARTIKEL)` → `1.311 Artikel`. */
export function countIn(locale: string, n: number, forms: PluralForms): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return `${format.format(n)} ${pluralIn(locale, n, forms)}`;
}
