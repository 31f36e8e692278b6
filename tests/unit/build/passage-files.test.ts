// The search-index step's passage files per edition: into the edition's folder, its articles addressed
// as Pagefind indexed them (`/de/articles/x/` in a `/de/` edition).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePassageFiles } from '../../../src/lib/build/steps/search-index.ts';
import { parseReference } from '../../../src/lib/scripture/index.ts';

describe('passage files per edition', () => {
  it('write an edition\'s files into its folder, addressing its articles as Pagefind indexed them', () => {
    const parsed = parseReference('Revelation 13:16');
    if (!parsed.ok) throw new Error(parsed.message);
    const dist = mkdtempSync(join(tmpdir(), 'passages-'));
    try {
      const citing = [{ url: '/articles/x/', date: '2025-01-01', passages: parsed.passages }];
      const pageIds = new Map([['/de/articles/x/', 'de_x']]);
      writePassageFiles(dist, citing, pageIds, { folder: 'de/search/passages', pathOf: (route) => `/de${route}` });
      expect(JSON.parse(readFileSync(join(dist, 'de/search/passages/Rev.json'), 'utf8')).pages).toEqual(['de_x']);
      // Without the edition's addresses the German articles have no search entry: never a silent empty file.
      expect(() => writePassageFiles(dist, citing, pageIds)).toThrow('no search entry for /articles/x/');
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
