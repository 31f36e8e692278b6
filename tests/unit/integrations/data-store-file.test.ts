// The Vite plugin that makes Astro's bundled content store read its file instead of compiling it as one
// string literal (src/integrations/data-store-file.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataStoreFile, DATA_STORE_MODULE_ID } from '../../../src/integrations/data-store-file.ts';

/** The module Astro writes for a single-file store (astro/dist/content/vite-plugin-content-virtual-mod.js). */
const astroModule = (json: string) => `export default JSON.parse(${JSON.stringify(json)})`;

function transform(plugin: ReturnType<typeof dataStoreFile>, code: string, id: string): { code: string } | undefined {
  const hook = plugin.transform as (code: string, id: string) => { code: string } | undefined;
  return hook(code, id);
}

/** Runs module code as Node would run the bundled chunk. */
async function run(code: string): Promise<unknown> {
  return ((await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown }).default;
}

describe('the data store module reads its file', () => {
  // Quotes, backslashes, line breaks, non-Latin letters and a character outside the BMP: what rendered HTML holds.
  const store = JSON.stringify([{ articles: 1 }, ['<p>“Zeichen” \\ "quoted"\n</p>', 'Sätteri ✓ 𝔼']]);

  it('exports the same value as the module Astro wrote, without the store in its code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-store-'));
    const file = join(dir, 'data-store.json');
    writeFileSync(file, store);
    const out = transform(dataStoreFile(file), astroModule(store), DATA_STORE_MODULE_ID);
    expect(out).toBeDefined();
    expect(out!.code).not.toContain('Zeichen');
    expect(await run(out!.code)).toEqual(await run(astroModule(store)));
  });

  it('stops the build when the store changed after it was bundled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-store-'));
    const file = join(dir, 'data-store.json');
    writeFileSync(file, store);
    const out = transform(dataStoreFile(file), astroModule(store), DATA_STORE_MODULE_ID)!;
    writeFileSync(file, `${store} `);
    await expect(run(out.code)).rejects.toThrow(/content data store .*data-store\.json changed while the site was built/);
  });

  it('leaves every other module, a chunked store and a missing file as they are', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-store-'));
    const file = join(dir, 'data-store.json');
    writeFileSync(file, store);
    const plugin = dataStoreFile(file);
    expect(transform(plugin, astroModule(store), '/src/pages/index.astro')).toBeUndefined();
    expect(transform(plugin, 'export default{"articles":[(await import("astro:data-layer-content-chunk:a.txt"))]}', DATA_STORE_MODULE_ID)).toBeUndefined();
    expect(transform(dataStoreFile(join(dir, 'missing.json')), astroModule(store), DATA_STORE_MODULE_ID)).toBeUndefined();
  });
});
