/**
 * Atomic publishing. Every step writes into a staging folder the build creates beside the output folder
 * (same parent, so the same file system), and only a build whose steps all passed, the audit included,
 * swaps it in: the old output is renamed away, the staging folder renamed into its place, and the old
 * output removed by a process of its own after the build has returned (deleting tens of thousands of
 * files is seconds of disk time the build need not wait for). A failed or interrupted build removes only
 * its staging folder: the output folder is still the previous good build, or absent.
 *
 * The build deletes nothing it did not create. An existing output folder is replaced only when it is
 * empty, a symbolic link (replaced as a link; its target is never touched), or the build's own previous
 * output, recognised by the publish record the build writes beside it (`.<name>.published.json`: the
 * folder's device, inode and birth time, so a folder put in its place later does not match), or a
 * restored copy of that output: a CI cache or a host that keeps `dist/` between builds restores it as a new
 * folder (another inode), so the record also holds a fingerprint of every path, size and byte it
 * published (output-tree.ts), and a folder that matches it exactly is the build's own output, copied.
 * A restored folder with one file changed, added or missing is not. Anything else is refused before the build starts.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BuildFailure } from '../failure.ts';
import { writeFailureReason } from './output-dir.ts';
import { isTreeDigest, treeDigest, treeMatches, type TreeDigest } from './output-tree.ts';
import { escapeRegExp } from '../../text/regexp.ts';

/** What stands where the output folder goes, and whether the build may replace it. */
export type ExistingOutput =
  | { kind: 'absent' }
  | { kind: 'link' }
  | { kind: 'empty' }
  | { kind: 'previous-build' }
  | { kind: 'restored-build' }
  | { kind: 'foreign'; reason: string };

interface FolderIdentity {
  dev: string;
  ino: string;
  birthtimeNs: string;
}

interface PublishRecord extends FolderIdentity {
  /** What the folder held when published (absent in records of older builds). */
  tree?: TreeDigest;
}

