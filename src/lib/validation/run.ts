/**
 * The one validation of all content: every rule of rules/index.ts over every file. `npm run check`,
 * the build's validate step, `astro dev` and the tests all call `validateContent` and get the same
 * value: the problems and every valid article (by id, with its data, draft flag and body facts),
 * author and person. It is a pure function of its input: it writes to no shared store, so whoever
 * needs the result is handed it (src/lib/build/site-content.ts).
 * What a file yields on its own (its problems, data and body facts) is cached by its text
 * (src/lib/facts/cache.ts); the rules that look across files run every time.
 */
import type { ArticleData } from '../../schema/article.ts';
import type { AuthorData, BioData } from '../../schema/author.ts';
import type { EditionLang } from '../editions/config.ts';
import type { PersonData } from '../../schema/newsroom.ts';
import type { Problem } from './problems.ts';
import { fileKey, type FileCache } from '../facts/cache.ts';
import type { PageFacts } from '../facts/body-facts.ts';
import { isDraft } from '../content/drafts.ts';
import { bodyOf } from '../content/frontmatter.ts';
import { idFromPath } from '../content/layout.ts';
import type { SkippedFile, SourceFile } from '../content/load.ts';
import { fileContext } from './context.ts';
import type { BodyParses, FileContext, FileSummary, Finding, Rule } from './rule.ts';
import { FILE_RULES, PROJECT_RULES } from './rules/index.ts';

/** The file rules whose verdict depends on the build's day. */
const CLOCK_RULES: ReadonlySet<string> = new Set(FILE_RULES.filter((rule) => rule.readsClock).map((rule) => rule.id));

export type { SourceFile } from '../content/load.ts';

export interface ValidArticle {
  id: string;
  file: string;
  data: ArticleData;
  /** Marked `draft: true`: validated like any article, left out of a build (src/lib/content/drafts.ts). */
  draft: boolean;
  body: string;
  /** What the body says, from its one parse: words, opening, headings, citations… */
  facts: PageFacts;
  /** How often this run parsed the body and compiled its MDX (0 when the cache knew the file). */
  parses: BodyParses;
}

export interface ValidAuthor {
  id: string;
  file: string;
  data: AuthorData;
  body: string;
}

/** An author's bio in another edition: `content/authors/<lang>/<id>.md`. */
export interface ValidBio {
  /** The author's id. */
  id: string;
  lang: EditionLang;
  file: string;
  data: BioData;
  body: string;
}

export interface ValidPerson {
  id: string;
  file: string;
  data: PersonData;
}

export interface ValidationResult {
  problems: Problem[];
  articles: ValidArticle[];
  authors: ValidAuthor[];
  /** Bios in other editions (content/authors/<lang>/<id>.md) of known authors. */
  bios: ValidBio[];
  people: ValidPerson[];
}

/** What one article file yields on its own, before the rules that look across files: cacheable by its text. */
export interface ArticleOutcome {
  /** The file's own problems (errors and suggestions), each with its rule id. */
  problems: Problem[];
  /** The frontmatter as the schema returns it, when it is valid. */
  data?: ArticleData;
  /** The author id as written, for the cross-file author check (even when other fields are invalid). */
  author?: string;
  /** The edition as written when it is one of the site's (else the default), for ids per edition. */
  lang?: EditionLang;
  /** Line of the author field, for that check's report. */
  authorLine?: number;
  /** Lines of series.part and image.src, for the cross-file rules' reports. */
  lines?: { seriesPart?: number; imageSrc?: number; translationOf?: number };
  facts?: PageFacts;
}

export interface ValidateOptions {
  /** Outcomes of files already validated with this code, by file key (src/lib/facts/cache.ts). */
  cache?: FileCache<ArticleOutcome>;
  /** Article files this run already worked out elsewhere (on worker threads: parallel.ts), by path; the rest are worked out here. */
  worked?: ReadonlyMap<string, ArticleWork>;
  /** The cache keys of the article files (articleCacheKeys), when the caller has already hashed them. */
  keys?: ReadonlyMap<SourceFile, string | undefined>;
}

