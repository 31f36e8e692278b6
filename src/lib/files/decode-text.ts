/**
 * Reads the bytes of a text file an author hands to a tool (`npm run import`), or says why it
 * cannot: a lossy decode would turn `Café` saved as Latin-1 into `Caf�` and the damage would pass
 * every later check. UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark
 * are read; anything else is refused with the fix.
 */

export type DecodedText = { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { ok: false; message: string; fix: string };

/** Decodes `bytes` as text, never guessing silently. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      message: `the file is not text: it has a NUL byte at byte ${nul}${looksLikeUtf16WithoutBom(body) ? ' (it may be UTF-16 without a byte-order mark)' : ''}`,
      fix: 'give a plain-text file saved as UTF-8',
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch {
    const offset = firstInvalidUtf8(body);
    const byte = body[offset] ?? 0;
    const line = countLines(body, offset);
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    const asLatin1 = byte >= 0xa0 ? ` (in Latin-1 or Windows-1252 that byte is "${String.fromCharCode(byte)}")` : byte >= 0x80 ? ' (a Windows-1252 punctuation byte such as a curly quote)' : '';
    return {
      ok: false,
      message: `the file is not UTF-8: byte ${hex} at byte offset ${offset + (body === bytes ? 0 : 3)}, line ${line}${asLatin1}`,
      fix: 'save it as UTF-8 in your editor, or convert it: iconv -f WINDOWS-1252 -t UTF-8 old.txt > new.txt',
    };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    return { ok: false, message: `the file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`, fix: 'save it as UTF-8 in your editor' };
  }
}

function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  let zeros = 0;
  const sample = Math.min(bytes.length, 512);
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) zeros++;
  return sample > 0 && zeros / sample > 0.3;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    const decoded = safeDecode(bytes.subarray(i, i + length));
    if (decoded === undefined) return i;
    i += length;
  }
  return bytes.length;
}

function safeDecode(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
