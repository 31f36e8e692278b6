/**
 * What the rules read about one file, each part worked out once and only when a rule asks for it:
 * the frontmatter, the schema's findings, each field on its own, the body's facts, the MDX compile.
 */
import { mdxToJs } from 'satteri';
import { articleSchemaIn, ARTICLE_FIELDS, QUOTE_FIELDS, SOURCE_FIELDS, type ArticleData } from '../../schema/article.ts';
import { authorSchema, AUTHOR_FIELDS, bioSchema, BIO_FIELDS, type AuthorData, type BioData } from '../../schema/author.ts';
import { DATED_NOTE_FIELDS, IMAGE_FIELDS, PERSON_FIELDS, SERIES_FIELDS, personSchema, type PersonData } from '../../schema/newsroom.ts';
import { shortenValue } from './problems.ts';
import { bodyFacts, type BodyFacts } from '../facts/body-facts.ts';
import { logParse } from '../facts/parse-log.ts';
import { MarkdownLimitError } from '../markdown/limits.ts';
import { splitFrontmatter, type SplitResult } from '../content/frontmatter.ts';
import type { SourceFile } from '../content/load.ts';
import type { ScriptureLanguage } from '../scripture/languages/types.ts';
import { isEditionLang } from '../../schema/edition-fields.ts';
import { SITE_EDITIONS, type EditionLang } from '../editions/config.ts';
import { scriptureLanguageOf } from '../editions/edition.ts';
import { issuesToFindings, type SchemaFinding } from './zod-problems.ts';
import type { FileContext, FileKind, Finding } from './rule.ts';

/** Field names allowed at a path of article frontmatter, for "did you mean". */
export function knownArticleFields(path: readonly PropertyKey[]): readonly string[] {
  if (path[0] === 'source') return SOURCE_FIELDS;
  if (path[0] === 'quotes') return QUOTE_FIELDS;
  if (path[0] === 'corrections' || path[0] === 'updates') return DATED_NOTE_FIELDS;
  if (path[0] === 'series') return SERIES_FIELDS;
  if (path[0] === 'image') return IMAGE_FIELDS;
  return ARTICLE_FIELDS;
}

type ReadFrontmatter = Extract<SplitResult, { ok: true }> & { data: Record<string, unknown> };

