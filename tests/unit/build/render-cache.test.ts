import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropStaleRenderCache, RENDERER_CODE } from '../../../src/lib/build/render-cache.ts';

describe("Astro's data store and the renderer code", () => {
  it('drops a store filled by other renderer code, keeps one filled by this code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'render-cache-'));
    const store = join(dir, 'data-store.json');
    writeFileSync(store, '{}');
    expect(dropStaleRenderCache(dir, 'v1')).toBe(true); // no stamp: filled by unknown code
    expect(existsSync(store)).toBe(false);
    writeFileSync(store, '{}'); // Astro fills it again with code v1
    expect(dropStaleRenderCache(dir, 'v1')).toBe(false);
    expect(existsSync(store)).toBe(true);
    expect(dropStaleRenderCache(dir, 'v2')).toBe(true);
    expect(existsSync(store)).toBe(false);
  });

  it('creates the cache folder on a first build', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'render-cache-')), 'node_modules', '.astro');
    expect(dropStaleRenderCache(dir, 'v1')).toBe(false);
    expect(existsSync(join(dir, 'watchman-renderer-version'))).toBe(true);
  });

  it('versions the Markdown plugins and the code they call', () => {
    expect(RENDERER_CODE).toEqual(expect.arrayContaining(['src/plugins', 'src/lib', 'astro.config.mjs', 'package-lock.json']));
  });
});
