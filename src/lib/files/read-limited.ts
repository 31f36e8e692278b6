/**
 * Reads a file a tool was handed (an import's input, a picture's header) only when it is a regular
 * file within a size limit, judged on the OPEN file descriptor: a name checked with lstat and then
 * opened could be swapped in between, and lstat's size says nothing about a device or a FIFO,
 * which read for ever. The open is non-blocking, so a FIFO with no writer cannot hang it either.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Why a file was not read, as a sentence part, with its fix. */
export interface UnreadableFile {
  ok: false;
  /** `not-found`, `not-regular` (device, FIFO, socket, directory), `too-large`, `unreadable`. */
  reason: 'not-found' | 'not-regular' | 'too-large' | 'unreadable';
  message: string;
  /** The size on the descriptor, when it was too large. */
  size?: number;
  fix: string;
}

export type LimitedRead = { ok: true; bytes: Buffer; size: number } | UnreadableFile;

export interface ReadLimits {
  /** Largest size accepted (whole reads) in bytes. */
  maxBytes: number;
  /** Read only the first `headBytes` (a header), whatever the size; the size limit still applies. */
  headBytes?: number;
  /** Refuse a symbolic link as the last part of the path (O_NOFOLLOW). */
  noFollow?: boolean;
}

/** What kind of thing a non-regular file is, for the message. */
function kindOf(stat: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Opens `path` without blocking or following links out (on request), checks it on the descriptor, and reads it. */
export function readLimited(path: string, limits: ReadLimits): LimitedRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (limits.noFollow ? constants.O_NOFOLLOW : 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'not-found', message: 'does not exist', fix: 'check the path' };
    if (code === 'ELOOP') return { ok: false, reason: 'not-regular', message: 'is a symbolic link', fix: 'give the file itself, not a link to it' };
    if (code === 'ENXIO') return { ok: false, reason: 'not-regular', message: 'is a socket or a pipe, not a regular file', fix: 'give a regular file' };
    return { ok: false, reason: 'unreadable', message: `cannot be opened (${code ?? (error as Error).message})`, fix: 'check that the file exists and can be read' };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not-regular', message: `is ${kindOf(stat)}, not a regular file`, fix: 'give a regular file' };
    if (stat.size > limits.maxBytes) {
      return {
        ok: false,
        reason: 'too-large',
        size: stat.size,
        message: `is ${stat.size.toLocaleString('en')} bytes, more than the ${limits.maxBytes.toLocaleString('en')} accepted`,
        fix: 'give a smaller file',
      };
    }
    const wanted = Math.min(stat.size, limits.headBytes ?? stat.size);
    const bytes = Buffer.alloc(wanted);
    let filled = 0;
    // The size is from fstat; a file that grows meanwhile is read only up to it, one that shrinks ends early.
    while (filled < wanted) {
      const read = readSync(fd, bytes, filled, wanted - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return { ok: true, bytes: filled === wanted ? bytes : bytes.subarray(0, filled), size: stat.size };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: 'unreadable', message: `cannot be read (${code ?? (error as Error).message})`, fix: 'check that the file can be read' };
  } finally {
    closeSync(fd);
  }
}
