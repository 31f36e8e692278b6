// Reading content/ from disk (src/lib/content/load.ts): bios per edition beside the author files.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { loadContentFiles } from '../../../src/lib/content/load.ts';

it('reads content/authors/<lang>/<id>.md as a bio, and reports deeper or non-Markdown files', () => {
  const root = mkdtempSync(join(tmpdir(), 'load-'));
  for (const path of ['content/authors/ada.md', 'content/authors/de/ada.md', 'content/authors/de/old/ada.md', 'content/authors/de/ada.mdx']) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), '---\nname: Ada\n---\nBio.\n');
  }
  const files = loadContentFiles(root);
  expect(files.authors.map((file) => file.path)).toEqual(['content/authors/ada.md']);
  expect(files.bios.map((file) => file.path)).toEqual(['content/authors/de/ada.md']);
  expect(files.skipped.map((file) => [file.path, file.reason])).toEqual([
    ['content/authors/de/ada.mdx', 'layout'],
    ['content/authors/de/old/ada.md', 'layout'],
  ]);
  expect(files.skipped[1]!.message).toBe('is not an author file or a bio: authors are content/authors/<id>.md, bios in another edition content/authors/<lang>/<id>.md');
});
