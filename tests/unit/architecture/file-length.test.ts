// Files of one job: no source file in src/ or scripts/ is longer than 300 lines, data and styles aside.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const CHECKED = ['src', 'scripts'];
const MAX_LINES = 300;

// Data and presentation, not code: generated tables, JSON (the bench results), stylesheets, and documentation.
const NOT_CODE = [/\.json$/, /\.css$/, /\.md$/, /^src\/lib\/scripture\/canon-data\.ts$/];

// Files allowed over the limit, each with why (none today).
const ALLOWED: Readonly<Record<string, string>> = {
};

/** Files under `dir`, relative to the root; git-ignored work folders (`.work/`, `node_modules/`) left out. */
function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name.startsWith('.') || entry.name === 'node_modules' ? [] : filesUnder(path);
    return [path];
  });
}

function lineCount(file: string): number {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

const files = CHECKED.flatMap(filesUnder).filter((file) => !NOT_CODE.some((pattern) => pattern.test(file)));

it(`no source file in ${CHECKED.join('/ or ')}/ is over ${MAX_LINES} lines, except those allowed for now`, () => {
  expect(files.filter((file) => file.startsWith('src/')).length).toBeGreaterThan(50);
  expect(files.filter((file) => file.startsWith('scripts/')).length).toBeGreaterThan(20);
  const long = files.filter((file) => lineCount(file) > MAX_LINES && !(file in ALLOWED));
  expect(long.map((file) => `${file}: ${lineCount(file)} lines`)).toEqual([]);
});

it('every allowed file still exists and is still over the limit (remove it once split)', () => {
  for (const file of Object.keys(ALLOWED)) {
    expect(files, file).toContain(file);
    expect(lineCount(file), file).toBeGreaterThan(MAX_LINES);
  }
});
