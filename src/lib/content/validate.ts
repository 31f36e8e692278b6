/**
 * The one validation of all content: schema, then cross-file and body-aware rules. `npm run check`,
 * the build guard and the tests all call `validateContent` and get the same list of problems.
 * What a file yields on its own (its problems, data and body facts) is cached by its text
 * (src/lib/facts/cache.ts); the rules that look across files run every time.
 */
import { articleSchema, ARTICLE_FIELDS, QUOTE_FIELDS, SOURCE_FIELDS, type ArticleData } from '../../schema/article.ts';
import { authorSchema, AUTHOR_FIELDS, type AuthorData } from '../../schema/author.ts';
import type { Problem } from '../problems.ts';
import { shortenValue } from '../problems.ts';
import { closestMatch } from '../suggest.ts';
import { fileIdFrom } from '../slug.ts';
import { describeQuoteMismatch, quoteMatcher } from '../quotes.ts';
import { MarkdownLimitError } from '../markdown/limits.ts';
import { bodyFacts, type BodyFacts } from '../facts/body-facts.ts';
import { fileKey, type FileCache } from '../facts/cache.ts';
import { rememberFacts, type PageFacts } from '../facts/store.ts';
import { site } from '../../site.config.ts';
import { mdxToJs } from 'satteri';
import { bodyOf, splitFrontmatter } from './frontmatter.ts';
import { controlCharacterProblems, headingIdProblems, linkProblems, mdxCodeProblems, rawHtmlProblems } from './body-rules.ts';
import { uncitedPassageSuggestions } from './body-citations.ts';
import { formatFieldPath, issuesToProblems, valueAt } from './zod-problems.ts';
import { CORRECTION_FIELDS, IMAGE_FIELDS, PERSON_FIELDS, SERIES_FIELDS, personSchema, type PersonData } from '../../schema/newsroom.ts';
import { checkCorrections } from '../newsroom/corrections.ts';
import { checkPeopleClaims, suggestSpeakerMerges } from '../newsroom/people.ts';
import { checkSeriesParts } from '../newsroom/series.ts';
import { checkLeadImage } from '../newsroom/lead-image.ts';
import { ID_PATTERN, MAX_ID_LENGTH, MDX_PROVIDED_COMPONENTS, RESERVED_IDS, idFromPath } from './layout.ts';

/** A content file as read from disk. */
export interface SourceFile {
  /** Path relative to the project root, forward slashes. */
  path: string;
  text: string;
  /** Set when the file's bytes are not valid UTF-8: where the first bad byte is (text is then a lossy decode). */
  invalidUtf8?: { offset: number; line: number; column: number; byte: number; latin1?: string | undefined };
}

export interface ValidArticle {
  id: string;
  file: string;
  data: ArticleData;
  body: string;
  /** What the body says, from its one parse: words, opening, headings, citations… */
  facts: PageFacts;
}

export interface ValidAuthor {
  id: string;
  file: string;
  data: AuthorData;
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
  people: ValidPerson[];
}

/** What one article file yields on its own, before the rules that look across files: cacheable by its text. */
export interface ArticleOutcome {
  /** The file's own problems (errors and suggestions). */
  problems: Problem[];
  /** The frontmatter as the schema returns it, when it is valid. */
  data?: ArticleData;
  /** The author id as written, for the cross-file author check (even when other fields are invalid). */
  author?: string;
  /** Line of the author field, for that check's report. */
  authorLine?: number;
  /** Line of image.src, for the lead-image file check (run outside the cache). */
  imageLine?: number;
  facts?: PageFacts;
}

export interface ValidateOptions {
  /** Outcomes of files already validated with this code, by file key (src/lib/facts/cache.ts). */
  cache?: FileCache<ArticleOutcome>;
}

