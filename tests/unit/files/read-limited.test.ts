// readLimited: a regular file within the limit is read; anything else is refused on the open descriptor, at once.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLimited } from '../../../src/lib/files/read-limited.ts';

const TMP = resolve(import.meta.dirname, '../../.tmp/read-limited');

beforeAll(() => {
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(join(TMP, 'folder'), { recursive: true });
  writeFileSync(join(TMP, 'small.txt'), 'hello world');
  writeFileSync(join(TMP, 'sparse.bin'), 'start');
  truncateSync(join(TMP, 'sparse.bin'), 3 * 1024 ** 3); // 3 GB, a hole: never read
  symlinkSync(join(TMP, 'small.txt'), join(TMP, 'link.txt'));
  execFileSync('mkfifo', [join(TMP, 'pipe')]);
});

describe('readLimited', () => {
  it('reads a regular file within the limit, or only its head', () => {
    expect(readLimited(join(TMP, 'small.txt'), { maxBytes: 100 })).toEqual({ ok: true, bytes: Buffer.from('hello world'), size: 11 });
    const head = readLimited(join(TMP, 'small.txt'), { maxBytes: 100, headBytes: 5 });
    expect(head.ok && head.bytes.toString()).toBe('hello');
  });

  it('refuses a file over the limit by its size on the descriptor, without reading it', () => {
    const result = readLimited(join(TMP, 'sparse.bin'), { maxBytes: 20 * 1024 * 1024 });
    expect(result).toMatchObject({ ok: false, reason: 'too-large', message: 'is 3,221,225,472 bytes, more than the 20,971,520 accepted' });
  });

  it('refuses a FIFO with no writer (without blocking), a device and a folder', () => {
    expect(readLimited(join(TMP, 'pipe'), { maxBytes: 100 })).toMatchObject({ ok: false, reason: 'not-regular', message: 'is a named pipe (FIFO), not a regular file' });
    expect(readLimited('/dev/zero', { maxBytes: 100 })).toMatchObject({ ok: false, reason: 'not-regular', message: 'is a device, not a regular file' });
    expect(readLimited(join(TMP, 'folder'), { maxBytes: 100 })).toMatchObject({ ok: false, reason: 'not-regular', message: 'is a folder, not a regular file' });
  });

  it('follows a symbolic link unless told not to; says when a file does not exist', () => {
    expect(readLimited(join(TMP, 'link.txt'), { maxBytes: 100 }).ok).toBe(true);
    expect(readLimited(join(TMP, 'link.txt'), { maxBytes: 100, noFollow: true })).toMatchObject({ ok: false, reason: 'not-regular', message: 'is a symbolic link' });
    expect(readLimited(join(TMP, 'nothing.txt'), { maxBytes: 100 })).toMatchObject({ ok: false, reason: 'not-found' });
  });
});
