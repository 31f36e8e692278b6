/**
 * An output folder that cannot be written: the bundler would fail deep inside with a backtrace; the
 * build says which folder and why in one line instead (publish.ts proves it writable by creating its
 * staging folder there before anything starts).
 */
const REASONS: Record<string, string> = {
  EACCES: 'it is not writable by this user',
  EPERM: 'it is not writable by this user',
  EROFS: 'it is on a read-only file system',
  ENOTDIR: 'a file stands where a folder must be',
  EEXIST: 'a file stands where a folder must be',
  ENOSPC: 'the disk is full',
};

/** Why a folder could not be written, in words, from the error's code. */
export function writeFailureReason(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? `it cannot be written (${code || (cause as Error).message})`;
}
