import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isCached, ogCacheKey, ogCachePath, storeInCache } from '../../../src/lib/og/cache.ts';
import { ogAlt, titleFontSize } from '../../../src/lib/og/card.ts';
import { cardsToDraw, drawIntoCache, shouldRecycle } from '../../../src/lib/og/drawer.ts';
import { copyOgImages } from '../../../src/lib/build/steps/og-images.ts';
import { cardPalette, hexColour, PalettePngEncoder } from '../../../src/lib/og/png.ts';
import { renderOgImage, wrapText } from '../../../src/lib/og/render.ts';

const card = { title: 'A Treaty Signed in Haste', kicker: 'Middle East', author: 'Jane Doe', date: '2 March 2026', siteTitle: 'Watchman Notes' };

/** Width, height, bit depth and colour type from a PNG's IHDR chunk. */
function pngHeader(png: Buffer): { width: number; height: number; bitDepth: number; colourType: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bitDepth: png[24]!, colourType: png[25]! };
}

/** Palette indices of a 4-bit indexed PNG with one IDAT chunk, row by row. */
function indices(png: Buffer): number[][] {
  const { width, height } = pngHeader(png);
  let offset = 8;
  let idat: Buffer = Buffer.alloc(0);
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    if (png.toString('latin1', offset + 4, offset + 8) === 'IDAT') idat = png.subarray(offset + 8, offset + 8 + length);
    offset += 12 + length;
  }
  const raw = inflateSync(idat);
  const stride = width / 2 + 1;
  return Array.from({ length: height }, (_, y) => Array.from({ length: width }, (_, x) => (raw[y * stride + 1 + (x >> 1)]! >> (x & 1 ? 0 : 4)) & 15));
}

describe('Open Graph images', () => {
  it('draws a sharp 1200×630 indexed-colour PNG under 20 kB', () => {
    const png = renderOgImage(card);
    expect(pngHeader(png)).toEqual({ width: 1200, height: 630, bitDepth: 4, colourType: 3 });
    expect(png.length).toBeLessThan(20_000);
    // Text is drawn: many pixels are neither background nor the strip, and some are full-strength ink.
    const rows = indices(png);
    const used = new Set(rows.flat());
    expect(used.size).toBeGreaterThan(8);
  });

  it('keeps even the longest titles under 20 kB', () => {
    const long = { ...card, title: 'Powers Gather Near the Northern Border as a Treaty Is Signed in Haste and Markets Fall '.repeat(3).slice(0, 200) };
    expect(renderOgImage(long).length).toBeLessThan(20_000);
  });

  it('draws the same bytes for the same card', () => {
    expect(renderOgImage(card).equals(renderOgImage({ ...card }))).toBe(true);
    expect(renderOgImage(card).equals(renderOgImage({ ...card, title: 'Another title' }))).toBe(false);
  });

  it('draws titles with emoji, right-to-left text and no kicker without failing', () => {
    const { kicker: _kicker, ...noKicker } = card;
    expect(pngHeader(renderOgImage({ ...noKicker, title: 'שלום 🙏 Peace — سلام, a long title '.repeat(5).trim() }))).toMatchObject({ width: 1200, height: 630 });
  });

  it('wraps titles at spaces and breaks a word wider than the line', () => {
    const measure = (text: string) => text.length * 10;
    expect(wrapText('one two three four', 80, measure)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('abcdefghijkl', 50, measure)).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrapText('  ', 50, measure)).toEqual([]);
  });

  it('scales long titles down', () => {
    expect(titleFontSize('x'.repeat(30))).toBeGreaterThan(titleFontSize('x'.repeat(100)));
    expect(titleFontSize('x'.repeat(200))).toBe(40);
  });

  it('describes the card in its alt text', () => {
    expect(ogAlt(card)).toBe('Middle East: A Treaty Signed in Haste. By Jane Doe, 2 March 2026. Watchman Notes.');
  });
});

describe('the palette PNG encoder', () => {
  it('maps the background, full inks and blends to the nearest of 16 colours', () => {
    const background = hexColour('#ffffff');
    const palette = cardPalette(background, [hexColour('#000000'), hexColour('#ff0000'), hexColour('#0000ff')]);
    expect(palette).toHaveLength(16);
    const pixels = new Uint8Array(4 * 4 * 1);
    const put = (i: number, [r, g, b]: readonly number[]) => pixels.set([r!, g!, b!, 255], i * 4);
    put(0, [255, 255, 255]);
    put(1, [0, 0, 0]);
    put(2, [128, 128, 128]); // half black: between levels 2 and 3 of five
    put(3, [250, 0, 0]); // nearly full red
    const row = indices(new PalettePngEncoder(palette).encode(pixels, 4, 1))[0]!;
    expect(row[0]).toBe(0);
    expect(row[1]).toBe(5);
    expect([2, 3]).toContain(row[2]);
    expect(row[3]).toBe(10);
  });
});

