// What a picture is, by its bytes: the accepted formats, SVG and other files refused, and the limits.
import { mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectPicture, MAX_PICTURE_PIXELS, sniffPicture } from '../../../src/lib/files/picture.ts';
import { jpegHeader, pngBytes, SVG_WITH_SCRIPT } from '../../support/pictures.ts';

const TMP = resolve(import.meta.dirname, '../../.tmp/picture');
const file = (name: string, bytes: Buffer | string): string => {
  const path = join(TMP, name);
  writeFileSync(path, bytes);
  return path;
};

/** A 1 × 1 GIF, a lossless WebP and the start of an AVIF, as their headers begin. */
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const WEBP = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64');
const AVIF_START = Buffer.concat([Buffer.from([0, 0, 0, 0x1c]), Buffer.from('ftypavif\0\0\0\0avifmif1miaf', 'latin1')]);

beforeAll(() => {
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
});

describe('sniffPicture', () => {
  it('knows each accepted format and SVG by their first bytes, and nothing else', () => {
    expect(sniffPicture(pngBytes(2, 2))).toBe('png');
    expect(sniffPicture(jpegHeader(2, 2))).toBe('jpeg');
    expect(sniffPicture(GIF)).toBe('gif');
    expect(sniffPicture(WEBP)).toBe('webp');
    expect(sniffPicture(AVIF_START)).toBe('avif');
    expect(sniffPicture(Buffer.from(`\uFEFF<?xml version="1.0"?>\n<!-- drawn -->\n${SVG_WITH_SCRIPT}`))).toBe('svg');
    expect(sniffPicture(Buffer.from('Just text, named .png'))).toBeUndefined();
    expect(sniffPicture(Buffer.from('<html><body><svg></svg></body></html>'))).toBe('svg');
    expect(sniffPicture(Buffer.alloc(0))).toBeUndefined();
  });
});

describe('inspectPicture', () => {
  it('accepts real pictures, with their size', () => {
    expect(inspectPicture(file('grey.png', pngBytes(40, 30)))).toEqual({ ok: true, format: 'png', width: 40, height: 30, bytes: expect.any(Number) });
    expect(inspectPicture(file('photo.jpg', jpegHeader(640, 480)))).toMatchObject({ ok: true, format: 'jpeg', width: 640, height: 480 });
    expect(inspectPicture(file('dot.gif', GIF))).toMatchObject({ ok: true, format: 'gif', width: 1, height: 1 });
    expect(inspectPicture(file('dot.webp', WEBP))).toMatchObject({ ok: true, format: 'webp' });
  });

  it('finds a JPEG size after large metadata, beyond the first 16 KB', () => {
    const header = jpegHeader(800, 600);
    const comment = Buffer.concat([Buffer.from([0xff, 0xfe, 0xff, 0xf0]), Buffer.alloc(0xfff0 - 2, 0x20)]); // a 64 KB comment segment
    const bytes = Buffer.concat([header.subarray(0, 20), comment, header.subarray(20)]);
    expect(inspectPicture(file('late-size.jpg', bytes))).toMatchObject({ ok: true, width: 800, height: 600 });
  });

  it('refuses SVG, text, damaged headers and pictures over the pixel or byte limit', () => {
    expect(inspectPicture(file('drawing.svg', SVG_WITH_SCRIPT))).toMatchObject({ ok: false, message: expect.stringContaining('is an SVG drawing') });
    expect(inspectPicture(file('text.png', 'not a picture'))).toMatchObject({ ok: false, message: expect.stringContaining('is not a picture') });
    expect(inspectPicture(file('cut.png', pngBytes(2, 2).subarray(0, 10)))).toMatchObject({ ok: false, message: 'is a damaged PNG: its header gives no width and height' });
    const side = Math.ceil(Math.sqrt(MAX_PICTURE_PIXELS)) + 1;
    expect(inspectPicture(file('claims.png', pngBytes(side, side, { claimOnly: true })))).toMatchObject({ ok: false, message: expect.stringContaining('more than the 40 megapixels') });
    expect(inspectPicture(file('just-under.png', pngBytes(side - 2, side - 2, { claimOnly: true })))).toMatchObject({ ok: true });
    const big = file('big.jpg', jpegHeader(10, 10));
    truncateSync(big, 20 * 1024 * 1024 + 1);
    expect(inspectPicture(big)).toMatchObject({ ok: false, message: 'is 20,971,521 bytes, more than the 20,971,520 a picture may have' });
  });
});