/** Validates every article and author; never stops at the first bad file. */
export function validateContent(
  input: {
    articles: readonly SourceFile[];
    authors: readonly SourceFile[];
    /** content/people/<slug>.md files (optional). */
    people?: readonly SourceFile[];
    /** Files under content/ that cannot be content, with the reason (src/lib/content/load.ts). */
    skipped?: readonly { path: string; message: string; fix: string }[];
    /** Whether a project-relative path is a file; enables the check of MDX imports. */
    fileExists?: (path: string) => boolean;
  },
  options: ValidateOptions = {},
): ValidationResult {
  const problems: Problem[] = [];
  for (const file of input.skipped ?? []) {
    problems.push({ file: file.path, field: '(file)', message: file.message, fix: file.fix, severity: 'error' });
  }

  const authors: ValidAuthor[] = [];
  for (const file of input.authors) {
    const parsed = parseFile(file, problems);
    if (!parsed) continue;
    const result = authorSchema.safeParse(parsed.data);
    const authorProblems = result.success
      ? []
      : issuesToProblems(result.error.issues, { file: file.path, input: parsed.data, lineOf: parsed.lineOf, knownFields: () => AUTHOR_FIELDS });
    authorProblems.push(...unquotedDateProblems(file.path, parsed, () => false, AUTHOR_FIELDS, authorProblems));
    // The biography is rendered as Markdown on the author's page: the same body rules apply.
    const bio = readBody(file.path, parsed.body, parsed.bodyLine, false);
    authorProblems.push(...bio.problems, ...controlCharacterProblems(file.path, parsed.body, parsed.bodyLine));
    if (bio.facts) {
      authorProblems.push(...rawHtmlProblems(file.path, bio.facts, parsed.bodyLine));
      authorProblems.push(...linkProblems(file.path, bio.facts, parsed.bodyLine, site.remoteImageHosts));
    }
    if (!result.success || authorProblems.length) {
      problems.push(...authorProblems.map(dropUndefinedLine));
      continue;
    }
    authors.push({ id: idFromPath(file.path), file: file.path, data: result.data, body: parsed.body });
  }
  problems.push(...duplicateIds(input.authors.map((f) => f.path), 'author'));
  problems.push(...invalidIds(input.authors.map((f) => f.path)));

  // Unknown-author checks compare against every author file, valid or not, so one broken
  // author file is reported once rather than once per article.
  const authorIds = input.authors.map((f) => idFromPath(f.path)).sort();
  const knownAuthors = new Set(authorIds);
  const articles: ValidArticle[] = [];
  for (const file of input.articles) {
    const mdx = file.path.endsWith('.mdx');
    // MDX outcomes depend on other files (its imports must exist), so only Markdown is cached.
    const key = options.cache && !mdx && !file.invalidUtf8 ? fileKey(file.path, file.text) : undefined;
    let outcome = key ? options.cache!.get(key) : undefined;
    let body: string | undefined;
    if (outcome) body = bodyOf(file.text);
    else {
      const read = articleOutcome(file, input.fileExists, problems);
      if (!read) continue;
      outcome = read.outcome;
      body = read.body;
      if (key) options.cache!.set(key, outcome);
    }
    const fileProblems = outcome.problems.filter((p) => p.severity === 'error');
    const author = outcome.author;
    if (author !== undefined && author.trim() && !knownAuthors.has(author.trim())) {
      const guess = closestMatch(author, authorIds);
      fileProblems.push({
        file: file.path,
        ...(outcome.authorLine ? { line: outcome.authorLine } : {}),
        field: 'author',
        value: shortenValue(author),
        message: 'no such author in content/authors/',
        fix: `${guess ? `did you mean "${guess}"? ` : ''}known authors: ${authorIds.join(', ') || '(none: add content/authors/<id>.md)'}`,
        severity: 'error',
      });
    }
    if (outcome.data?.image) fileProblems.push(...checkLeadImage(file.path, outcome.data.image.src, input.fileExists, outcome.imageLine));
    problems.push(...fileProblems, ...outcome.problems.filter((p) => p.severity !== 'error'));
    if (outcome.facts && body !== undefined) rememberFacts(body, mdx, outcome.facts);
    if (outcome.data && outcome.facts && body !== undefined && fileProblems.length === 0) {
      articles.push({ id: idFromPath(file.path), file: file.path, data: outcome.data, body, facts: outcome.facts });
    }
  }
  problems.push(...duplicateIds(input.articles.map((f) => f.path), 'article'));
  problems.push(...invalidIds(input.articles.map((f) => f.path)));
  // Newsroom rules that look across files (series parts, people's names).
  const people = validatePeople(input.people ?? [], problems);
  problems.push(...checkSeriesParts(articles), ...checkPeopleClaims(people), ...suggestSpeakerMerges(articles, people));
  return { problems, articles, authors, people };
}

