import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as nodeFs from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnsafeWriteError, writeFilesAtomically, type WriteFs } from '../../../src/lib/files/atomic-write.ts';

const TMP = resolve(import.meta.dirname, '../../.tmp/atomic-write');

function fresh(name: string): string {
  const root = join(TMP, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'content/articles'), { recursive: true });
  return root;
}

/** Every file under `dir` with its text, as a sorted snapshot of the tree. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string, prefix: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = `${prefix}${entry.name}`;
      if (entry.isDirectory()) {
        out[`${rel}/`] = '';
        walk(join(at, entry.name), `${rel}/`);
      } else out[rel] = readFileSync(join(at, entry.name), 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

/** The real file system, failing on the n-th mutating call. */
function failingAt(n: number): { fs: WriteFs; calls: () => number } {
  let count = 0;
  const step = <T>(run: () => T): T => {
    count++;
    if (count === n) throw new Error(`injected failure at step ${n}`);
    return run();
  };
  const fs: WriteFs = {
    lstatSync: (p) => nodeFs.lstatSync(p),
    realpathSync: (p) => nodeFs.realpathSync(p),
    mkdirSync: (p, o) => step(() => nodeFs.mkdirSync(p, o)),
    writeFileSync: (p, t, o) => step(() => nodeFs.writeFileSync(p, t, o)),
    renameSync: (a, b) => step(() => nodeFs.renameSync(a, b)),
    unlinkSync: (p) => nodeFs.unlinkSync(p),
    rmdirSync: (p) => nodeFs.rmdirSync(p),
  };
  return { fs, calls: () => count };
}

describe('writeFilesAtomically', () => {
  it('writes every file, creating folders', () => {
    const root = fresh('writes');
    const files = [
      { path: join(root, 'content/articles/a.md'), text: 'A' },
      { path: join(root, 'content/authors/new.md'), text: 'N' },
    ];
    writeFilesAtomically(files, { within: join(root, 'content') });
    expect(snapshot(join(root, 'content'))).toEqual({ 'articles/': '', 'articles/a.md': 'A', 'authors/': '', 'authors/new.md': 'N' });
  });

  it('refuses an existing file without overwrite, and replaces it with overwrite', () => {
    const root = fresh('overwrite');
    const path = join(root, 'content/articles/a.md');
    writeFileSync(path, 'old');
    expect(() => writeFilesAtomically([{ path, text: 'new' }], { within: join(root, 'content') })).toThrow(/not overwriting/);
    expect(readFileSync(path, 'utf8')).toBe('old');
    writeFilesAtomically([{ path, text: 'new' }], { within: join(root, 'content'), overwrite: true });
    expect(readFileSync(path, 'utf8')).toBe('new');
  });

  it('never writes through a symbolic link, even with overwrite', () => {
    const root = fresh('symlink-file');
    const outside = join(root, 'outside.txt');
    writeFileSync(outside, 'precious');
    const link = join(root, 'content/articles/a.md');
    symlinkSync(outside, link);
    expect(() => writeFilesAtomically([{ path: link, text: 'x' }], { within: join(root, 'content'), overwrite: true })).toThrow(UnsafeWriteError);
    expect(readFileSync(outside, 'utf8')).toBe('precious');
  });

  it('never follows a linked folder out of the allowed folder', () => {
    const root = fresh('symlink-dir');
    mkdirSync(join(root, 'elsewhere'));
    symlinkSync(join(root, 'elsewhere'), join(root, 'content/authors'));
    expect(() => writeFilesAtomically([{ path: join(root, 'content/authors/x.md'), text: 'x' }], { within: join(root, 'content') })).toThrow(/outside/);
    expect(readdirSync(join(root, 'elsewhere'))).toEqual([]);
  });

  it('refuses paths outside the allowed folder before writing anything', () => {
    const root = fresh('outside');
    const files = [
      { path: join(root, 'content/articles/ok.md'), text: 'ok' },
      { path: join(root, 'content/../escape.md'), text: 'x' },
    ];
    expect(() => writeFilesAtomically(files, { within: join(root, 'content') })).toThrow(UnsafeWriteError);
    expect(existsSync(join(root, 'content/articles/ok.md'))).toBe(false);
    expect(existsSync(join(root, 'escape.md'))).toBe(false);
  });

  it('leaves the tree exactly as it was when any step fails (property)', () => {
    // Count the steps of a successful run, then fail at every one of them, with and without
    // existing files to replace and folders to create.
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.nat({ max: 12 }), (existingArticle, authorsFolderExists, failAt) => {
        const root = fresh('property');
        if (existingArticle) writeFileSync(join(root, 'content/articles/a.md'), 'old article');
        if (authorsFolderExists) mkdirSync(join(root, 'content/authors'));
        const before = snapshot(root);
        const files = [
          { path: join(root, 'content/articles/a.md'), text: 'new article' },
          { path: join(root, 'content/authors/new/b.md'), text: 'new author' },
        ];
        const { fs, calls } = failingAt(failAt + 1);
        let failed = false;
        try {
          writeFilesAtomically(files, { within: join(root, 'content'), overwrite: true, fs });
        } catch (error) {
          failed = true;
          expect((error as Error).message).toMatch(/injected failure/);
        }
        if (failed) expect(snapshot(root)).toEqual(before);
        else {
          expect(calls()).toBeLessThanOrEqual(failAt);
          expect(readFileSync(join(root, 'content/articles/a.md'), 'utf8')).toBe('new article');
          expect(readFileSync(join(root, 'content/authors/new/b.md'), 'utf8')).toBe('new author');
          // No temporary or backup file is left behind.
          expect(Object.keys(snapshot(root)).filter((name) => /\.(tmp|bak)$/.test(name))).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