/** The context the file rules read for one file. */
export function fileContext(file: SourceFile, kind: FileKind, fileExists?: (path: string) => boolean): FileContext {
  const mdx = file.path.endsWith('.mdx');
  // A file that is not UTF-8 is reported by the file-encoding rule and not read further.
  const split = file.invalidUtf8 ? undefined : splitFrontmatter(file.text);
  const frontmatterErrors: Finding[] = [];
  let read: ReadFrontmatter | undefined;
  if (split && !split.ok) {
    for (const issue of split.issues) frontmatterErrors.push({ ...(issue.line ? { line: issue.line } : {}), field: '(frontmatter)', message: issue.message, fix: issue.fix });
  } else if (split?.ok) {
    // A bio may have no fields at all (its role is optional): `---` twice, then the text.
    const data = kind === 'bio' && split.data == null ? {} : split.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      frontmatterErrors.push({
        line: 2,
        field: '(frontmatter)',
        value: shortenValue(data),
        message: `the frontmatter must be a set of fields, found ${Array.isArray(data) ? 'a list' : data === null ? 'nothing' : 'a single value'}`,
        fix: 'write one "field: value" per line between the --- lines',
      });
    } else read = { ...split, data } as ReadFrontmatter;
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => read?.lineOf(path);
  // The edition decides the language references are read in (frontmatter and prose); an unknown
  // `lang` is the edition-lang rule's problem, and the rest is read as the default edition.
  const lang: EditionLang = kind === 'article' && isEditionLang(read?.data.lang) ? read.data.lang : SITE_EDITIONS.defaultLang;
  const scripture = scriptureLanguageOf(lang);
  const articleSchema = articleSchemaIn(scripture);

  const schema = memo(() => {
    const none = { findings: [] as SchemaFinding[], article: undefined as ArticleData | undefined, author: undefined as AuthorData | undefined, person: undefined as PersonData | undefined, bio: undefined as BioData | undefined };
    if (!read) return none;
    if (kind === 'bio') {
      const result = bioSchema.safeParse(read.data);
      if (result.success) return { ...none, bio: result.data };
      return { ...none, findings: issuesToFindings(result.error.issues, { input: read.data, lineOf, knownFields: () => BIO_FIELDS }) };
    }
    if (kind === 'author') {
      const result = authorSchema.safeParse(read.data);
      if (result.success) return { ...none, author: result.data };
      return { ...none, findings: issuesToFindings(result.error.issues, { input: read.data, lineOf, knownFields: () => AUTHOR_FIELDS }) };
    }
    if (kind === 'person') {
      const result = personSchema.safeParse(read.data);
      if (result.success) return { ...none, person: result.data };
      return { ...none, findings: issuesToFindings(result.error.issues, { input: read.data, lineOf, knownFields: () => PERSON_FIELDS }) };
    }
    const result = articleSchema.safeParse(read.data);
    if (result.success) return { ...none, article: result.data };
    return { ...none, findings: issuesToFindings(result.error.issues, { input: read.data, lineOf, knownFields: knownArticleFields }) };
  });

  const fieldValues = new Map<keyof ArticleData, unknown>();
  const articleField = <K extends keyof ArticleData>(name: K): ArticleData[K] | undefined => {
    if (kind !== 'article' || !read) return undefined;
    const whole = schema().article;
    if (whole) return whole[name];
    if (!fieldValues.has(name)) {
      const result = articleSchema.shape[name].safeParse(read.data[name]);
      fieldValues.set(name, result.success ? result.data : undefined);
    }
    return fieldValues.get(name) as ArticleData[K] | undefined;
  };

  const body = memo(() => (read ? readBody(read.body, read.bodyLine, mdx, scripture) : { facts: undefined, error: undefined }));
  // A body the parser refused is not compiled either: that is the one problem it has.
  const compiled = memo(() => (mdx && read && body().facts ? compileMdx(read.body) : undefined));

  return {
    path: file.path,
    kind,
    mdx,
    lang,
    fieldText: (name) => (read ? fieldTextOf(file.text, read.lineOf([name])) : undefined),
    fields: read?.data,
    frontmatterErrors,
    lineOf,
    unquotedDates: read?.unquotedDates ?? [],
    body: read?.body,
    bodyLine: read?.bodyLine ?? 1,
    get schemaFindings() {
      return schema().findings;
    },
    get articleData() {
      return schema().article;
    },
    get authorData() {
      return schema().author;
    },
    get personData() {
      return schema().person;
    },
    get bioData() {
      return schema().bio;
    },
    articleField,
    get bodyFacts() {
      return body().facts;
    },
    get bodyError() {
      return body().error;
    },
    get mdxCompiled() {
      return compiled();
    },
    get bodyParses() {
      return { facts: body.done() && read ? 1 : 0, mdxCompile: compiled.done() && compiled() !== undefined ? 1 : 0 };
    },
    fileExists,
  };
}

/**
 * The text of a top-level frontmatter field as written, from its key's line to the next key (or
 * the closing ---): `scripture: [Mt 24,6, Dan 9,27]`, or the key and its indented list. Rules that
 * must see how YAML was written (the comma-split trap) read it here.
 */
function fieldTextOf(text: string, line: number | undefined): string | undefined {
  if (!line) return undefined;
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const taken = [lines[line - 1] ?? ''];
  for (const next of lines.slice(line)) {
    if (/^---[ \t]*$/.test(next) || /^\S/.test(next)) break;
    taken.push(next);
  }
  return taken.join('\n');
}

function memo<T>(compute: () => T): (() => T) & { done: () => boolean } {
  let done = false;
  let value: T;
  const get = () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
  return Object.assign(get, { done: () => done });
}

/** Parses the body once for every body rule; a body over the parser's limits is one finding, not a crash. */
function readBody(body: string, bodyLine: number, mdx: boolean, scripture: ScriptureLanguage): { facts: BodyFacts | undefined; error: Finding | undefined } {
  try {
    return { facts: bodyFacts(body, { mdx, scripture }), error: undefined };
  } catch (error) {
    const limit = error instanceof MarkdownLimitError;
    return {
      facts: undefined,
      error: {
        line: bodyLine + (limit ? error.line : 1) - 1,
        field: '(body)',
        message: limit ? error.message : `the body could not be read: ${(error as Error).message}`,
        fix: limit ? error.fix : 'simplify the Markdown around this line',
      },
    };
  }
}

/**
 * MDX is compiled only when pages render, where a syntax error names no project-relative file and
 * an unknown component fails one page at a time; compiling here, with the same compiler (Sätteri),
 * lets the MDX rules report them with every other problem, before anything is built.
 */
function compileMdx(body: string): { code: string } | { error: string } {
  logParse('mdx-compile', body);
  try {
    return { code: mdxToJs(body, { jsxImportSource: 'astro', elementAttributeNameCase: 'html' }).code };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
