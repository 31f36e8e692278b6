// The wiring of validation into the build, shown with a few invalid fixtures: the build fails before
// rendering, prints the report (file, field, fix, rule id) and no stack trace. Every fixture's exact
// problems are checked without building in tests/unit/validation/invalid-fixtures.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, FIXTURES } from '../support/build-site.ts';

// A frontmatter rule in two files, a body rule, and a rule across files.
const BUILT: [name: string, rule: string][] = [
  ['two-bad-files', 'calendar-date'],
  ['raw-html', 'body-raw-html'],
  ['unknown-author', 'author-exists'],
];

describe.concurrent('a build over invalid content fails with a clear message', () => {
  it.each(BUILT)('%s', async (name, rule) => {
    const expected = readFileSync(join(FIXTURES, 'invalid', name, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
    const result = await buildSite(`invalid-${name}`, ['base', `invalid/${name}`]);
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain('nothing was built');
    // A content error is not a crash: no stack trace.
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    for (const line of expected) expect(result.output, `expected "${line}" in:\n${result.output}`).toContain(line);
    expect(result.output).toContain(`[${rule}]`);
    // The valid base article is never reported: only the broken files are.
    expect(result.output).not.toContain('content/articles/base-article.md');
  });
});
