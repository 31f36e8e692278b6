import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedOgImage, ogCacheKey } from '../../src/lib/og/cache.ts';
import { ogAlt, renderOgImage, titleFontSize } from '../../src/lib/og/render.ts';

const card = { title: 'A Treaty Signed in Haste', kicker: 'Middle East', author: 'Jane Doe', date: '2 March 2026', siteTitle: 'Watchman Notes' };

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('Open Graph images', () => {
  it('draws a 1200×630 PNG', async () => {
    expect(pngSize(await renderOgImage(card))).toEqual([1200, 630]);
  });

  it('draws titles with emoji, right-to-left text and no kicker without failing', async () => {
    const { kicker: _kicker, ...noKicker } = card;
    expect(pngSize(await renderOgImage({ ...noKicker, title: 'שלום 🙏 Peace — سلام, a long title '.repeat(5).trim() }))).toEqual([1200, 630]);
  });

  it('scales long titles down', () => {
    expect(titleFontSize('x'.repeat(30))).toBeGreaterThan(titleFontSize('x'.repeat(100)));
    expect(titleFontSize('x'.repeat(200))).toBe(40);
  });

  it('describes the card in its alt text', () => {
    expect(ogAlt(card)).toBe('Middle East: A Treaty Signed in Haste. By Jane Doe, 2 March 2026. Watchman Notes.');
  });

  it('caches by text, so unchanged cards are not redrawn', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-'));
    const first = await cachedOgImage(card, dir);
    expect(readdirSync(dir)).toEqual([`${ogCacheKey(card)}.png`]);
    expect(await cachedOgImage(card, dir)).toEqual(first);
    expect(ogCacheKey({ ...card, title: 'Another' })).not.toBe(ogCacheKey(card));
  });
});

describe('writing many Open Graph images', () => {
  it('draws new cards on worker threads and copies cached ones', async () => {
    const { writeOgImages } = await import('../../src/lib/og/pool.ts');
    const cacheDir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const outDir = mkdtempSync(join(tmpdir(), 'og-out-'));
    const jobs = Array.from({ length: 45 }, (_, i) => ({ card: { ...card, title: `Card number ${i}` }, outFile: join(outDir, `a-${i}.png`) }));
    expect(await writeOgImages(jobs, { cacheDir, threads: 2 })).toEqual({ drawn: 45, cached: 0 });
    expect(readdirSync(outDir)).toHaveLength(45);
    expect(pngSize(readFileSync(join(outDir, 'a-7.png')))).toEqual([1200, 630]);
    const again = jobs.map((job, i) => ({ ...job, outFile: join(outDir, `b-${i}.png`) }));
    expect(await writeOgImages(again, { cacheDir, threads: 2 })).toEqual({ drawn: 0, cached: 45 });
    expect(readFileSync(join(outDir, 'b-7.png')).equals(readFileSync(join(outDir, 'a-7.png')))).toBe(true);
  }, 60_000);
});
