// The invalid fixtures, validated without building: each reports exactly these problems (rule, file,
// line, field), its expected.txt lines appear in the terminal report, and the whole report is a
// snapshot file. tests/build/invalid-content.test.ts builds a few of them to show the wiring.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/lib/validation/check-project.ts';
import { formatProblemsForTerminal } from '../../../src/lib/validation/problems.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const TMP = resolve(import.meta.dirname, '../../.tmp/invalid-fixtures');
const cases = readdirSync(join(FIXTURES, 'invalid')).sort();

type Expected = [rule: string, file: string, line: number | undefined, field: string];

const EXPECTED: Record<string, Expected[]> = {
  'author-invalid': [['frontmatter-schema', 'content/authors/bad-author.md', 2, 'name'], ['frontmatter-schema', 'content/authors/bad-author.md', 3, 'url']],
  'bad-date': [['calendar-date', 'content/articles/bad-date.md', 3, 'date']],
  'broken-yaml': [['frontmatter-syntax', 'content/articles/broken-yaml.md', 3, '(frontmatter)']],
  'correction-after-updated': [['corrections-dates', 'content/articles/late-fix.md', 4, 'updated']],
  'duplicate-id': [['duplicate-id', 'content/articles/2024/same-story.md', undefined, '(id)'], ['duplicate-id', 'content/articles/2025/same-story.md', undefined, '(id)']],
  'empty-file': [['frontmatter-syntax', 'content/articles/empty.md', undefined, '(frontmatter)']],
  'missing-source': [['frontmatter-schema', 'content/articles/no-source.md', 2, 'source']],
  'missing-title': [['frontmatter-schema', 'content/articles/missing-title.md', 2, 'title']],
  'non-http-source': [['frontmatter-schema', 'content/articles/ftp-source.md', 5, 'source.url']],
  'quote-not-in-body': [['quote-in-body', 'content/articles/misquote.md', 7, 'quotes[0].text']],
  'raw-html': [['body-raw-html', 'content/articles/raw-html.md', 9, '(body)'], ['body-raw-html', 'content/articles/raw-html.md', 11, '(body)']],
  'scripture-past-end': [['scripture-reference', 'content/articles/luke-25.md', 6, 'scripture[1]']],
  'series-duplicate-part': [['series-duplicate-part', 'content/articles/letters-one.md', 6, 'series.part'], ['series-duplicate-part', 'content/articles/letters-two.md', 6, 'series.part']],
  'topic-clash': [['topic-clash', 'content/articles/topic-clash.md', 6, 'topics[1]']],
  'two-bad-files': [['calendar-date', 'content/articles/first-bad.md', 3, 'date'], ['scripture-reference', 'content/articles/second-bad.md', 6, 'scripture[0]']],
  'unknown-author': [['author-exists', 'content/articles/who-wrote-this.md', 4, 'author']],
  'unknown-book': [['scripture-reference', 'content/articles/no-such-book.md', 7, 'scripture[0]']],
  'unknown-field': [['unknown-field', 'content/articles/typo-field.md', 6, 'draf']],
  'updated-before-date': [['dates-order', 'content/articles/updated-early.md', 4, 'updated']],
};

/** The fixture over the valid base layer, checked as `npm run check` would. */
function check(name: string) {
  const root = join(TMP, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const layer of ['base', `invalid/${name}`]) cpSync(join(FIXTURES, layer), root, { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
  return checkProject(root, { cache: false });
}

describe('invalid fixtures, validated without a build', () => {
  it('every fixture has its expected problems listed here', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(cases);
  });

  it.each(cases)('%s', (name) => {
    const result = check(name);
    const found = result.problems.map((p): Expected => [p.rule, p.file, p.line, p.field]);
    expect(found.sort()).toEqual([...EXPECTED[name]!].sort());
    // No valid article of a broken site goes on to be built, and the valid base article is never reported.
    expect(result.problems.every((p) => p.file !== 'content/articles/base-article.md')).toBe(true);
    const report = formatProblemsForTerminal(result.problems);
    const lines = readFileSync(join(FIXTURES, 'invalid', name, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
    for (const line of lines) expect(report, `expected "${line}" in:\n${report}`).toContain(line);
  });

  it('print one terminal report per fixture, as in the snapshot', async () => {
    const reports = cases.map((name) => `## ${name}\n${formatProblemsForTerminal(check(name).problems)}\n`);
    await expect(reports.join('\n')).toMatchFileSnapshot('./__snapshots__/invalid-report.txt');
  });
});