/** What validating one article file on its own yields: its outcome and how often its body was parsed. */
export interface ArticleWork {
  outcome: ArticleOutcome;
  parses: BodyParses;
}

/** Whether an article file's outcome may be cached: Markdown only (an MDX outcome depends on the files it imports) with valid UTF-8. */
export function isCacheable(file: SourceFile): boolean {
  return !file.path.endsWith('.mdx') && !file.invalidUtf8;
}

/** The validation cache's key of each article file, by file (undefined: its outcome is not cached). */
export function articleCacheKeys(files: readonly SourceFile[]): Map<SourceFile, string | undefined> {
  return new Map(files.map((file) => [file, isCacheable(file) ? fileKey(file.path, file.text) : undefined]));
}

/** Validates one article file on its own: every file rule, its data and its body's facts. */
export function articleWork(file: SourceFile, fileExists?: (path: string) => boolean): ArticleWork {
  const context = fileContext(file, 'article', fileExists);
  return { outcome: articleOutcome(context), parses: context.bodyParses };
}

export interface ContentInput {
  articles: readonly SourceFile[];
  authors: readonly SourceFile[];
  /** content/authors/<lang>/<id>.md files: bios in other editions (optional). */
  bios?: readonly SourceFile[];
  /** content/people/<slug>.md files (optional). */
  people?: readonly SourceFile[];
  /** Files under content/ that cannot be content, with the reason (src/lib/content/load.ts). */
  skipped?: readonly SkippedFile[];
  /** Whether a project-relative path is a file; enables the check of MDX imports. */
  fileExists?: (path: string) => boolean;
  /** The project folder on disk: enables the checks that read pictures. */
  root?: string;
}

/** Validates every article and author with every rule; never stops at the first bad file. */
export function validateContent(input: ContentInput, options: ValidateOptions = {}): ValidationResult {
  const summaries: FileSummary[] = [];
  const fileProblems: Problem[] = [];

  const authors: ValidAuthor[] = [];
  for (const file of input.authors) {
    const context = fileContext(file, 'author');
    const problems = runFileRules(context);
    fileProblems.push(...problems);
    summaries.push({ path: file.path, kind: 'author', source: file });
    if (context.authorData && problems.length === 0 && context.body !== undefined) {
      authors.push({ id: idFromPath(file.path), file: file.path, data: context.authorData, body: context.body });
    }
  }

  const bioContexts: { file: SourceFile; context: FileContext; failed: boolean }[] = [];
  for (const file of input.bios ?? []) {
    const context = fileContext(file, 'bio');
    const problems = runFileRules(context);
    fileProblems.push(...problems);
    summaries.push({ path: file.path, kind: 'bio', source: file });
    bioContexts.push({ file, context, failed: problems.length > 0 });
  }

  const people: ValidPerson[] = [];
  for (const file of input.people ?? []) {
    const context = fileContext(file, 'person');
    const problems = runFileRules(context);
    fileProblems.push(...problems);
    summaries.push({ path: file.path, kind: 'person', source: file, ...(context.personData ? { person: context.personData } : {}) });
    if (context.personData && problems.length === 0) people.push({ id: idFromPath(file.path), file: file.path, data: context.personData });
  }

  const read: { file: SourceFile; outcome: ArticleOutcome; body: string | undefined; parses: BodyParses }[] = [];
  const keys = options.cache ? (options.keys ?? articleCacheKeys(input.articles)) : undefined;
  for (const file of input.articles) {
    const key = keys?.get(file);
    let outcome = key ? options.cache!.get(key) : undefined;
    let parses: BodyParses = { facts: 0, mdxCompile: 0 };
    if (!outcome) {
      ({ outcome, parses } = options.worked?.get(file.path) ?? articleWork(file, input.fileExists));
      // A finding that depends on the day (date-future) may be gone tomorrow: such an outcome is not kept.
      if (key && !outcome.problems.some((problem) => CLOCK_RULES.has(problem.rule))) options.cache!.set(key, outcome);
    }
    summaries.push({
      path: file.path,
      kind: 'article',
      source: file,
      ...(outcome.author !== undefined ? { author: outcome.author } : {}),
      ...(outcome.lang ? { lang: outcome.lang } : {}),
      ...(outcome.authorLine ? { authorLine: outcome.authorLine } : {}),
      ...(outcome.data ? { article: outcome.data } : {}),
      ...(outcome.lines ? { lines: outcome.lines } : {}),
      ...(outcome.facts ? { facts: outcome.facts } : {}),
    });
    // The body as the file holds it (the one parse above, or the cached outcome, already read what it says).
    const body = outcome.data ? bodyOf(file.text) : undefined;
    read.push({ file, outcome, body, parses });
  }

  const project = { files: summaries, skipped: input.skipped ?? [], fileExists: input.fileExists, root: input.root };
  const projectProblems = PROJECT_RULES.flatMap((rule) => rule.check(project).map((finding) => stamp(rule, finding.file, finding)));
  const failedFiles = new Set(projectProblems.filter((p) => p.severity === 'error').map((p) => p.file));

  const articles: ValidArticle[] = [];
  for (const { file, outcome, body, parses } of read) {
    fileProblems.push(...outcome.problems);
    const failed = failedFiles.has(file.path) || outcome.problems.some((p) => p.severity === 'error');
    if (outcome.data && outcome.facts && body !== undefined && !failed) {
      articles.push({ id: idFromPath(file.path), file: file.path, data: outcome.data, draft: isDraft(outcome.data), body, facts: outcome.facts, parses });
    }
  }
  const bios: ValidBio[] = [];
  for (const { file, context, failed } of bioContexts) {
    if (failed || failedFiles.has(file.path) || !context.bioData || context.body === undefined) continue;
    const [lang] = file.path.split('/').slice(-2);
    bios.push({ id: idFromPath(file.path), lang: lang as EditionLang, file: file.path, data: context.bioData, body: context.body });
  }
  // A person file named in a cross-file error (a clashing name, a duplicate id) is left out like an article.
  return { problems: [...projectProblems, ...fileProblems], articles, authors, bios, people: people.filter((person) => !failedFiles.has(person.file)) };
}

