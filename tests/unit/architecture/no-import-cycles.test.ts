// No import loops in src/: each module sits on a floor and imports only downwards, and so does each
// folder of src/lib (with src/data and src/integrations): a folder that imports another is never
// imported back by it, through any path of folders.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, folderGraph, importGraph, importLoops, loopImports, specifiersOf } from './import-graph.ts';

const SRC = join(import.meta.dirname, '../../../src');

// Loops tolerated for now, each with why; empty, and a loop added here must say when it goes.
const KNOWN_LOOPS: readonly string[][] = [];

describe('import loops', () => {
  it('src/ has none, type-only imports included', () => {
    const graph = importGraph(SRC, filesUnder(SRC, /\.(ts|mts|mjs|astro)$/));
    expect(graph.size).toBeGreaterThan(50);
    const loops = importLoops(graph).filter((loop) => !KNOWN_LOOPS.some((known) => known.join() === loop.join()));
    expect(loops).toEqual([]);
  });

  it('every known exception still exists (remove it from KNOWN_LOOPS once fixed)', () => {
    const loops = importLoops(importGraph(SRC, filesUnder(SRC, /\.(ts|mts|mjs|astro)$/))).map((loop) => loop.join());
    for (const known of KNOWN_LOOPS) expect(loops).toContain(known.join());
  });

  it('has no loop between folders of src/lib, src/data and src/integrations either', () => {
    const graph = importGraph(SRC, filesUnder(SRC, /\.(ts|mts|mjs|astro)$/));
    const folders = folderGraph(graph);
    expect([...folders.keys()]).toEqual(expect.arrayContaining(['lib/build', 'lib/validation', 'lib/facts', 'lib/content', 'data', 'integrations']));
    // Each loop with the imports that make it, so the message says which import to move.
    const loops = importLoops(folders).map((loop) => ({ loop, imports: loopImports(graph, loop) }));
    expect(loops).toEqual([]);
  });

  it('finds a folder loop that no file loop shows', () => {
    // lib/a/x.ts -> lib/b/y.ts and lib/b/z.ts -> lib/a/w.ts: no file imports itself back, the folders do.
    const graph = new Map([
      ['lib/a/x.ts', ['lib/b/y.ts']],
      ['lib/b/y.ts', []],
      ['lib/b/z.ts', ['lib/a/w.ts']],
      ['lib/a/w.ts', []],
      ['data/d.ts', ['lib/a/x.ts']],
      ['pages/p.astro', ['data/d.ts']],
    ]);
    expect(importLoops(graph)).toEqual([]);
    expect(folderGraph(graph)).toEqual(new Map([['lib/a', ['lib/b']], ['lib/b', ['lib/a']], ['data', ['lib/a']]]));
    expect(importLoops(folderGraph(graph))).toEqual([['lib/a', 'lib/b']]);
    expect(loopImports(graph, ['lib/a', 'lib/b'])).toEqual(['lib/a/x.ts -> lib/b/y.ts', 'lib/b/z.ts -> lib/a/w.ts']);
  });

  it('reads import, import type, export from and side-effect imports across lines', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from './b.ts';",
      'import {',
      '  c,',
      '  type C,',
      "} from './c.ts';",
      "export { d } from './d.ts';",
      "export type { E } from './e.ts';",
      "import './f.css';",
      " * import { notCode } from './comment.ts';",
      "export const G = 'not an import';",
    ].join('\n');
    expect(specifiersOf(text)).toEqual(['./a.ts', './b.ts', './c.ts', './d.ts', './e.ts', './f.css']);
  });

  it('finds a loop made only of a type import, and a longer one, in a synthetic tree', () => {
    const root = mkdtempSync(join(tmpdir(), 'import-loops-'));
    try {
      mkdirSync(join(root, 'x'));
      writeFileSync(join(root, 'a.ts'), "import { b } from './b.ts';\n");
      writeFileSync(join(root, 'b.ts'), "import type { A } from './a.ts';\n");
      writeFileSync(join(root, 'x', 'c.ts'), "import { d } from './d.ts';\n");
      writeFileSync(join(root, 'x', 'd.ts'), "import { e } from '../e.ts';\n");
      writeFileSync(join(root, 'e.ts'), "import { c } from './x/c.ts';\nimport { b } from './b.ts';\n");
      const loops = importLoops(importGraph(root, filesUnder(root, /\.ts$/)));
      expect(loops).toEqual([
        ['a.ts', 'b.ts'],
        ['e.ts', 'x/c.ts', 'x/d.ts'],
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
