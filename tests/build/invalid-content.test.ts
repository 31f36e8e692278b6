// Each invalid fixture is built on its own: the build must fail and name the file, the field and the fix.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, FIXTURES } from '../support/build-site.ts';

const cases = readdirSync(join(FIXTURES, 'invalid')).sort();

describe.concurrent('a build over invalid content fails with a clear message', () => {
  it('has at least 12 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it.each(cases)('%s', async (name) => {
    const expected = readFileSync(join(FIXTURES, 'invalid', name, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
    const result = await buildSite(`invalid-${name}`, ['base', `invalid/${name}`]);
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain('nothing was built');
    // A content error is not a crash: no stack trace.
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    for (const line of expected) expect(result.output, `expected "${line}" in:\n${result.output}`).toContain(line);
    // The valid base article is never reported: only the broken files are.
    expect(result.output).not.toContain('content/articles/base-article.md');
  });
});