/** The record file beside an output folder: `<parent>/.<name>.published.json`. */
export function publishRecordPath(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.published.json`);
}

function identity(path: string): FolderIdentity {
  const stats = lstatSync(path, { bigint: true });
  return { dev: String(stats.dev), ino: String(stats.ino), birthtimeNs: String(stats.birthtimeNs) };
}

/** Whether a recorded identity is the folder's now (the same device, inode and birth time). */
function sameFolder(recorded: Partial<FolderIdentity>, current: FolderIdentity): boolean {
  return recorded.dev === current.dev && recorded.ino === current.ino && recorded.birthtimeNs === current.birthtimeNs;
}

function readRecord(outDir: string): PublishRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(publishRecordPath(outDir), 'utf8')) as Partial<PublishRecord>;
    if (typeof record.dev === 'string' && typeof record.ino === 'string' && typeof record.birthtimeNs === 'string') {
      return { dev: record.dev, ino: record.ino, birthtimeNs: record.birthtimeNs, ...(isTreeDigest(record.tree) ? { tree: record.tree } : {}) };
    }
  } catch {
    // No record, or not one the build wrote: the folder is not recognised.
  }
  return undefined;
}

/** Looks at what stands at `outDir` without following a link. */
export function existingOutput(outDir: string): ExistingOutput {
  let stats;
  try {
    stats = lstatSync(outDir);
  } catch (cause) {
    // Nothing there (ENOTDIR: a file stands in the path; creating the staging folder says so).
    if (['ENOENT', 'ENOTDIR'].includes((cause as NodeJS.ErrnoException).code ?? '')) return { kind: 'absent' };
    return { kind: 'foreign', reason: `it cannot be read (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message})` };
  }
  if (stats.isSymbolicLink()) return { kind: 'link' };
  if (!stats.isDirectory()) return { kind: 'foreign', reason: 'a file stands where the output folder must be' };
  if (readdirSync(outDir).length === 0) return { kind: 'empty' };
  const record = readRecord(outDir);
  const current = identity(outDir);
  if (record && sameFolder(record, current)) return { kind: 'previous-build' };
  if (record?.tree && treeMatches(outDir, record.tree)) return { kind: 'restored-build' };
  const recordName = basename(publishRecordPath(outDir));
  if (record?.tree) return { kind: 'foreign', reason: `it is not the folder this build published last, and its files differ from what ${recordName} says was published (a restored copy with files changed, added or removed)` };
  return { kind: 'foreign', reason: `it already exists and holds files this build did not write (no matching ${recordName} beside it)` };
}

function refusal(shown: string, reason: string): BuildFailure {
  return new BuildFailure(`refused --outDir ${shown}: ${reason}; nothing was built. Fix: move it away or empty it (if it is an old build, delete it), or build elsewhere with --outDir <folder>.`);
}

export interface Staging {
  /** The folder every step writes into. */
  readonly path: string;
  /** Staging folders of builds that were killed (their process is gone): named, never deleted. */
  readonly abandoned: string[];
  /**
   * Swaps the staging folder in as `outDir`; says what it replaced. `knownHashes`: hashes of staged files
   * (by path in the staging folder) that a step already took after the last write to them (the audit).
   */
  publish(knownHashes?: ReadonlyMap<string, string>): string;
  /** Removes the staging folder (a failed or interrupted build); safe to call more than once. */
  discard(): void;
}

/**
 * Checks what stands at `outDir` (refusing a folder the build may not replace) and creates a fresh
 * staging folder beside it. `shown` is how messages name the output folder.
 */
export function openStaging(outDir: string, shown: string): Staging {
  const before = existingOutput(outDir);
  if (before.kind === 'foreign') throw refusal(shown, before.reason);
  let path: string;
  try {
    mkdirSync(dirname(outDir), { recursive: true });
    path = mkdtempSync(join(dirname(outDir), `.${basename(outDir)}.staging-${process.pid}-`));
  } catch (cause) {
    throw new BuildFailure(`cannot write the output folder ${shown}: ${writeFailureReason(cause)}; make it writable, or build elsewhere with --outDir <folder>.`);
  }
  let done = false;
  return {
    path,
    abandoned: abandonedStagings(outDir),
    publish(knownHashes) {
      // Looked at again: something may have been put there while the build ran.
      const now = existingOutput(outDir);
      if (now.kind === 'foreign') throw refusal(shown, now.reason);
      const old = `${path}.old`;
      // Taken before the swap: what the record will say this build published.
      const tree = treeDigest(path, knownHashes);
      if (now.kind !== 'absent') renameSync(outDir, old);
      try {
        renameSync(path, outDir);
      } catch (cause) {
        if (now.kind !== 'absent') renameSync(old, outDir);
        throw new BuildFailure(`cannot put the built site in place at ${shown}: ${writeFailureReason(cause)}; ${shown} is unchanged.`);
      }
      done = true;
      if (now.kind === 'link') unlinkSync(old);
      else if (now.kind === 'empty') rmdirSync(old);
      writeFileSync(publishRecordPath(outDir), `${JSON.stringify({ ...identity(outDir), tree } satisfies PublishRecord)}\n`);
      if (now.kind === 'previous-build' || now.kind === 'restored-build') removeInBackground([...leftRetired(outDir), retire(old, outDir)]);
      return { absent: 'nothing', link: 'a symbolic link (its target is untouched)', empty: 'an empty folder', 'previous-build': 'the previous build', 'restored-build': 'the previous build, restored' }[now.kind];
    },
    discard() {
      if (!done) rmSync(path, { recursive: true, force: true });
    },
  };
}

/** The file a retired build carries: its folder's identity, so a later build knows the folder is its own to delete. */
export const RETIRED_MARK = '.retired.json';

/**
 * Renames a replaced build to `.<name>.retired-<pid>-<hex>` beside `outDir` and marks it as the build's
 * own (RETIRED_MARK); returns its path.
 */
export function retire(old: string, outDir: string): string {
  const retired = join(dirname(outDir), `.${basename(outDir)}.retired-${process.pid}-${randomBytes(6).toString('hex')}`);
  renameSync(old, retired);
  writeFileSync(join(retired, RETIRED_MARK), `${JSON.stringify(identity(retired))}\n`);
  return retired;
}

/**
 * Retired builds beside `outDir` that are still there (their removal was stopped: a reboot, a kill) and
 * provably the build's own: the identity in their mark is the folder's. Anything else is left alone.
 */
export function leftRetired(outDir: string): string[] {
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(outDir))}\\.retired-\\d+-[0-9a-f]+$`);
  return readdirSync(dirname(outDir))
    .filter((name) => pattern.test(name))
    .map((name) => join(dirname(outDir), name))
    .filter((path) => {
      try {
        return sameFolder(JSON.parse(readFileSync(join(path, RETIRED_MARK), 'utf8')) as Partial<FolderIdentity>, identity(path));
      } catch {
        return false;
      }
    });
}

// Deletes the folders given as arguments; run as `node -e` in a process of its own.
const REMOVER = "const { rmSync } = require('node:fs'); for (const path of process.argv.slice(1)) rmSync(path, { recursive: true, force: true });";

/**
 * Deletes `paths` in a detached process the build does not wait for. Should it be stopped, the next
 * build finds what is left (leftRetired) and deletes it then. Without a process, deletes them here.
 */
function removeInBackground(paths: readonly string[]): void {
  try {
    // NODE_OPTIONS is the build's (a heap size, a profiler): not the remover's.
    const child = spawn(process.execPath, ['-e', REMOVER, ...paths], { detached: true, stdio: 'ignore', env: { ...process.env, NODE_OPTIONS: '' } });
    child.on('error', () => {
      // Not started after all: left for the next build, which finds the folders by their mark.
    });
    child.unref();
  } catch {
    for (const path of paths) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Staging folders beside `outDir` whose build process no longer runs (a `kill -9`): the build cannot
 * prove it created them, so it names them for the user to delete instead of deleting them.
 */
export function abandonedStagings(outDir: string): string[] {
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(outDir))}\\.staging-(\\d+)-[^.]+(?:\\.old)?$`);
  const names = readdirSync(dirname(outDir)).filter((name) => {
    const pid = pattern.exec(name)?.[1];
    return pid !== undefined && Number(pid) !== process.pid && !isRunning(Number(pid));
  });
  return names.sort();
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code === 'EPERM';
  }
}
