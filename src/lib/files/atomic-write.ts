/**
 * Writes a set of files all together or not at all, for the authoring tools (`new`, `import`).
 * A tool that fails half-way (a full disk, a permission error, a file that turned out to exist)
 * must leave the tree as it was: every file is first written beside its target under a temporary
 * name, then moved into place; any failure removes what was written and restores what was there.
 * Targets must stay inside an allowed folder, and no symbolic link is followed out of it.
 */
import * as nodeFs from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

export interface FileToWrite {
  /** Absolute path of the file to write. */
  path: string;
  text: string;
  /** This file's allowed folder, when it differs from the call's `within`. */
  within?: string;
}

/** The file-system calls the writer makes; tests pass a version that fails at any step. */
export interface WriteFs {
  lstatSync(path: string): { isSymbolicLink(): boolean; isFile(): boolean };
  realpathSync(path: string): string;
  mkdirSync(path: string, options: { recursive: true }): unknown;
  writeFileSync(path: string, text: string, options: { flag: 'wx' }): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  rmdirSync(path: string): void;
}

/** A file the tools refuse to write, with the reason and the fix. */
export class UnsafeWriteError extends Error {
  readonly path: string;
  readonly fix: string;
  constructor(path: string, message: string, fix: string) {
    super(message);
    this.name = 'UnsafeWriteError';
    this.path = path;
    this.fix = fix;
  }
}

export interface WriteOptions {
  /** Every target must be inside this folder (after resolving symbolic links in its parents). */
  within: string;
  /** Replace files that exist (`--force`); otherwise an existing target is refused. */
  overwrite?: boolean;
  fs?: WriteFs;
}

/**
 * Writes every file or none. Throws UnsafeWriteError before touching anything when a target is
 * outside `within`, is a symbolic link, is not a regular file, or exists without `overwrite`.
 */
export function writeFilesAtomically(files: readonly FileToWrite[], options: WriteOptions): void {
  const fs = options.fs ?? (nodeFs as unknown as WriteFs);
  for (const file of files) checkTarget(fs, file.path, { ...options, within: file.within ?? options.within });

  const createdDirs: string[] = [];
  const temps: string[] = [];
  const moved: { target: string; backup?: string }[] = [];
  try {
    for (const file of files) {
      for (const dir of missingDirs(fs, dirname(file.path))) {
        fs.mkdirSync(dir, { recursive: true });
        createdDirs.push(dir);
      }
      const temp = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.tmp`);
      temps.push(temp);
      // 'wx': never write through a link or over a file someone else just created.
      fs.writeFileSync(temp, file.text, { flag: 'wx' });
    }
    files.forEach((file, index) => {
      const entry: { target: string; backup?: string } = { target: file.path };
      if (exists(fs, file.path)) {
        entry.backup = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.bak`);
        fs.renameSync(file.path, entry.backup);
      }
      moved.push(entry);
      fs.renameSync(temps[index]!, file.path);
      temps[index] = '';
    });
  } catch (error) {
    // Undo in reverse order: new files removed, replaced files restored, temporary files and new folders removed.
    for (const entry of moved.reverse()) {
      // Whatever stands at the target now was written by this call (the original, if any, is the backup).
      quietly(() => {
        if (exists(fs, entry.target)) fs.unlinkSync(entry.target);
      });
      if (entry.backup) quietly(() => fs.renameSync(entry.backup!, entry.target));
    }
    for (const temp of temps) if (temp) quietly(() => fs.unlinkSync(temp));
    for (const dir of createdDirs.reverse()) quietly(() => fs.rmdirSync(dir));
    throw error;
  }
  for (const entry of moved) if (entry.backup) quietly(() => fs.unlinkSync(entry.backup!));
}

function checkTarget(fs: WriteFs, path: string, options: WriteOptions): void {
  if (!isAbsolute(path)) throw new Error(`writeFilesAtomically needs absolute paths, got ${path}`);
  const within = realOrSelf(fs, options.within);
  // The nearest existing parent, with its links resolved, must be inside the allowed folder.
  let parent = dirname(path);
  while (!exists(fs, parent) && dirname(parent) !== parent) parent = dirname(parent);
  const realParent = fs.realpathSync(parent);
  const rest = relative(parent, dirname(path));
  if (!isInside(within, join(realParent, rest))) {
    throw new UnsafeWriteError(path, `refusing to write ${path}: it is outside ${options.within}${realParent !== parent ? ` (a symbolic link leads to ${realParent})` : ''}`, `write inside ${options.within}, or replace the symbolic link with a real folder`);
  }
  let stat: ReturnType<WriteFs['lstatSync']> | undefined;
  try {
    stat = fs.lstatSync(path);
  } catch {
    stat = undefined;
  }
  if (!stat) return;
  if (stat.isSymbolicLink()) {
    throw new UnsafeWriteError(path, `refusing to write ${path}: it is a symbolic link, and writing would change the file it points to`, 'remove the link, or choose another file name');
  }
  if (!stat.isFile()) throw new UnsafeWriteError(path, `refusing to write ${path}: it exists and is not a regular file`, 'choose another file name');
  if (!options.overwrite) throw new UnsafeWriteError(path, `not overwriting ${path}: it already exists`, 'use --force to replace it, or choose another file name');
}

function missingDirs(fs: WriteFs, dir: string): string[] {
  const missing: string[] = [];
  while (!exists(fs, dir) && dirname(dir) !== dir) {
    missing.unshift(dir);
    dir = dirname(dir);
  }
  return missing;
}

function exists(fs: WriteFs, path: string): boolean {
  try {
    fs.lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function realOrSelf(fs: WriteFs, path: string): string {
  try {
    return fs.realpathSync(path);
  } catch {
    return path;
  }
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf(sep) + 1);
}

function quietly(step: () => void): void {
  try {
    step();
  } catch {
    // Best effort while undoing: the original error is the one reported.
  }
}
