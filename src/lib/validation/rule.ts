/** What a validation rule is: a stable id, one line on what it checks, an example message, and its check. */
import type { Problem, Severity } from './problems.ts';
import type { ArticleData } from '../../schema/article.ts';
import type { AuthorData, BioData } from '../../schema/author.ts';
import type { PersonData } from '../../schema/newsroom.ts';
import type { BodyFacts } from '../facts/body-facts.ts';
import type { SkippedFile, SourceFile } from '../content/load.ts';
import type { EditionLang } from '../editions/config.ts';

/** What a rule reports: a problem without the file, rule id and severity, which the runner adds (and a line that may be unknown). */
export type Finding = Omit<Problem, 'file' | 'rule' | 'severity' | 'line'> & { line?: number | undefined };

/** A finding of a rule that looks across files, so it names its file. */
export type ProjectFinding = Finding & { file: string };

/** `person`: content/people/<slug>.md, optional notes on people quoted; `bio`: content/authors/<lang>/<id>.md, an author's bio in another edition. */
export type FileKind = 'article' | 'author' | 'bio' | 'person';

interface RuleInfo {
  /** Stable, kebab-case: printed with every problem and listed in docs/validation-rules.md. */
  id: string;
  /** One line: what the rule checks and why. */
  description: string;
  /** A message this rule prints (the rule's unit test checks that it really does). */
  example: string;
  severity: Severity;
}

/** How often one validation parsed a body and compiled its MDX (each at most once: the context memoises). */
export interface BodyParses {
  facts: number;
  mdxCompile: number;
}

/** What a rule that looks at one file at a time may read; everything is computed once, on first use. */
export interface FileContext {
  path: string;
  kind: FileKind;
  mdx: boolean;
  /** An article's edition: its `lang` when that is an edition of the site, else the default edition. */
  lang: EditionLang;
  /** The text of a top-level frontmatter field as written in the file (key line and its indented lines). */
  fieldText(name: string): string | undefined;
  /** The frontmatter fields when the file could be read and they form a mapping. */
  readonly fields: Record<string, unknown> | undefined;
  /** Why the frontmatter could not be read (empty file, YAML syntax, not a mapping). */
  readonly frontmatterErrors: readonly Finding[];
  /** 1-based line of a frontmatter field path. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Frontmatter paths written as an unquoted YAML date. */
  readonly unquotedDates: readonly PropertyKey[][];
  /** The body text, and the file line on which it starts. */
  readonly body: string | undefined;
  readonly bodyLine: number;
  /** The schema's findings, each tagged with the rule it belongs to. */
  readonly schemaFindings: readonly (Finding & { rule: string })[];
  /** The frontmatter as the schema returns it, when the whole of it is valid (articles, authors). */
  readonly articleData: ArticleData | undefined;
  readonly authorData: AuthorData | undefined;
  readonly personData: PersonData | undefined;
  readonly bioData: BioData | undefined;
  /**
   * One article field as its own schema reads it, whether or not other fields are valid, so rules
   * that need only this field still run when another field is wrong; undefined when it is invalid.
   */
  articleField<K extends keyof ArticleData>(name: K): ArticleData[K] | undefined;
  /** What the body says, from its one parse; undefined when it could not be parsed (see bodyError). */
  readonly bodyFacts: BodyFacts | undefined;
  readonly bodyError: Finding | undefined;
  /** MDX only: the body compiled to JavaScript, or the compiler's error. */
  readonly mdxCompiled: { code: string } | { error: string } | undefined;
  /** The body parses and MDX compiles made for this file so far. */
  readonly bodyParses: BodyParses;
  /** Whether a project-relative path is a file (undefined: not known, checks that need it are skipped). */
  fileExists: ((path: string) => boolean) | undefined;
}

/** A rule over one file; its findings can be cached with the file's text. */
export interface FileRule extends RuleInfo {
  scope: 'file';
  appliesTo: readonly FileKind[];
  /**
   * The rule also reads the build's day (src/lib/validation/build-day.ts): a file it finds fault with
   * today may pass on a later day, so an outcome holding its findings is never cached.
   */
  readsClock?: true;
  check(file: FileContext): Finding[];
}

/** What one file gave the rules that look across files. */
export interface FileSummary {
  path: string;
  kind: FileKind;
  source: SourceFile;
  /** The author id as written (articles), even when other fields are invalid. */
  author?: string;
  authorLine?: number;
  /** An article's edition as written when it is one of the site's (else the default edition), for ids per edition. */
  lang?: EditionLang;
  /** Articles whose frontmatter is valid: the data the cross-file rules read (series, quotes, lead image). */
  article?: ArticleData;
  /** Lines of the fields cross-file rules report on (series.part, image.src), when written. */
  lines?: { seriesPart?: number; imageSrc?: number; translationOf?: number };
  /** Articles whose body could be read: its links and MDX imports, for the rules on the files they show (pictures). */
  facts?: Pick<BodyFacts, 'links' | 'mdxCode'>;
  /** Person files whose frontmatter is valid. */
  person?: PersonData;
}

export interface ProjectContext {
  files: readonly FileSummary[];
  /** Files under content/ that cannot be content, with the reason (src/lib/content/load.ts). */
  skipped: readonly SkippedFile[];
  /** Whether a project-relative path is a file (undefined: not known, checks that need it are skipped). */
  fileExists?: ((path: string) => boolean) | undefined;
  /** The project folder on disk, for rules that read other files (pictures); undefined for content given in memory. */
  root?: string | undefined;
}

/** A rule that looks across files (ids, authors) or at files that never became content. */
export interface ProjectRule extends RuleInfo {
  scope: 'project';
  check(project: ProjectContext): ProjectFinding[];
}

export type Rule = FileRule | ProjectRule;
