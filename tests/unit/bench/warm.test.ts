// The warm rebuilds' incremental check (a dist/ against a clean build's, file by file) and the --scenarios option.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenarios } from '../../../scripts/bench/run.ts';
import { compareTrees } from '../../../scripts/bench/run/warm.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-warm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('compareTrees', () => {
  it('finds nothing between byte-identical trees', () => {
    const files = { 'index.html': '<p>a</p>', 'articles/x/index.html': 'x', 'pagefind/f.pf': 'bin' };
    expect(compareTrees(tree('same-a', files), tree('same-b', files))).toEqual({ files: 3, differing: 0, changed: 0, onlyIncremental: 0, onlyClean: 0, examples: [] });
  });

  it('counts a changed file (same size too), a file only in either tree, and names them', () => {
    const incremental = tree('inc', { 'index.html': 'abc', 'articles/gone/index.html': 'stale', 'a.txt': 'same' });
    const clean = tree('clean', { 'index.html': 'abd', 'articles/new/index.html': 'fresh', 'a.txt': 'same' });
    expect(compareTrees(incremental, clean)).toEqual({
      files: 4,
      differing: 3,
      changed: 1,
      onlyIncremental: 1,
      onlyClean: 1,
      examples: ['articles/gone/index.html (only incremental)', 'articles/new/index.html (only clean)', 'index.html (changed)'],
    });
  });
});

describe('--scenarios', () => {
  it('runs the chosen scenarios in their fixed order, or none', () => {
    expect(parseScenarios('delete,edit')).toEqual(['edit', 'delete']);
    expect(parseScenarios('edit,title,add,delete')).toEqual(['edit', 'title', 'add', 'delete']);
    expect(parseScenarios('none')).toEqual([]);
  });

  it('names what it does not know', () => {
    expect(parseScenarios('edit,rename')).toMatch(/--scenarios takes some of edit,title,add,delete or none \(found edit,rename\)/);
    expect(parseScenarios('')).toMatch(/--scenarios/);
  });
});
