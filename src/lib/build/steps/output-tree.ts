/**
 * A fingerprint of a whole output folder (every path, size and byte), kept in the publish record so
 * that a copy of the build's output restored by a CI cache or a host (a new folder, so a new inode) is
 * still recognised as exactly what the build wrote, and nothing else is. Sizes are compared first, so
 * a folder that is not the build's costs a walk of its names, not a read of its files.
 */
import { hash, createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

export interface TreeDigest {
  files: number;
  bytes: number;
  /** sha256 of every path in order with its size and the hash of its bytes (bytesHash; a link: its target). */
  sha256: string;
}

interface Entry {
  path: string;
  size: number;
  link: boolean;
}

/** The hash of a file's bytes, as the fingerprint and the audit's memo take it. */
export function bytesHash(bytes: Uint8Array): string {
  return hash('sha256', bytes, 'base64url');
}

/** The folder's entries, sorted by path; links are not followed. */
function entries(dir: string): Entry[] {
  const out: Entry[] = [];
  const visit = (abs: string, rel: string): void => {
    for (const name of readdirSync(abs).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      const stats = lstatSync(join(abs, name));
      if (stats.isDirectory()) visit(join(abs, name), path);
      else out.push({ path, size: stats.size, link: stats.isSymbolicLink() });
    }
  };
  visit(dir, '');
  return out;
}

function digestOf(dir: string, list: readonly Entry[], known?: ReadonlyMap<string, string>): TreeDigest {
  const tree = createHash('sha256');
  let bytes = 0;
  for (const entry of list) {
    const abs = join(dir, entry.path);
    const content = entry.link ? `link:${readlinkSync(abs)}` : (known?.get(entry.path) ?? bytesHash(readFileSync(abs)));
    tree.update(`${entry.path}\u0000${entry.size}\u0000${content}\n`);
    bytes += entry.size;
  }
  return { files: list.length, bytes, sha256: tree.digest('hex') };
}

/**
 * The digest of everything in `dir`. `known`: hashes (bytesHash) of files by path, already taken by a
 * step that read them (the audit) after the last write to them, so they are not read twice.
 */
export function treeDigest(dir: string, known?: ReadonlyMap<string, string>): TreeDigest {
  return digestOf(dir, entries(dir), known);
}

/** Whether `dir` holds exactly the files, sizes and bytes `expected` was taken of. */
export function treeMatches(dir: string, expected: TreeDigest): boolean {
  const list = entries(dir);
  const bytes = list.reduce((sum, entry) => sum + entry.size, 0);
  if (list.length !== expected.files || bytes !== expected.bytes) return false;
  return digestOf(dir, list).sha256 === expected.sha256;
}

/** A value read from a record file is a digest (the record is a file anyone can edit). */
export function isTreeDigest(value: unknown): value is TreeDigest {
  const digest = value as Partial<TreeDigest> | null;
  return typeof digest === 'object' && digest !== null && Number.isSafeInteger(digest.files) && Number.isSafeInteger(digest.bytes) && typeof digest.sha256 === 'string' && /^[0-9a-f]{64}$/.test(digest.sha256);
}
