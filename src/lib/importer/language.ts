/**
 * What a language brings to the importer: the words and marks of its house style (quotation
 * marks, verbs of saying, job titles, month names, the commentary and closing lines), as tables.
 * The steps are one each and take a language; English (`language-en.ts`) is the default, German
 * (`language-de.ts`) the second. Adding a language is a table, not a copy of the importer.
 */
import type { ScriptureLanguage } from '../scripture/languages/types.ts';
import type { SlugLanguage } from '../text/slug.ts';

/** A date form at the end of a paragraph: a regex source with groups `day`, `month` (a number or a name) and `year`. */
export interface DateForm {
  pattern: string;
}

export interface ImporterLanguage {
  readonly code: 'en' | 'de';
  /** How file ids are made from titles and names (`fileIdFrom(text, slug)`). */
  readonly slug: SlugLanguage;
  /** Book names, punctuation and the in-text finder for scripture references. */
  readonly scripture: ScriptureLanguage;

  // --- Header ---------------------------------------------------------------------------------
  /** The word before an author's name on the line under the title, as a regex source with its space (`[Bb]y\\s+`). */
  readonly byline: string;
  /**
   * The commentary line: the whole paragraph, with the name in group `name` (`Jane Roe’s
   * Commentary`, `Kommentar von Jana Roe`) or in group `genitive` when the name carries a
   * genitive `s` that cannot be told from the name's own (`Jana Roes Kommentar`).
   */
  readonly commentary: RegExp;
  /** The commentary line as the summary shows it when there is none (`<Name>’s Commentary`), and the heading to add. */
  readonly commentaryExample: string;
  readonly commentaryHeading: string;
  /** The label of a closing line that points to another article (`Learn more:`, `Weiterlesen:`). */
  readonly closingLabel: RegExp;

  // --- Quotations -----------------------------------------------------------------------------
  /** Quoted spans inside a paragraph (global source); the words are in the first group that matched. */
  readonly quoteSpan: string;
  /** A paragraph that is entirely one quotation (anchored source); the words are in the first group that matched. */
  readonly wholeQuote: string;
  /** Quotation marks, as the inside of a character class: a role or an introduction never holds one. */
  readonly quoteMarks: string;
  /** Verbs that introduce or follow a quotation (`said`, `sagte`). */
  readonly said: string;
  /** Words that attribute a quotation only after it (`„…“, so Jana Roe.`); never before a colon. */
  readonly saidAfterOnly?: string;
  /** `“…,” Jane Roe said.`: the name may come before the verb after a quotation (not in German word order). */
  readonly nameBeforeVerbAfterQuote: boolean;
  /** `Am Montag erklärte Jana Roe: „…“`: the verb may come before the name in an introduction (German word order). */
  readonly verbBeforeNameInIntro: boolean;
  /** `Die Sprecherin, Jana Roe, sagte:`: the name may stand between commas before the verb. */
  readonly appositiveName: boolean;
  /** Words that may follow the speaker instead of a role (`on Monday`, `am Montag`, `hinzu`). */
  readonly adverbial: string;

  // --- Names and roles ------------------------------------------------------------------------
  /** Lower-case particles inside a name (`de`, `van`, `von der`), as a regex source. */
  readonly particle: string;
  /** Capitalised words that open a sentence rather than a name; dropped from the front. */
  readonly sentenceOpeners: ReadonlySet<string>;
  /**
   * Particles that end a name when more than one capitalised word follows them: German `Jana Vogt
   * von der Umweltorganisation Blauer Fluss` is Jana Vogt, of that organisation (`Ursula von der
   * Leyen` stays one name). Lower case, whole words.
   */
  readonly roleParticles: ReadonlySet<string>;
  /** Capitalised words that never belong to a speaker's name (`Reportern`): the name ends before them. */
  readonly notInName: ReadonlySet<string>;
  /** Job titles written before a name (`Foreign Minister Jane Roe`), whole words, lower case. */
  readonly titleWords: ReadonlySet<string>;
  /** Endings that make a word a job title (German compounds: `Außenministerin`, `Regierungssprecher`). */
  readonly titleSuffixes: readonly string[];
  /** Words that make a capitalised phrase an institution rather than a person. */
  readonly institutionWords: ReadonlySet<string>;
  /** Endings that make a word an institution (`Verteidigungsministerium`). */
  readonly institutionSuffixes: readonly string[];
  /** A role written before the name: what may not be in it, how it opens, adverbs left out, position words. */
  readonly roleBefore: {
    readonly notInRole: ReadonlySet<string>;
    readonly opening: RegExp;
    readonly leadingAdverbs: ReadonlySet<string>;
    readonly positionWords: ReadonlySet<string>;
    /** Articles a role may open with (kept as written in English, dropped in German). */
    readonly articles: readonly string[];
    /** Whether a leading article is dropped from a role written before the name. */
    readonly dropArticle: boolean;
  };
  /** Leading words dropped from a role written after the name (`of the`, `von der`), as a regex source for one word. */
  readonly roleDrop: { readonly prepositions: string; readonly articles: string };

  // --- Kicker ---------------------------------------------------------------------------------
  readonly acronyms: ReadonlySet<string>;
  readonly smallWords: ReadonlySet<string>;

  // --- Dates ----------------------------------------------------------------------------------
  /** Optional weekday (with its comma) before a date, as a regex source. */
  readonly weekday: string;
  readonly dateForms: readonly DateForm[];
  /** The month a written month name means (lower case, without a trailing dot). */
  readonly monthNumber: (name: string) => number | undefined;

  // --- Scripture ------------------------------------------------------------------------------
  /** Words after which a list of whole books follows (`passages in`, `die Bücher`). */
  readonly bookListTriggers: readonly string[];
  /** Words that join the items of such a list (`and`, `or`; `und`, `oder`, `sowie`). */
  readonly bookListJoins: readonly string[];
  /** What may stand before a book name in such a list (`the book of `, `das Buch `), as a regex source. */
  readonly bookListItemPrefix: string;
  /** Book names as written in such a list: the display names and common variants. */
  readonly bookListNames: readonly string[];
}

/** A word is a job title: in the table, or ending in a title suffix (German compounds). */
export function isTitleWord(language: ImporterLanguage, word: string): boolean {
  const lower = word.toLowerCase();
  return language.titleWords.has(lower) || language.titleSuffixes.some((suffix) => lower.endsWith(suffix));
}

/** A word names an institution: in the table, or ending in an institution suffix. */
export function isInstitutionWord(language: ImporterLanguage, word: string): boolean {
  const lower = word.toLowerCase();
  return language.institutionWords.has(lower) || language.institutionSuffixes.some((suffix) => lower.endsWith(suffix));
}

/**
 * Regexes built from a language's tables, once per language: `compiled(language, build)` returns
 * what `build` made for that language the first time.
 */
export function memoByLanguage<T>(build: (language: ImporterLanguage) => T): (language: ImporterLanguage) => T {
  const cache = new Map<ImporterLanguage, T>();
  return (language) => {
    let value = cache.get(language);
    if (value === undefined) {
      value = build(language);
      cache.set(language, value);
    }
    return value;
  };
}
