// Unit tests mirror the code they test, so the tests of a module are found where the module is.
// The rule: every file under tests/unit/ sits in tests/unit/<path>/, where <path> is a folder of
// src/lib/ (tests/unit/search/ ↔ src/lib/search/), of src/ (schema/, data/, plugins/ …) or of
// scripts/ (bench/); snapshot folders belong to the folder they sit in. The one exception is
// tests/unit/architecture/, whose tests read the whole tree.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { filesUnder } from './import-graph.ts';

const ROOT = join(import.meta.dirname, '../../..');
const UNIT = join(ROOT, 'tests/unit');
const MIRRORED = ['src/lib', 'src', 'scripts'];
const WHOLE_TREE = 'architecture';

/** Why a file under tests/unit/ breaks the rule, or undefined when it keeps it. */
function misplaced(path: string, isFolder: (path: string) => boolean): string | undefined {
  const folder = dirname(path).replace(/(^|\/)__snapshots__$/, '');
  if (folder === '.' || folder === '') return 'loose in tests/unit/: move it into the folder of the code it tests';
  if (folder === WHOLE_TREE) return undefined;
  if (MIRRORED.some((base) => isFolder(`${base}/${folder}`))) return undefined;
  return `tests/unit/${folder}/ mirrors no folder of ${MIRRORED.join('/, ')}/`;
}

const isFolder = (path: string): boolean => existsSync(join(ROOT, path)) && statSync(join(ROOT, path)).isDirectory();

it('every file under tests/unit/ lives in a folder that mirrors one of src/lib/, src/ or scripts/', () => {
  const files = filesUnder(UNIT, /./).map((file) => relative(UNIT, file));
  expect(files.length).toBeGreaterThan(50);
  const offenders = files.flatMap((file) => {
    const why = misplaced(file, isFolder);
    return why === undefined ? [] : [`${file}: ${why}`];
  });
  expect(offenders).toEqual([]);
});

it('the rule itself: loose files and folders without a mirror are refused', () => {
  const folders = new Set(['src/lib/search', 'src/lib/search/common', 'src/data', 'scripts/bench']);
  const has = (path: string) => folders.has(path);
  expect(misplaced('slug.test.ts', has)).toMatch(/loose/);
  expect(misplaced('properties/json-ld.property.test.ts', has)).toMatch(/mirrors no folder/);
  expect(misplaced('search/query.test.ts', has)).toBeUndefined();
  expect(misplaced('search/common/query.test.ts', has)).toBeUndefined();
  expect(misplaced('data/entries.ts', has)).toBeUndefined();
  expect(misplaced('bench/report.test.ts', has)).toBeUndefined();
  expect(misplaced('search/__snapshots__/query.test.ts.snap', has)).toBeUndefined();
  expect(misplaced('architecture/no-import-cycles.test.ts', has)).toBeUndefined();
});
