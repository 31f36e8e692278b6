import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropStaleRenderCache, RENDERER_CODE, rendererVersion } from '../../../src/lib/build/render-cache.ts';

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

describe("Astro's incremental-build cache and the renderer code", () => {
  it('drops the manifest and the kept pages with the store, and keeps them when the code is the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'render-cache-'));
    const manifest = join(dir, 'incremental-build.json');
    const page = join(dir, 'dist', 'articles', 'a', 'index.html');
    const fill = () => {
      mkdirSync(dirname(page), { recursive: true });
      writeFileSync(page, '<p>old</p>');
      writeFileSync(manifest, '{}');
    };
    fill();
    expect(dropStaleRenderCache(dir, 'v1')).toBe(true);
    expect(existsSync(manifest)).toBe(false);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    fill();
    expect(dropStaleRenderCache(dir, 'v1')).toBe(false);
    expect(existsSync(page)).toBe(true);
    expect(dropStaleRenderCache(dir, 'v2')).toBe(true);
    expect(existsSync(page)).toBe(false);
  });

  it('versions the site config as resolved, not only its code', () => {
    expect(rendererVersion()).toMatch(/^[0-9a-f]{32}-[0-9a-f]{40}$/);
  });

  it('versions where the pages are seen from the Astro root, which names the routes in its manifest', () => {
    expect(rendererVersion('src/pages')).toBe(rendererVersion('src/pages'));
    expect(rendererVersion('../../src/pages')).not.toBe(rendererVersion('src/pages'));
  });
});
