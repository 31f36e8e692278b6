// Each folder's name says where its code runs. src/browser/ is bundled for the browser (the pages'
// <script> imports), src/lib/search/ is split into browser/ (only the browser), build-time/ (only the
// build, on Node) and common/ (both). public/scripts/ is served as it is (its name is its URL), and
// top-level scripts/ holds the command-line tools.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, importGraph, specifiersOf } from './import-graph.ts';

const SRC = join(import.meta.dirname, '../../../src');
const graph = importGraph(SRC, filesUnder(SRC, /\.(ts|mts|mjs|astro)$/));

const BROWSER_ONLY = [/^browser\//, /^lib\/search\/browser\//];
const BUILD_TIME_ONLY = /^lib\/search\/build-time\//;
const COMMON = /^lib\/search\/common\//;
// Code that runs on Node during the build or in a CLI, never in the browser.
const BUILD_SIDE = /^(lib|data|integrations|plugins|schema)\//;

/** Every file the given files reach through relative imports, themselves included. */
function reachedFrom(starts: readonly string[]): Set<string> {
  const reached = new Set<string>();
  const next = [...starts];
  for (let file = next.pop(); file !== undefined; file = next.pop()) {
    if (reached.has(file)) continue;
    reached.add(file);
    next.push(...(graph.get(file) ?? []));
  }
  return reached;
}

const packagesOf = (file: string): string[] =>
  specifiersOf(readFileSync(join(SRC, file), 'utf8')).filter((specifier) => !specifier.startsWith('.'));

describe('where code runs', () => {
  const browserCode = reachedFrom([...graph.keys()].filter((file) => BROWSER_ONLY.some((folder) => folder.test(file))));

  it('browser code reaches the common search code and no build-time folder', () => {
    expect(browserCode).toContain('lib/search/common/query.ts');
    expect([...browserCode].filter((file) => BUILD_TIME_ONLY.test(file))).toEqual([]);
  });

  it('browser code and everything it imports use no Node module and no package (the bundle stays small)', () => {
    const offenders = [...browserCode].sort().flatMap((file) => packagesOf(file).map((specifier) => `${file} imports ${specifier}`));
    expect(offenders).toEqual([]);
  });

  it('build-side code imports nothing that runs only in the browser', () => {
    const offenders = [...graph]
      .filter(([file]) => BUILD_SIDE.test(file) && !BROWSER_ONLY.some((folder) => folder.test(file)))
      .flatMap(([file, targets]) => targets.filter((target) => BROWSER_ONLY.some((folder) => folder.test(target))).map((target) => `${file} → ${target}`));
    expect(offenders).toEqual([]);
  });

  it('common search code imports neither side', () => {
    const common = [...graph].filter(([file]) => COMMON.test(file));
    expect(common.length).toBeGreaterThan(2);
    const offenders = common.flatMap(([file, targets]) =>
      targets.filter((target) => BUILD_TIME_ONLY.test(target) || BROWSER_ONLY.some((folder) => folder.test(target))).map((target) => `${file} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('every file of src/lib/search is in browser/, build-time/ or common/', () => {
    const search = [...graph.keys()].filter((file) => file.startsWith('lib/search/'));
    expect(search.filter((file) => !/^lib\/search\/(browser|build-time|common)\//.test(file))).toEqual([]);
  });
});
