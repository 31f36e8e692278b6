/**
 * Before anything is built: the output folder must be a folder this process can write. Otherwise the
 * bundler fails deep inside with a backtrace; this says which folder and what to do, in one line.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuildFailure } from '../failure.ts';

const REASONS: Record<string, string> = {
  EACCES: 'it is not writable by this user',
  EPERM: 'it is not writable by this user',
  EROFS: 'it is on a read-only file system',
  ENOTDIR: 'a file stands where a folder must be',
  EEXIST: 'a file stands where a folder must be',
  ENOSPC: 'the disk is full',
};

/** Creates `outDir` if needed and proves it writable with a probe file; throws a one-line BuildFailure if not. */
export function ensureWritableOutDir(outDir: string, shown = outDir): void {
  const probe = join(outDir, `.write-test-${process.pid}`);
  try {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? '';
    const reason = REASONS[code] ?? `it cannot be written (${code || (cause as Error).message})`;
    throw new BuildFailure(`cannot write the output folder ${shown}: ${reason}; make it writable, or build elsewhere with --outDir <folder>.`);
  }
}
