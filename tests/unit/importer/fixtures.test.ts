// Plain-text articles in tests/fixtures/import/<case>/input.txt, imported and compared exactly with
// expected.md (the article), expected-author.md (when a new author is created) and
// expected-report.txt (what was found and what is left to do). `UPDATE=1` rewrites the expectations.
// options.json holds the flags of a case; _authors/ holds the authors every case can match.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArticle, type ImportOptions, type ImportResult, type KnownAuthor } from '../../../src/lib/importer/index.ts';
import { validateContent, type SourceFile } from '../../../src/lib/content/validate.ts';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { bodyFacts } from '../../../src/lib/facts/body-facts.ts';

const markdownToPlainText = (body: string): string => bodyFacts(body).text;

const DIR = resolve(import.meta.dirname, '../../fixtures/import');
const UPDATE = process.env['UPDATE'] === '1';

const authorFiles: SourceFile[] = readdirSync(join(DIR, '_authors'))
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => ({ path: `content/authors/${name}`, text: readFileSync(join(DIR, '_authors', name), 'utf8') }));
const authors: KnownAuthor[] = authorFiles.map((file) => {
  const split = splitFrontmatter(file.text);
  if (!split.ok) throw new Error(`bad fixture author ${file.path}`);
  return { id: file.path.replace(/^.*\/|\.md$/g, ''), name: String((split.data as { name: string }).name) };
});

const cases = readdirSync(DIR)
  .filter((name) => existsSync(join(DIR, name, 'input.txt')))
  .sort();

function run(name: string): ImportResult {
  const folder = join(DIR, name);
  const flags = existsSync(join(folder, 'options.json')) ? (JSON.parse(readFileSync(join(folder, 'options.json'), 'utf8')) as Omit<ImportOptions, 'authors'>) : {};
  return importArticle(readFileSync(join(folder, 'input.txt'), 'utf8'), { authors, ...flags });
}

function report(result: ImportResult): string {
  return ['found:', ...result.found.map((l) => `  ${l}`), 'todo:', ...result.todo.map((l) => `  ${l}`), ''].join('\n');
}

/** Compares with the expectation file, or (with UPDATE=1) writes it; `undefined` means the file must not exist. */
function expectFile(path: string, actual: string | undefined): void {
  if (UPDATE) {
    if (actual === undefined) rmSync(path, { force: true });
    else writeFileSync(path, actual);
    return;
  }
  if (actual === undefined) {
    expect(existsSync(path), `${path} should not exist`).toBe(false);
    return;
  }
  expect(existsSync(path), `${path} is missing: run UPDATE=1 npx vitest run tests/unit/importer`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const REQUIRED = ['title', 'date', 'author', 'source'] as const;
/** What an author would fill in for a missing required field. */
const SUPPLIED = { date: '2024-01-15', author: 'miriam-hale', source: 'Example Wire' } as const;

describe('import fixtures', () => {
  it('has at least fourteen cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
  });

  for (const name of cases) {
    describe(name, () => {
      const result = run(name);

      it('matches expected.md, expected-author.md and expected-report.txt exactly', () => {
        expectFile(join(DIR, name, 'expected.md'), result.markdown);
        expectFile(join(DIR, name, 'expected-author.md'), result.newAuthor?.markdown);
        expectFile(join(DIR, name, 'expected-report.txt'), report(result));
      });

      it('keeps every line of the text word for word, except the title line, the author line and the bio', () => {
        const input = readFileSync(join(DIR, name, 'input.txt'), 'utf8');
        const lines = input.split('\n').map((l) => l.trim()).filter(Boolean);
        const plain = markdownToPlainText(result.body).replace(/\s+/g, ' ');
        const authorName = result.newAuthor?.name ?? authors.find((a) => a.id === result.frontmatter.author)?.name ?? '\u0000';
        expect(lines[0]?.endsWith(result.frontmatter.title)).toBe(true);
        for (const line of lines.slice(1)) {
          if (plain.includes(line.replace(/\s+/g, ' '))) continue;
          expect(line.replace(/^By /, '').toLowerCase().startsWith(authorName.toLowerCase()), `line missing from the body: ${line}`).toBe(true);
        }
      });

      it('passes validation when every required field was found, and otherwise fails on exactly the missing ones', () => {
        const articlePath = `content/articles/${result.id}.md`;
        const authorsWithNew = result.newAuthor
          ? [...authorFiles, { path: `content/authors/${result.newAuthor.id}.md`, text: result.newAuthor.markdown }]
          : authorFiles;
        const { problems } = validateContent({ articles: [{ path: articlePath, text: result.markdown }], authors: authorsWithNew });
        const fm = result.frontmatter as unknown as Record<string, unknown>;
        const missing = REQUIRED.filter((field) => fm[field] === undefined);
        expect(problems.map((p) => `${p.field}: ${p.message}`).sort()).toEqual(missing.map((field) => `${field}: is required but missing`).sort());
        // Every missing field is named in the to-do list and marked in the file.
        for (const field of missing) {
          expect(result.todo.some((line) => line.startsWith(`${field}:`)), field).toBe(true);
          expect(result.markdown).toContain(`# TODO ${field}:`);
        }
      });

      it('passes validation once the missing values are supplied in place of the # TODO comments', () => {
        const filled = result.markdown.replace(/^# TODO (date|author|source):.*$/gmu, (_, field: string) => `${field}: ${SUPPLIED[field as keyof typeof SUPPLIED]}`);
        expect(filled).not.toContain('# TODO');
        const authorsWithNew = result.newAuthor
          ? [...authorFiles, { path: `content/authors/${result.newAuthor.id}.md`, text: result.newAuthor.markdown }]
          : authorFiles;
        const { problems } = validateContent({ articles: [{ path: `content/articles/${result.id}.md`, text: filled }], authors: authorsWithNew });
        expect(problems).toEqual([]);
      });
    });
  }
});
