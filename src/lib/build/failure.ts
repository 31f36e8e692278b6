/** How the build pipeline talks: one `[step] message` line per fact, and failures the user can act on. */

/** A failure the user can act on: printed as its message, never as a stack trace. */
export class BuildFailure extends Error {}

/** Prints one pipeline log line, `[source] message`, as Astro's integrations print theirs. */
export function log(source: string, message: string): void {
  process.stdout.write(`[${source}] ${message}\n`);
}

/** Milliseconds since `start` (a performance.now() value), rounded. */
export function since(start: number): number {
  return Math.round(performance.now() - start);
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'it was not found (deleted or moved while the build ran?)',
  EACCES: 'it is not readable or writable by this user',
  EPERM: 'it is not readable or writable by this user',
  ENOSPC: 'the disk is full',
  EROFS: 'it is on a read-only file system',
  EISDIR: 'a folder stands where a file must be',
  ENOTDIR: 'a file stands where a folder must be',
  EMFILE: 'too many files are open',
};

/**
 * What the pipeline prints for an error: the message of a BuildFailure; a file-system error as one
 * line naming the file (no stack trace: the file is the fact to act on); anything else, a bug, with its stack.
 */
export function failureText(error: unknown): string {
  if (error instanceof BuildFailure) return error.message;
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof code === 'string' && typeof path === 'string' && FILE_ERRORS[code]) {
    return `build failed on ${JSON.stringify(path)}: ${FILE_ERRORS[code]} (${code}); nothing was published. Fix: make the file available and build again.`;
  }
  return `build failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
