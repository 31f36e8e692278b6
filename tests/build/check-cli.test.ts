// `npm run check` reports the same problems as the build, as text or JSON, without building.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite, FIXTURES, REPO } from '../support/build-site.ts';
import { cpSync, mkdirSync, rmSync } from 'node:fs';

function stage(name: string, layers: string[]): string {
  const root = join(REPO, 'tests/.tmp', `check-${name}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const layer of layers) cpSync(join(FIXTURES, layer), root, { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
  return root;
}

describe('check CLI', () => {
  it('passes on valid content and says so', async () => {
    const result = await checkSite(stage('valid', ['base']));
    expect(result.code).toBe(0);
    expect(result.output).toContain('Checked 2 content files.');
    expect(result.output).toContain('no problems');
  });

  it('reports every bad file in one run, grouped by file, with a summary', async () => {
    const result = await checkSite(stage('two-bad', ['base', 'invalid/two-bad-files']));
    expect(result.code).toBe(1);
    const lines = result.output.split('\n');
    expect(lines).toContain('content/articles/first-bad.md');
    expect(lines).toContain('content/articles/second-bad.md');
    expect(lines).toContain('  content/articles/first-bad.md:3  date  month 13 does not exist (found "2025-13-01")  (fix: expected YYYY-MM-DD with a month from 01 to 12)  [calendar-date]');
    expect(lines.at(-2)).toBe('2 errors in 2 files, 0 suggestions');
  });

  it('prints machine-readable JSON with --json', async () => {
    const result = await checkSite(stage('json', ['base', 'invalid/bad-date']), ['--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.output);
    expect(report).toEqual({
      checkedFiles: 3,
      errors: 1,
      suggestions: 0,
      problems: [
        {
          file: 'content/articles/bad-date.md',
          line: 3,
          field: 'date',
          value: '"2023-02-30"',
          message: '2023-02-30 is not a calendar day',
          fix: 'February 2023 has 28 days',
          severity: 'error',
          rule: 'calendar-date',
        },
      ],
    });
  });

  it('checks the repository\'s own content', async () => {
    const result = await checkSite(REPO);
    expect(result.code, result.output).toBe(0);
  });
});
