// Rendering code must not read the clock or a random source: output would differ between builds.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) return sourceFiles(abs);
    return /\.(ts|astro|mjs|js)$/.test(name) ? [abs] : [];
  });
}

// The one exception: validation's future-date bound reads the day of the build (it decides whether a
// build passes, never what a page says; SOURCE_DATE_EPOCH pins it).
const CLOCK_READERS = ['lib/validation/build-day.ts'];

it('src/ uses no Math.random, Date.now() or argument-less new Date()', () => {
  const offenders: string[] = [];
  for (const file of sourceFiles(SRC)) {
    if (CLOCK_READERS.includes(relative(SRC, file).split('\\').join('/'))) continue;
    const text = readFileSync(file, 'utf8');
    text.split('\n').forEach((line, index) => {
      if (/Math\.random\(|Date\.now\(|new Date\(\s*\)/.test(line)) offenders.push(`${relative(SRC, file)}:${index + 1}: ${line.trim()}`);
    });
  }
  expect(offenders).toEqual([]);
});

it('src/ never uses set:html except in the JSON-LD component, which escapes its input', () => {
  const uses = sourceFiles(SRC)
    .filter((file) => readFileSync(file, 'utf8').includes('set:html'))
    .map((file) => relative(SRC, file));
  expect(uses).toEqual(['components/JsonLd.astro']);
});