/** The problems of one file: every rule that applies to its kind. */
export function runFileRules(context: FileContext): Problem[] {
  return FILE_RULES.filter((rule) => rule.appliesTo.includes(context.kind)).flatMap((rule) => rule.check(context).map((finding) => stamp(rule, context.path, finding)));
}

/** Everything one article file says about itself. */
function articleOutcome(context: FileContext): ArticleOutcome {
  const outcome: ArticleOutcome = { problems: runFileRules(context) };
  if (context.articleData) outcome.data = context.articleData;
  const rawAuthor = context.fields?.author;
  const author = context.articleData?.author ?? (typeof rawAuthor === 'string' ? rawAuthor : undefined);
  if (author !== undefined) outcome.author = author;
  if (context.kind === 'article') outcome.lang = context.lang;
  const authorLine = context.lineOf(['author']);
  if (authorLine) outcome.authorLine = authorLine;
  const seriesPart = context.lineOf(['series', 'part']);
  const imageSrc = context.lineOf(['image', 'src']);
  const translationOf = context.lineOf(['translationOf']);
  if (seriesPart || imageSrc || translationOf) outcome.lines = { ...(seriesPart ? { seriesPart } : {}), ...(imageSrc ? { imageSrc } : {}), ...(translationOf ? { translationOf } : {}) };
  if (context.bodyFacts) {
    const { text: _text, runs: _runs, ...facts } = context.bodyFacts;
    outcome.facts = facts;
  }
  return outcome;
}

/** A rule's finding as a problem: its file, its rule id and the rule's severity; no `line` key when the line is unknown. */
function stamp(rule: Rule, file: string, finding: Finding): Problem {
  const { line, field, value, message, fix } = finding;
  return {
    file,
    ...(line !== undefined ? { line } : {}),
    field,
    ...(value !== undefined ? { value } : {}),
    message,
    ...(fix !== undefined ? { fix } : {}),
    severity: rule.severity,
    rule: rule.id,
  };
}
