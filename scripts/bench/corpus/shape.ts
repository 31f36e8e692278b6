// The corpus's fixed sizes and the shapes of what it generates.

export const DEFAULT_SEED = 20240601;
export const AUTHOR_COUNT = 50;
export const TOPIC_COUNT = 200;
export const TAIL_WORDS = 30_000;
export const FIRST_YEAR = 2006;
export const LAST_YEAR = 2025;

/** A file of the corpus, relative to the `content/` folder. */
export interface CorpusFile {
  path: string;
  text: string;
}

export interface ArticleInfo {
  index: number;
  id: string;
  /** Its edition: `de` for the German share (`--german`), else `en`. */
  lang: 'en' | 'de';
  /** `en/<id>` when a German article translates an English one of the corpus. */
  translationOf?: string;
  draft: boolean;
  mdx: boolean;
  words: number;
  /** Frontmatter `scripture` items as written. */
  scripture: string[];
}

export interface Corpus {
  seed: number;
  count: number;
  files: CorpusFile[];
  articles: ArticleInfo[];
}
