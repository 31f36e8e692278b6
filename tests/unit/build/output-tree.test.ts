import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { auditOutput } from '../../../src/lib/build/steps/audit.ts';
import { bytesHash, treeDigest, treeMatches } from '../../../src/lib/build/steps/output-tree.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'output-tree-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

it('takes the hashes the audit already took instead of reading those files again, with the same fingerprint', () => {
  const dir = folder({ 'index.html': '<a href="/articles/a/">a</a>', 'articles/a/index.html': '<p>a</p>', 'og/a.png': 'png' });
  const audit = auditOutput(dir, { publishedIds: ['a'], draftIds: ['d'] });
  expect([...audit.hashes.keys()].sort()).toEqual(['articles/a/index.html', 'index.html']);
  expect(audit.hashes.get('index.html')).toBe(bytesHash(readFileSync(join(dir, 'index.html'))));
  const digest = treeDigest(dir);
  expect(treeDigest(dir, audit.hashes)).toEqual(digest);
  // A hash given is used as it is (the file is not read): a wrong one gives another fingerprint.
  expect(treeDigest(dir, new Map([['index.html', 'not the hash']])).sha256).not.toBe(digest.sha256);
  expect(treeMatches(dir, digest)).toBe(true);
});

it('tells apart folders whose files differ only in bytes, in names, or in where a file sits', () => {
  const base = { 'a/index.html': 'one', 'b/index.html': 'two' };
  const digest = treeDigest(folder(base));
  expect(treeDigest(folder({ ...base }))).toEqual(digest);
  expect(treeMatches(folder({ 'a/index.html': 'one', 'b/index.html': 'TWO' }), digest)).toBe(false);
  expect(treeMatches(folder({ 'a/index.html': 'one', 'c/index.html': 'two' }), digest)).toBe(false);
  expect(treeMatches(folder({ 'a/index.html': 'two', 'b/index.html': 'one' }), digest)).toBe(false);
  expect(treeMatches(folder({ ...base, 'c.txt': '' }), digest)).toBe(false);
});