/** Everything one article file says about itself; undefined when its frontmatter cannot be read at all. */
function articleOutcome(file: SourceFile, fileExists: ((path: string) => boolean) | undefined, problems: Problem[]): { outcome: ArticleOutcome; body: string } | undefined {
  const fileProblems: Problem[] = [];
  const parsed = parseFile(file, fileProblems);
  if (!parsed) {
    problems.push(...fileProblems);
    return undefined;
  }
  const result = articleSchema.safeParse(parsed.data);
  if (!result.success) {
    fileProblems.push(...issuesToProblems(result.error.issues, { file: file.path, input: parsed.data, lineOf: parsed.lineOf, knownFields: knownArticleFields }));
  }
  fileProblems.push(...unquotedDateProblems(file.path, parsed, isArticleDateField, ARTICLE_FIELDS, fileProblems));
  const mdx = file.path.endsWith('.mdx');
  const body = readBody(file.path, parsed.body, parsed.bodyLine, mdx);
  fileProblems.push(...body.problems, ...controlCharacterProblems(file.path, parsed.body, parsed.bodyLine));
  const data = result.success ? result.data : undefined;
  if (data) fileProblems.push(...checkCorrections(file.path, data, parsed.lineOf));
  const rawAuthor = (parsed.data as { author?: unknown })?.author;
  const author = data?.author ?? (typeof rawAuthor === 'string' ? rawAuthor : undefined);
  const suggestions: Problem[] = [];
  let facts: PageFacts | undefined;
  if (body.facts) {
    const { text, ...rest } = body.facts;
    facts = rest;
    if (data) fileProblems.push(...quoteProblems(file.path, data, text, parsed.lineOf));
    fileProblems.push(...rawHtmlProblems(file.path, body.facts, parsed.bodyLine));
    fileProblems.push(...linkProblems(file.path, body.facts, parsed.bodyLine, site.remoteImageHosts));
    fileProblems.push(...headingIdProblems(file.path, body.facts, parsed.bodyLine));
    if (mdx) {
      fileProblems.push(...mdxCodeProblems(file.path, body.facts, parsed.bodyLine));
      fileProblems.push(...mdxProblems(file.path, parsed.body, parsed.bodyLine, fileExists));
    }
    if (data) suggestions.push(...uncitedPassageSuggestions(file.path, data.scripture.flatMap((c) => c.passages), body.facts.citations));
  }
  const outcome: ArticleOutcome = { problems: [...fileProblems.map(dropUndefinedLine), ...suggestions] };
  if (data) outcome.data = data;
  if (author !== undefined) outcome.author = author;
  const authorLine = parsed.lineOf(['author']);
  if (authorLine) outcome.authorLine = authorLine;
  const imageLine = parsed.lineOf(['image', 'src']);
  if (imageLine) outcome.imageLine = imageLine;
  if (facts) outcome.facts = facts;
  return { outcome, body: parsed.body };
}

/** Field names allowed at a path of article frontmatter, for "did you mean". */
export function knownArticleFields(path: readonly PropertyKey[]): readonly string[] {
  if (path[0] === 'source') return SOURCE_FIELDS;
  if (path[0] === 'quotes') return QUOTE_FIELDS;
  if (path[0] === 'corrections') return CORRECTION_FIELDS;
  if (path[0] === 'series') return SERIES_FIELDS;
  if (path[0] === 'image') return IMAGE_FIELDS;
  return ARTICLE_FIELDS;
}

