// `npm run check` reports the same problems as the build, as text or JSON, without building.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite, FIXTURES, REPO } from '../support/build-site.ts';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** Runs a script with these exact arguments (checkSite adds its own --root). */
async function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  const result = spawnSync(command, args, { cwd: REPO, encoding: 'utf8' });
  return { code: result.status, output: `${result.stderr}${result.stdout}` };
}

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
      warnings: 0,
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

  it('refuses a --root that is missing, a file or not a project (never "no problems"), and unknown options, exit 2', async () => {
    const root = stage('roots', ['base']);
    for (const [args, message] of [
      [['--root', join(root, 'nowhere')], /^npm run check: --root .*nowhere: no such folder/],
      [['--root', join(root, 'content/authors/ada-author.md')], /^npm run check: --root .*: is a file, not a folder/],
      [['--root', join(root, 'content')], /^npm run check: --root .*: has no content\/ folder/],
      [['--root', root, '--jsn'], /^npm run check: unknown option --jsn\n/],
      [['--root', root, '--json=yes'], /^npm run check: --json takes no value\n/],
      [['--root', root, 'extra'], /^npm run check: unexpected argument/],
    ] as const) {
      const result = await run(process.execPath, [join(REPO, 'scripts/check.ts'), ...args]);
      expect(result.code, result.output).toBe(2);
      expect(result.output).toMatch(message);
      expect(result.output).toContain('Usage: npm run check');
      expect(result.output).not.toContain('no problems');
      expect(result.output).not.toMatch(/\n\s+at /);
    }
  });
});