describe('the Open Graph cache', () => {
  it('keys by the card text and the design', () => {
    expect(ogCacheKey({ ...card })).toBe(ogCacheKey(card));
    expect(ogCacheKey({ ...card, title: 'Another' })).not.toBe(ogCacheKey(card));
    const { kicker: _kicker, ...noKicker } = card;
    expect(ogCacheKey(noKicker)).not.toBe(ogCacheKey(card));
  });

  it('lists only cards missing from the cache, each distinct card once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const other = { ...card, title: 'Other' };
    storeInCache(card, Buffer.from('png'), dir);
    expect(isCached(card, dir)).toBe(true);
    const jobs = [{ id: 'a', card }, { id: 'b', card: other }, { id: 'c', card: { ...other } }];
    expect(cardsToDraw(jobs, dir)).toEqual([other]);
    expect(readdirSync(dir)).toEqual([`${ogCacheKey(card)}.png`]);
  });
});

describe('drawing many Open Graph cards on a renderer process', () => {
  it('draws a miss once, then takes it from the cache', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const outDir = mkdtempSync(join(tmpdir(), 'og-out-'));
    const jobs = Array.from({ length: 6 }, (_, i) => ({ id: `a-${i}`, card: { ...card, title: `Card number ${i}` } }));
    expect(await drawIntoCache(jobs, { cacheDir }).done).toMatchObject({ drawn: 6, cached: 0, processes: 1 });
    const drawnAt = statSync(ogCachePath(jobs[0]!.card, cacheDir)).mtimeMs;
    // A changed card is a miss; the unchanged ones are hits and are not written again.
    const changed = [...jobs.slice(0, 5), { id: 'a-5', card: { ...card, title: 'Card number 5, corrected' } }];
    expect(await drawIntoCache(changed, { cacheDir }).done).toMatchObject({ drawn: 1, cached: 5, processes: 1 });
    expect(statSync(ogCachePath(jobs[0]!.card, cacheDir)).mtimeMs).toBe(drawnAt);
    expect(await drawIntoCache(changed, { cacheDir }).done).toMatchObject({ drawn: 0, cached: 6, processes: 0 });
    copyOgImages(changed, outDir, cacheDir);
    expect(readdirSync(join(outDir, 'og')).sort()).toEqual(jobs.map((j) => `${j.id}.png`).sort());
    expect(readFileSync(join(outDir, 'og/a-5.png')).equals(renderOgImage(changed[5]!.card))).toBe(true);
  }, 60_000);

  it('hands the remaining cards to a fresh renderer when one passes the memory bound', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const jobs = Array.from({ length: 3 }, (_, i) => ({ id: `r-${i}`, card: { ...card, title: `Recycled ${i}` } }));
    // A bound below any process's size: every renderer draws one card and hands over the rest.
    expect(await drawIntoCache(jobs, { cacheDir, rssLimitMiB: 1 }).done).toMatchObject({ drawn: 3, cached: 0, processes: 3 });
    for (const { card: c } of jobs) expect(existsSync(ogCachePath(c, cacheDir))).toBe(true);
  }, 60_000);

  it('recycles on resident memory, never on a count, and never with nothing left to draw', () => {
    const MiB = 1024 * 1024;
    expect(shouldRecycle(700 * MiB, 768, 10)).toBe(false);
    expect(shouldRecycle(800 * MiB, 768, 10)).toBe(true);
    expect(shouldRecycle(800 * MiB, 768, 0)).toBe(false);
  });

  it('fails with a message when the renderer dies', async () => {
    const cacheDir = join(mkdtempSync(join(tmpdir(), 'og-cache-')), 'blocked');
    writeFileSync(cacheDir, 'a file where the cache folder should be');
    await expect(drawIntoCache([{ id: 'x', card }], { cacheDir }).done).rejects.toThrow(/Open Graph renderer stopped .* after 0 of 1 cards/);
  }, 60_000);
});
