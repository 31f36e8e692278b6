// Whatever a comment or document points to is in this repository: the design and toolchain notes
// live in docs/, not in a shared folder beside the checkout that a clone does not have.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

// Built from parts so that this file does not match itself.
const SHARED = ['shared', ''].join('/');
const OUTSIDE = [
  new RegExp(`\\.\\./${SHARED}`),
  new RegExp(`\\b${SHARED}anchors/`),
  new RegExp(`\\b${SHARED}(?:toolchain|design|content-contract)\\.md`),
];

function trackedTextFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  return listed.filter((file) => !/\.(png|jpe?g|gif|webp|woff2?|ico|pdf)$/i.test(file) && file !== 'package-lock.json');
}

it('no tracked file refers to the shared notes outside the repository', () => {
  const files = trackedTextFiles();
  expect(files.length).toBeGreaterThan(100);
  const offenders: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(join(ROOT, file), 'utf8');
    } catch {
      continue; // listed but deleted in the working tree
    }
    text.split('\n').forEach((line, index) => {
      if (OUTSIDE.some((pattern) => pattern.test(line))) offenders.push(`${file}:${index + 1}: ${line.trim()}`);
    });
  }
  expect(offenders).toEqual([]);
});

it('recognises each form of outside reference', () => {
  const lines = [`(${'..'}/${SHARED}content-contract.md)`, `(${SHARED}anchors/performance.md)`, `(${SHARED}toolchain.md)`];
  for (const line of lines) expect(OUTSIDE.some((pattern) => pattern.test(line)), line).toBe(true);
  expect(OUTSIDE.some((pattern) => pattern.test('a shared file is cached (docs/toolchain.md)'))).toBe(false);
});

it('the notes that comments point to exist', () => {
  for (const doc of ['docs/toolchain.md', 'docs/performance-notes.md', 'docs/design.md', 'src/lib/scripture/README.md']) {
    expect(readFileSync(join(ROOT, doc), 'utf8').length, doc).toBeGreaterThan(200);
  }
});
