/**
 * The one validation of all content: schema, then cross-file and body-aware rules. `npm run check`,
 * the build guard and the tests all call `validateContent` and get the same list of problems.
 */
import { articleSchema, ARTICLE_FIELDS, QUOTE_FIELDS, SOURCE_FIELDS, type ArticleData } from '../../schema/article.ts';
import { authorSchema, AUTHOR_FIELDS, type AuthorData } from '../../schema/author.ts';
import type { Problem } from '../problems.ts';
import { shortenValue } from '../problems.ts';
import { closestMatch } from '../suggest.ts';
import { slugify } from '../slug.ts';
import { findQuote, longestMatchingPrefix } from '../quotes.ts';
import { findRawHtml, markdownToPlainText } from '../markdown-text.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { uncitedPassageSuggestions } from './body-citations.ts';
import { issuesToProblems } from './zod-problems.ts';
import { ID_PATTERN, idFromPath } from './layout.ts';

/** A content file as read from disk. */
export interface SourceFile {
  /** Path relative to the project root, forward slashes. */
  path: string;
  text: string;
}

export interface ValidArticle {
  id: string;
  file: string;
  data: ArticleData;
  body: string;
  /** Readable text of the body (no markup), used for quote checks and summaries. */
  bodyText: string;
}

export interface ValidAuthor {
  id: string;
  file: string;
  data: AuthorData;
  body: string;
}

export interface ValidationResult {
  problems: Problem[];
  articles: ValidArticle[];
  authors: ValidAuthor[];
}

/** Validates every article and author; never stops at the first bad file. */
export function validateContent(input: { articles: readonly SourceFile[]; authors: readonly SourceFile[]; otherFiles?: readonly string[] }): ValidationResult {
  const problems: Problem[] = [];
  for (const path of input.otherFiles ?? []) {
    problems.push({
      file: path,
      field: '(file)',
      message: 'is not an article: only .md and .mdx files under content/articles/ become pages',
      fix: 'rename it to .md or .mdx, or move it out of content/',
      severity: 'error',
    });
  }

  const authors: ValidAuthor[] = [];
  for (const file of input.authors) {
    const parsed = parseFile(file, problems);
    if (!parsed) continue;
    const result = authorSchema.safeParse(parsed.data);
    if (!result.success) {
      problems.push(
        ...issuesToProblems(result.error.issues, { file: file.path, input: parsed.data, lineOf: parsed.lineOf, knownFields: () => AUTHOR_FIELDS }),
      );
      continue;
    }
    authors.push({ id: idFromPath(file.path), file: file.path, data: result.data, body: parsed.body });
  }
  problems.push(...duplicateIds(input.authors.map((f) => f.path), 'author'));
  problems.push(...invalidIds(input.authors.map((f) => f.path)));

  // Unknown-author checks compare against every author file, valid or not, so one broken
  // author file is reported once rather than once per article.
  const authorIds = input.authors.map((f) => idFromPath(f.path)).sort();
  const articles: ValidArticle[] = [];
  for (const file of input.articles) {
    const parsed = parseFile(file, problems);
    if (!parsed) continue;
    const result = articleSchema.safeParse(parsed.data);
    const fileProblems: Problem[] = [];
    if (!result.success) {
      fileProblems.push(
        ...issuesToProblems(result.error.issues, { file: file.path, input: parsed.data, lineOf: parsed.lineOf, knownFields: knownArticleFields }),
      );
    }
    const mdx = file.path.endsWith('.mdx');
    const bodyText = markdownToPlainText(parsed.body, { mdx });
    const data = result.success ? result.data : undefined;
    const author = data?.author ?? (typeof (parsed.data as { author?: unknown })?.author === 'string' ? (parsed.data as { author: string }).author : undefined);
    if (author !== undefined && author.trim() && !authorIds.includes(author.trim())) {
      const guess = closestMatch(author, authorIds);
      fileProblems.push({
        file: file.path,
        line: parsed.lineOf(['author']),
        field: 'author',
        value: shortenValue(author),
        message: 'no such author in content/authors/',
        fix: `${guess ? `did you mean "${guess}"? ` : ''}known authors: ${authorIds.join(', ') || '(none: add content/authors/<id>.md)'}`,
        severity: 'error',
      } as Problem);
    }
    if (data) fileProblems.push(...quoteProblems(file.path, data, bodyText, parsed.lineOf));
    if (!mdx) fileProblems.push(...rawHtmlProblems(file.path, parsed.body, parsed.bodyLine));
    problems.push(...fileProblems.map(dropUndefinedLine));
    if (data) problems.push(...uncitedPassageSuggestions(file.path, data.scripture.flatMap((c) => c.passages), bodyText));
    if (data && fileProblems.length === 0) {
      articles.push({ id: idFromPath(file.path), file: file.path, data, body: parsed.body, bodyText });
    }
  }
  problems.push(...duplicateIds(input.articles.map((f) => f.path), 'article'));
  problems.push(...invalidIds(input.articles.map((f) => f.path)));
  return { problems, articles, authors };
}

