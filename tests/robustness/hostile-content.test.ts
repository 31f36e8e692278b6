// The hostile-input corpus: each case in tests/fixtures/hostile/<case>/ is built on its own over the
// valid `base` layer. A case folder holds
//   content/      files copied into the site (optional),
//   generate.ts   `export default (root) => void`, writing files that must not be committed:
//                 5 MB bodies, a byte-order mark, CRLF line endings or Latin-1 bytes, which Git
//                 settings or editors could change (optional); it may also export
//                 `prepareRoot(root)`, run on the built project itself for files a copy would
//                 blow up (a sparse 2 GB picture),
//   expected.txt  one substring of the build output per line; `!text` must NOT appear,
//   builds        present when the case must BUILD; then its lines are assertions about dist/
//                 (see checkBuiltOutput). Without it the build must fail with "nothing was built".
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, FIXTURES, REPO } from '../support/build-site.ts';
import { checkProject } from '../../src/lib/validation/check-project.ts';
import { checkBuiltOutput } from './built-output.ts';

const HOSTILE = join(FIXTURES, 'hostile');
const STAGE = join(REPO, 'tests/.tmp/hostile-src');
const cases = readdirSync(HOSTILE)
  .filter((name) => statSync(join(HOSTILE, name)).isDirectory())
  .sort();

// Signs of a crash rather than a report: none may appear in any build's output.
const CRASH_SIGNS = ['Maximum call stack size exceeded', 'RangeError', 'panicked at', 'FATAL ERROR', 'heap out of memory', 'TypeError:', 'Cannot read properties'];

/** Copies a case's content and runs its generator into tests/.tmp/hostile-src/<case>, a layer for buildSite. */
async function stage(name: string): Promise<{ layer: string; prepare?: (root: string) => void }> {
  const dir = join(STAGE, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const content = join(HOSTILE, name, 'content');
  if (existsSync(content)) cpSync(content, join(dir, 'content'), { recursive: true });
  const generator = join(HOSTILE, name, 'generate.ts');
  let prepare: ((root: string) => void) | undefined;
  if (existsSync(generator)) {
    const module = (await import(pathToFileURL(generator).href)) as { default: (root: string) => void; prepareRoot?: (root: string) => void };
    module.default(dir);
    prepare = module.prepareRoot;
  }
  return { layer: `../.tmp/hostile-src/${name}`, ...(prepare ? { prepare } : {}) };
}

const timings: string[] = [];
afterAll(() => {
  console.log(`hostile cases (build seconds):\n${timings.sort().join('\n')}`);
});

describe.concurrent('hostile content: each case built on its own fails with file, field and fix, or builds safely', () => {
  it('has at least 120 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(120);
  });

  it.each(cases)('%s', { timeout: 120_000 }, async (name) => {
    const folder = join(HOSTILE, name);
    const lines = readFileSync(join(folder, 'expected.txt'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
    const mustBuild = existsSync(join(folder, 'builds'));
    const { layer, prepare } = await stage(name);
    const started = performance.now();
    const result = await buildSite(`hostile-${name}`, ['base', layer], {}, prepare);
    timings.push(`${name}: ${((performance.now() - started) / 1000).toFixed(1)} s, ${mustBuild ? 'built' : 'failed as expected'}`);
    const output = result.output;
    for (const sign of CRASH_SIGNS) expect(output, `a crash ("${sign}") instead of a report:\n${output}`).not.toContain(sign);
    if (mustBuild) {
      expect(result.code, output).toBe(0);
      expect(checkBuiltOutput(result.dist, readFileSync(join(folder, 'builds'), 'utf8'))).toEqual([]);
    } else {
      expect(result.code, output).not.toBe(0);
      expect(output).toContain('nothing was built');
      // The valid base article is never reported: only the broken files are.
      expect(output).not.toContain('content/articles/base-article.md');
    }
    for (const line of lines) {
      if (line.startsWith('!')) expect(output, `"${line.slice(1)}" must not appear in:\n${output}`).not.toContain(line.slice(1));
      else expect(output, `expected "${line}" in:\n${output}`).toContain(line);
    }
    // The same validation in this process: it returns (never throws) and leaves Object.prototype alone.
    const check = checkProject(result.root);
    expect(check.problems.some((p) => p.severity === 'error')).toBe(!mustBuild);
    for (const problem of check.problems) {
      expect(problem.file).toMatch(/^content\//);
      expect(problem.field).toBeTruthy();
      expect(problem.message).toBeTruthy();
      if (problem.severity === 'error') expect(problem.fix, JSON.stringify(problem)).toBeTruthy();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
