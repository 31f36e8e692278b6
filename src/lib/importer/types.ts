/** Types shared by the importer's steps, its renderer and its callers (one file, so no module imports another only for a type). */

export interface KnownAuthor {
  /** File name without `.md` in content/authors/. */
  id: string;
  /** The `name` in its frontmatter. */
  name: string;
}

export interface ImportOptions {
  /** Authors in content/authors/, to match the author line against. */
  authors: readonly KnownAuthor[];
  /** Fallbacks for what the text does not say (the CLI flags of the same names). */
  author?: string;
  source?: string;
  date?: string;
  kicker?: string;
  /**
   * The language of the text (`--lang`): its house style, its scripture names, its file ids.
   * Default `en`. Written to the frontmatter as `lang` unless it is `defaultLang`.
   */
  lang?: ImportLanguageCode;
  /** The site's default edition (src/site.config.ts), whose articles carry no `lang`. Default `en`. */
  defaultLang?: string;
}

/** The languages the importer has tables for (language-en.ts, language-de.ts). */
export type ImportLanguageCode = 'en' | 'de';

export interface ImportedQuote {
  text: string;
  speaker: string;
  role?: string;
}

/** Frontmatter in contract order; a required field the importer could not fill is absent. */
export interface ImportedFrontmatter {
  title: string;
  kicker?: string;
  /** The edition, when it is not the site's default one. */
  lang?: string;
  date?: string;
  author?: string;
  source?: string;
  scripture?: string[];
  quotes?: ImportedQuote[];
}

export interface NewAuthor {
  id: string;
  name: string;
  /** The closing paragraph about the author, or a marked placeholder. */
  bio: string;
  placeholder: boolean;
  /** Text of content/authors/<id>.md. */
  markdown: string;
}

export interface ImportResult {
  /** File name without extension: the title's slug. */
  id: string;
  frontmatter: ImportedFrontmatter;
  body: string;
  /** The whole file: frontmatter (with `# TODO` comments where required fields are missing) and body. */
  markdown: string;
  newAuthor?: NewAuthor;
  /** What was recognised, one line each. */
  found: string[];
  /** What the author still has to do, one line each; empty when the file is complete. */
  todo: string[];
}

export class ImportError extends Error {}

/**
 * What one import step gives: its value, and the lines it adds to the summary. A step never
 * invents a value: when the text and the flags say nothing, the value is undefined and `todo` says
 * what to add.
 */
export interface Step<T> {
  value: T;
  found: string[];
  todo: string[];
}

export function step<T>(value: T, found: string[] = [], todo: string[] = []): Step<T> {
  return { value, found, todo };
}

/**
 * Where a paragraph stands: the quoted news excerpt, the author's commentary, a text without a
 * commentary line, or the closing `Learn more:` line.
 */
export type Section = 'excerpt' | 'commentary' | 'plain' | 'closing';

export interface Paragraph {
  lines: string[];
  section: Section;
}