/** Field names allowed at a path of article frontmatter, for "did you mean". */
export function knownArticleFields(path: readonly PropertyKey[]): readonly string[] {
  if (path[0] === 'source') return SOURCE_FIELDS;
  if (path[0] === 'quotes') return QUOTE_FIELDS;
  return ARTICLE_FIELDS;
}

function parseFile(file: SourceFile, problems: Problem[]) {
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
  data.quotes.forEach((quote, index) => {
    const match = findQuote(bodyText, quote.text);
    if (match.found) return;
    const path = ['quotes', index, 'text'];
    const partLabel = match.partCount > 1 ? `part ${match.partIndex + 1} of ${match.partCount} ("${shortenText(match.missingPart)}")` : 'the text';
    const near = longestMatchingPrefix(bodyText, match.missingPart);
    problems.push(
      dropUndefinedLine({
        file,
        line: lineOf(path),
        field: `quotes[${index}].text`,
        value: shortenValue(quote.text),
        message: match.outOfOrder
          ? `${partLabel} appears in the body only before the previous part`
          : `${partLabel} does not appear in the article body`,
        fix: near
          ? `the body matches up to "${shortenText(near)}" and then differs: copy the words exactly from the body (quotes, dashes and spacing may differ; mark left-out words with …)`
          : 'copy the words exactly from the body (quotes, dashes and spacing may differ; mark left-out words with …)',
        severity: 'error',
      } as Problem),
    );
  });
  return problems;
}

// Article text is untrusted: raw HTML would reach readers as markup (scripts, handlers,
// iframes), so Markdown bodies may not contain it. MDX is code and is reviewed as code.
function rawHtmlProblems(file: string, body: string, bodyLine: number): Problem[] {
  return findRawHtml(body).map(({ line, html }) => ({
    file,
    line: bodyLine + line - 1,
    field: '(body)',
    value: shortenValue(html),
    message: 'raw HTML is not allowed in Markdown articles',
    fix: 'write it in Markdown (links, emphasis, lists, tables), or put HTML you want shown as text in `backticks`',
    severity: 'error' as const,
  }));
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
  return paths
    .filter((path) => !ID_PATTERN.test(idFromPath(path)))
    .map((path) => ({
      file: path,
      field: '(id)',
      value: shortenValue(idFromPath(path)),
      message: 'the file name cannot be used as a page address (it has spaces or other characters)',
      fix: `rename the file to ${slugify(idFromPath(path)) || 'a name of letters, digits and hyphens'}${path.slice(path.lastIndexOf('.'))}`,
      severity: 'error' as const,
    }));
}

function shortenText(text: string): string {
  return text.length > 50 ? `${text.slice(0, 49)}…` : text;
}

function dropUndefinedLine(problem: Problem): Problem {
  if (problem.line === undefined) {
    const { line: _line, ...rest } = problem;
    return rest;
  }
  return problem;
}
