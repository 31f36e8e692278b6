// Files of one job: no source file in src/ is longer than 300 lines, data and styles aside.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { filesUnder } from './import-graph.ts';

const SRC = join(import.meta.dirname, '../../../src');
const MAX_LINES = 300;

// Data and presentation, not code: generated tables, JSON, stylesheets, and documentation.
const NOT_CODE = [/\.json$/, /\.css$/, /\.md$/, /^lib\/scripture\/canon-data\.ts$/];

// Files allowed over the limit, each with why (none today).
const ALLOWED: Readonly<Record<string, string>> = {
};

function lineCount(file: string): number {
  const text = readFileSync(file, 'utf8');
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

const files = filesUnder(SRC, /./)
  .map((file) => relative(SRC, file))
  .filter((file) => !NOT_CODE.some((pattern) => pattern.test(file)));

it(`no source file in src/ is over ${MAX_LINES} lines, except those allowed for now`, () => {
  expect(files.length).toBeGreaterThan(50);
  const long = files.filter((file) => lineCount(join(SRC, file)) > MAX_LINES && !(file in ALLOWED));
  expect(long.map((file) => `${file}: ${lineCount(join(SRC, file))} lines`)).toEqual([]);
});

it('every allowed file still exists and is still over the limit (remove it once split)', () => {
  for (const file of Object.keys(ALLOWED)) {
    expect(files, file).toContain(file);
    expect(lineCount(join(SRC, file)), file).toBeGreaterThan(MAX_LINES);
  }
});
