/**
 * What a picture file really is, judged by its bytes, never its name: one of the formats Astro's
 * image pipeline (sharp) turns into web pictures, within a size and a pixel limit, read from the
 * header only (the first 16 KB; a JPEG whose size comes after large metadata up to 512 KB).
 * Width and height come from the `image-size` package, which reads them from those header bytes
 * for every format here (AVIF's boxes and JPEG's segments are not worth parsing by hand).
 * SVG is refused: it is a document that can carry scripts, published on the site's own origin.
 */
import { imageSize } from 'image-size';
import { readLimited } from './read-limited.ts';

/** Formats accepted, by content; the extensions each may be named with. */
export const PICTURE_FORMATS = {
  png: ['.png'],
  jpeg: ['.jpg', '.jpeg'],
  gif: ['.gif'],
  webp: ['.webp'],
  avif: ['.avif'],
} as const;

export type PictureFormat = keyof typeof PICTURE_FORMATS;

/** A picture over either limit is refused: bigger ones are not photographs for an article, and would stall the build. */
export const MAX_PICTURE_BYTES = 20 * 1024 * 1024;
export const MAX_PICTURE_PIXELS = 40_000_000;

const HEAD_BYTES = 16 * 1024;
const JPEG_HEAD_BYTES = 512 * 1024;

export type PictureVerdict =
  | { ok: true; format: PictureFormat; width: number; height: number; bytes: number }
  | { ok: false; message: string; fix: string };

const ascii = (bytes: Uint8Array, start: number, end: number): string => String.fromCharCode(...bytes.subarray(start, end));

/** The format the bytes begin with, `svg` for an SVG drawing, or undefined. */
export function sniffPicture(head: Uint8Array): PictureFormat | 'svg' | undefined {
  if (head.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => head[i] === byte)) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (/^GIF8[79]a$/.test(ascii(head, 0, 6))) return 'gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  if (ascii(head, 4, 8) === 'ftyp') {
    // The ftyp box lists the major brand and the compatible ones; an AVIF names avif or avis.
    const boxSize = ((head[0] ?? 0) << 24) | ((head[1] ?? 0) << 16) | ((head[2] ?? 0) << 8) | (head[3] ?? 0);
    const brands = ascii(head, 8, Math.min(Math.max(boxSize, 16), head.length, 256));
    if (/avi[fs]/.test(brands)) return 'avif';
  }
  const text = new TextDecoder('utf-8').decode(head.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<') && /<svg[\s>/]/i.test(text)) return 'svg';
  return undefined;
}

function readDimensions(head: Uint8Array): { width: number; height: number } | undefined {
  try {
    const size = imageSize(head);
    return size.width && size.height ? { width: size.width, height: size.height } : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the header of the picture at `absPath` (already known to be inside the project) and judges it. */
export function inspectPicture(absPath: string): PictureVerdict {
  let read = readLimited(absPath, { maxBytes: MAX_PICTURE_BYTES, headBytes: HEAD_BYTES });
  if (!read.ok) {
    if (read.reason === 'too-large') return { ok: false, message: `${read.message.replace(/accepted$/, 'a picture may have')}`, fix: 'save a smaller version of the picture (a photograph for the web is well under 20 MB), e.g. at most 4,000 pixels wide' };
    return { ok: false, message: read.message, fix: read.reason === 'not-found' ? 'check the file name and its folder: the path is relative to the article' : 'point to a picture file' };
  }
  const format = sniffPicture(read.bytes);
  if (format === 'svg') {
    return { ok: false, message: 'is an SVG drawing: SVG can carry scripts, which would run on this site, so it is not accepted as a picture', fix: 'export the drawing as PNG (or WebP) and show that file' };
  }
  if (!format) {
    return { ok: false, message: 'is not a picture: its bytes are not PNG, JPEG, GIF, WebP or AVIF, whatever its name says', fix: 'save the picture as PNG, JPEG, GIF, WebP or AVIF (the file may be damaged, or another kind of file renamed)' };
  }
  let dimensions = readDimensions(read.bytes);
  if (!dimensions && format === 'jpeg' && read.size > read.bytes.length) {
    read = readLimited(absPath, { maxBytes: MAX_PICTURE_BYTES, headBytes: JPEG_HEAD_BYTES });
    if (read.ok) dimensions = readDimensions(read.bytes);
  }
  const size = read.ok ? read.size : 0;
  if (!dimensions) return { ok: false, message: `is a damaged ${format.toUpperCase()}: its header gives no width and height`, fix: 'save the picture again from an image editor' };
  const pixels = dimensions.width * dimensions.height;
  if (pixels > MAX_PICTURE_PIXELS) {
    return {
      ok: false,
      message: `is ${dimensions.width.toLocaleString('en')} × ${dimensions.height.toLocaleString('en')} pixels (${(pixels / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} megapixels), more than the ${MAX_PICTURE_PIXELS / 1e6} megapixels a picture may have`,
      fix: 'save a smaller version of the picture, e.g. at most 4,000 pixels wide',
    };
  }
  return { ok: true, format, ...dimensions, bytes: size };
}

/** The extensions a file of `format` may be named with. */
export function extensionsOf(format: PictureFormat): readonly string[] {
  return PICTURE_FORMATS[format];
}
