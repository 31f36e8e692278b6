import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/lib/files/decode-text.ts';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(utf8('Café — “ok”'))).toEqual({ ok: true, text: 'Café — “ok”', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Café')]))).toEqual({ ok: true, text: 'Café', encoding: 'utf-8' });
  });

  it('reads UTF-16 with a byte-order mark, either byte order', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'Café'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...[...'Café'].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
    expect(decodeText(le)).toMatchObject({ ok: true, text: 'Café', encoding: 'utf-16le' });
    expect(decodeText(be)).toMatchObject({ ok: true, text: 'Café', encoding: 'utf-16be' });
  });

  it('refuses Latin-1 instead of turning Café into Caf\ufffd, naming the byte, its line and the fix', () => {
    const result = decodeText(new Uint8Array([...utf8('Title\n\nCaf'), 0xe9, 0x0a]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('byte 0xE9 at byte offset 10, line 3');
    expect(result.message).toContain('"é"');
    expect(result.fix).toMatch(/UTF-8/);
  });

  it('refuses Windows-1252 curly quotes', () => {
    const result = decodeText(bytes(0x93, 0x68, 0x69, 0x94));
    expect(result).toMatchObject({ ok: false });
  });

  it('refuses binary files and UTF-16 without a byte-order mark', () => {
    expect(decodeText(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13))).toMatchObject({ ok: false, message: expect.stringMatching(/not text/) });
    const utf16NoBom = new Uint8Array([...'Hello world'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(decodeText(utf16NoBom)).toMatchObject({ ok: false, message: expect.stringMatching(/UTF-16 without a byte-order mark/) });
  });
});