function isArticleDateField(path: readonly PropertyKey[]): boolean {
  return (path.length === 1 && (path[0] === 'date' || path[0] === 'updated')) || (path.length === 3 && (path[0] === 'quotes' || path[0] === 'corrections') && path[2] === 'date');
}

/**
 * Astro reads an unquoted `2025-03-10` as a Date, which only date fields accept; here it stays
 * text, so without this rule a date-like title would pass here and fail inside Astro. Fields that
 * already have a problem, and unknown fields, are left to that problem.
 */
function unquotedDateProblems(
  file: string,
  parsed: { data: unknown; unquotedDates: PropertyKey[][]; lineOf: (path: readonly PropertyKey[]) => number | undefined },
  isDateField: (path: readonly PropertyKey[]) => boolean,
  knownTopLevel: readonly string[],
  existing: readonly Problem[],
): Problem[] {
  const problems: Problem[] = [];
  for (const path of parsed.unquotedDates) {
    if (isDateField(path) || !knownTopLevel.includes(String(path[0]))) continue;
    const field = formatFieldPath(path);
    if (existing.some((p) => p.field === field)) continue;
    const line = parsed.lineOf(path);
    const typed = String(valueAt(parsed.data, path));
    problems.push({
      file,
      ...(line ? { line } : {}),
      field,
      value: shortenValue(typed),
      message: 'is an unquoted date, which YAML (and Astro) read as a date, not text',
      fix: `put it in quotes: "${typed}"`,
      severity: 'error',
    });
  }
  return problems;
}

function parseFile(file: SourceFile, problems: Problem[]) {
  if (file.invalidUtf8) {
    const { offset, line, column, byte, latin1 } = file.invalidUtf8;
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    problems.push({
      file: file.path,
      line,
      field: '(file)',
      message: `file is not valid UTF-8: byte ${hex} at byte offset ${offset} (line ${line}, column ${column})`,
      fix: `save the file as UTF-8${latin1 ? ` (in Latin-1 or Windows-1252 that byte is "${latin1}")` : ''}`,
      severity: 'error',
    });
    return undefined;
  }
  const split = splitFrontmatter(file.text);
  if (!split.ok) {
    for (const issue of split.issues) {
      problems.push(dropUndefinedLine({ file: file.path, line: issue.line, field: '(frontmatter)', message: issue.message, fix: issue.fix, severity: 'error' } as Problem));
    }
    return undefined;
  }
  if (split.data === null || typeof split.data !== 'object' || Array.isArray(split.data)) {
    problems.push({
      file: file.path,
      line: 2,
      field: '(frontmatter)',
      value: shortenValue(split.data),
      message: `the frontmatter must be a set of fields, found ${Array.isArray(split.data) ? 'a list' : split.data === null ? 'nothing' : 'a single value'}`,
      fix: 'write one "field: value" per line between the --- lines',
      severity: 'error',
    });
    return undefined;
  }
  return split;
}

function quoteProblems(file: string, data: ArticleData, bodyText: string, lineOf: (path: readonly PropertyKey[]) => number | undefined): Problem[] {
  const problems: Problem[] = [];
  // The body is folded once for all of the article's quotes.
  const matcher = quoteMatcher(bodyText);
  data.quotes.forEach((quote, index) => {
    const match = matcher.find(quote.text);
    if (match.found) return;
    const { message, fix } = describeQuoteMismatch(bodyText, match);
    problems.push(
      dropUndefinedLine({
        file,
        line: lineOf(['quotes', index, 'text']),
        field: `quotes[${index}].text`,
        value: shortenValue(quote.text),
        message,
        fix,
        severity: 'error',
      } as Problem),
    );
  });
  return problems;
}

