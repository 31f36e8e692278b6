/**
 * A 4-bit indexed-colour PNG encoder for the card's own palette. Every pixel of a card is the
 * background, an ink, or an anti-aliased blend of the two, so 16 fixed colours (background plus five
 * blend levels of three inks) hold it with no visible loss; half a byte per pixel keeps deflate cheap.
 * Measured against libimagequant (sharp's palette PNG), JPEG and truecolour PNG: see src/lib/og/README.md.
 */
import { crc32, deflateSync } from 'node:zlib';

export type Rgb = readonly [number, number, number];

/** Blend levels per ink: with the background that makes 16 colours, the most 4 bits can index. */
const LEVELS = 5;
const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

export function hexColour(hex: string): Rgb {
  return [Number.parseInt(hex.slice(1, 3), 16), Number.parseInt(hex.slice(3, 5), 16), Number.parseInt(hex.slice(5, 7), 16)];
}

/** Background first (index 0), then each ink from faint to full. */
export function cardPalette(background: Rgb, inks: readonly Rgb[]): Rgb[] {
  const palette: Rgb[] = [background];
  for (const ink of inks) {
    for (let level = 1; level <= LEVELS; level++) {
      palette.push(background.map((b, i) => Math.round(b + ((ink[i]! - b) * level) / LEVELS)) as unknown as Rgb);
    }
  }
  if (palette.length > 16) throw new Error(`a 4-bit PNG holds 16 colours, the card needs ${palette.length}`);
  return palette;
}

/** Encodes opaque RGBA pixels (as a canvas holds them) as an indexed PNG over `palette`. Deterministic. */
export class PalettePngEncoder {
  readonly #palette: Rgb[];
  readonly #plte: Buffer;
  /**
   * Nearest palette index of each 24-bit colour, +1 (0 = not computed yet). A flat table (16 MB) rather
   * than a Map: a card has ~75,000 ink pixels, and the Map lookups were a third of the encoding time.
   */
  readonly #nearest = new Uint8Array(1 << 24);

  constructor(palette: Rgb[]) {
    this.#palette = palette;
    this.#plte = Buffer.from(palette.flat());
  }

  #indexOf(rgb: number): number {
    const known = this.#nearest[rgb]!;
    if (known) return known - 1;
    let index = 0;
    const r = rgb & 255;
    const g = (rgb >>> 8) & 255;
    const b = (rgb >>> 16) & 255;
    let best = Number.POSITIVE_INFINITY;
    this.#palette.forEach(([pr, pg, pb], i) => {
      const distance = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
      if (distance < best) [best, index] = [distance, i];
    });
    this.#nearest[rgb] = index + 1;
    return index;
  }

  /**
   * Deflate level 4 first: level 6 saves ~1 kB a card for ~80 % more deflate time, and level 9 stalls on
   * the long background runs. A card still over `maxBytes` (the densest, 200-character titles) is
   * compressed again harder; the result depends only on the pixels, so it stays deterministic.
   */
  encode(rgba: Uint8Array, width: number, height: number, maxBytes = Number.POSITIVE_INFINITY): Buffer {
    if (width % 2) throw new Error('the width must be even: two pixels share a byte');
    const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
    const stride = width / 2 + 1;
    // Zero-filled: filter byte 0 (none) on every row and palette index 0 (background) everywhere.
    const rows = Buffer.alloc(stride * height);
    const [br, bg, bb] = this.#palette[0]!;
    // Byte order of a little-endian Uint32 over RGBA bytes, alpha opaque.
    const background = (br | (bg << 8) | (bb << 16) | (255 << 24)) >>> 0;
    const bytes = Buffer.from(rgba.buffer, rgba.byteOffset, width * height * 4);
    const rowBytes = width * 4;
    for (let y = 0; y < height; y++) {
      const row = y * stride + 1;
      // Most rows of a card (margins, gaps between lines) repeat the row above: one native compare, then a copy.
      if (y > 0 && bytes.compare(bytes, (y - 1) * rowBytes, y * rowBytes, y * rowBytes, (y + 1) * rowBytes) === 0) {
        rows.copy(rows, row, row - stride, row - 1);
        continue;
      }
      for (let x = 0, p = y * width; x < width; x++, p++) {
        const pixel = pixels[p]!;
        if (pixel === background) continue;
        rows[row + (x >> 1)]! |= this.#indexOf(pixel & 0xffffff) << (x & 1 ? 0 : 4);
      }
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(width, 0);
    header.writeUInt32BE(height, 4);
    header[8] = 4; // bit depth
    header[9] = 3; // indexed colour
    let png = Buffer.alloc(0);
    for (const level of [4, 6, 9]) {
      png = Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', this.#plte), chunk('IDAT', deflateSync(rows, { level })), chunk('IEND', Buffer.alloc(0))]);
      if (png.length <= maxBytes) break;
    }
    return png;
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
