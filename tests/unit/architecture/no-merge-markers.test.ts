// A merge conflict left in a tracked file once shipped in the README; none may again.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('has no merge-conflict markers in tracked text files', () => {
  const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter((f) => /\.(md|ts|mjs|astro|css|json|yml|yaml|txt)$|^\.ci\//.test(f) && !f.startsWith('tests/fixtures/'));
  const marked = files.filter((file) => /^(<{7} |={7}$|>{7} )/m.test(readFileSync(file, 'utf8')));
  expect(files.length).toBeGreaterThan(100);
  expect(marked).toEqual([]);
});