/** Parses the body once for every body rule; a body over the parser's limits is one problem, not a crash. */
function readBody(file: string, body: string, bodyLine: number, mdx: boolean): { facts?: BodyFacts; problems: Problem[] } {
  try {
    return { facts: bodyFacts(body, { mdx }), problems: [] };
  } catch (error) {
    const limit = error instanceof MarkdownLimitError;
    return {
      problems: [
        {
          file,
          line: bodyLine + (limit ? error.line : 1) - 1,
          field: '(body)',
          message: limit ? error.message : `the body could not be read: ${(error as Error).message}`,
          fix: limit ? error.fix : 'simplify the Markdown around this line',
          severity: 'error',
        },
      ],
    };
  }
}

/**
 * MDX is compiled only when pages render, where a syntax error names no project-relative file
 * and an unknown component fails one page at a time. Compiling here (with the same compiler,
 * Sätteri) reports them with the file and line, with all other problems, before anything is built.
 */
function mdxProblems(file: string, body: string, bodyLine: number, fileExists?: (path: string) => boolean): Problem[] {
  let code: string;
  try {
    code = mdxToJs(body, { jsxImportSource: 'astro', elementAttributeNameCase: 'html' }).code;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(text);
    const reason = (at?.[3] ?? text).replace(/\s*\((?:mdx|mdxjs|micromark)[^)]*\)\s*$/, '').replace(/\s*\(\d+:\d+\)/g, '').trim();
    return [
      {
        file,
        line: bodyLine + (at ? Number(at[1]) : 1) - 1,
        field: '(body)',
        message: `MDX syntax error${at ? ` at column ${at[2]}` : ''}: ${reason}`,
        fix: 'close every <Component> tag and {expression}; in prose write \\{ for {, and &lt; for <',
        severity: 'error',
      },
    ];
  }
  const problems: Problem[] = [];
  const lines = body.split('\n');
  const lineOfText = (pattern: RegExp): number => {
    const index = lines.findIndex((line) => pattern.test(line));
    return bodyLine + (index === -1 ? 0 : index);
  };
  const reported = new Set<string>();
  for (const match of code.matchAll(/_missingMdxReference\("([^"]+)", (true|false)\)/g)) {
    const name = match[1]!;
    if ((MDX_PROVIDED_COMPONENTS as readonly string[]).includes(name) || reported.has(name)) continue;
    reported.add(name);
    problems.push({
      file,
      line: lineOfText(new RegExp(`<${name.replace(/[.$]/g, '\\$&')}(?![\\w.$])`)),
      field: '(body)',
      value: `<${name}>`,
      message: `component ${name} is used but neither imported nor provided by the site`,
      fix: `import it at the top of the file (import ${name} from './${name}.astro'), or use a component the site provides: ${MDX_PROVIDED_COMPONENTS.join(', ')}`,
      severity: 'error',
    });
  }
  if (fileExists) {
    const dir = file.slice(0, file.lastIndexOf('/'));
    for (const match of code.matchAll(/^import\s+(?:[^'"]*?\sfrom\s+)?["']([^"']+)["'];?\s*$/gm)) {
      const specifier = match[1]!;
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) continue;
      const target = joinPosix(dir, specifier);
      if (target === undefined || resolvesTo(target, fileExists)) continue;
      problems.push({
        file,
        line: lineOfText(new RegExp(`from\\s*["']${specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']`)),
        field: '(body)',
        value: shortenValue(specifier),
        message: `imports ${specifier}, which does not exist (looked for ${target})`,
        fix: 'correct the path (it is relative to this file), or remove the import',
        severity: 'error',
      });
    }
  }
  return problems;
}

const IMPORT_EXTENSIONS = ['', '.astro', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.md', '.mdx', '.json'];

function resolvesTo(target: string, fileExists: (path: string) => boolean): boolean {
  return IMPORT_EXTENSIONS.some((ext) => fileExists(target + ext)) || IMPORT_EXTENSIONS.slice(1).some((ext) => fileExists(`${target}/index${ext}`));
}

/** `content/articles` + `../../src/x.astro` → `src/x.astro`; undefined when it leaves the project. */
function joinPosix(dir: string, relativePath: string): string | undefined {
  const parts = dir.split('/').filter(Boolean);
  for (const part of relativePath.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

function duplicateIds(paths: readonly string[], kind: string): Problem[] {
  const byKey = new Map<string, string[]>();
  for (const path of paths) {
    const key = idFromPath(path).toLowerCase();
    byKey.set(key, [...(byKey.get(key) ?? []), path]);
  }
  const problems: Problem[] = [];
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const ids = new Set(group.map(idFromPath));
    for (const path of group) {
      const others = group.filter((p) => p !== path);
      problems.push({
        file: path,
        field: '(id)',
        value: shortenValue(idFromPath(path)),
        message:
          ids.size === 1
            ? `another ${kind} has the same id: ${others.join(', ')}`
            : `another ${kind}'s id differs only in letter case: ${others.join(', ')}`,
        fix: 'rename one of the files: the file name is the id and the page address',
        severity: 'error',
      });
    }
  }
  return problems;
}

function invalidIds(paths: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const path of paths) {
    const id = idFromPath(path);
    const extension = path.slice(path.lastIndexOf('.'));
    const suggestion = fileIdFrom(id) || 'a name of letters, digits and hyphens';
    const problem = (message: string, fix: string): void => {
      problems.push({ file: path, field: '(id)', value: shortenValue(id), message, fix, severity: 'error' });
    };
    if (!ID_PATTERN.test(id)) {
      // The suggestion is transliterated to ASCII, so it never repeats the name it rejects.
      problem('the file name cannot be used as a page address (it has spaces or other characters)', `rename the file to ${suggestion}${extension}`);
    } else if (id.length > MAX_ID_LENGTH) {
      problem(`the file name is ${id.length} characters long; ids have at most ${MAX_ID_LENGTH} (it becomes a folder and an image name on every host)`, `rename the file to ${fileIdFrom(id)}${extension}`);
    } else if (RESERVED_IDS.includes(id.toLowerCase())) {
      problem(`"${id}" is reserved: the site uses that name for its own pages and files`, `rename the file, e.g. to ${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-article${extension}`);
    }
  }
  return problems;
}

function dropUndefinedLine(problem: Problem): Problem {
  if (problem.line === undefined) {
    const { line: _line, ...rest } = problem;
    return rest;
  }
  return problem;
}

/** content/people/<slug>.md: the person schema, the body rules a biography has, and valid ids. */
function validatePeople(files: readonly SourceFile[], problems: Problem[]): ValidPerson[] {
  const people: ValidPerson[] = [];
  for (const file of files) {
    const parsed = parseFile(file, problems);
    if (!parsed) continue;
    const result = personSchema.safeParse(parsed.data);
    const fileProblems = result.success
      ? []
      : issuesToProblems(result.error.issues, { file: file.path, input: parsed.data, lineOf: parsed.lineOf, knownFields: () => PERSON_FIELDS });
    fileProblems.push(...unquotedDateProblems(file.path, parsed, () => false, PERSON_FIELDS, fileProblems));
    const note = readBody(file.path, parsed.body, parsed.bodyLine, false);
    fileProblems.push(...note.problems, ...controlCharacterProblems(file.path, parsed.body, parsed.bodyLine));
    if (note.facts) {
      fileProblems.push(...rawHtmlProblems(file.path, note.facts, parsed.bodyLine));
      fileProblems.push(...linkProblems(file.path, note.facts, parsed.bodyLine, site.remoteImageHosts));
    }
    problems.push(...fileProblems.map(dropUndefinedLine));
    if (result.success && fileProblems.length === 0) people.push({ id: idFromPath(file.path), file: file.path, data: result.data });
  }
  problems.push(...duplicateIds(files.map((f) => f.path), 'person'));
  problems.push(...invalidIds(files.map((f) => f.path)));
  return people;
}
