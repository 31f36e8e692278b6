/**
 * What the audit found in each output file it read, remembered between builds so that an incremental
 * build scans only the files whose bytes changed (the content checks cost ~30× more than hashing the
 * file: measured 70 MB/s against 2 GB/s). Entries are keyed by a hash of the file's bytes, and the
 * whole memo by everything a file's findings depend on besides its bytes: the audit code (the
 * project's code version) and the drafts it looks for. Another key starts afresh; a file whose bytes
 * changed is read again. A file's modification time is never trusted: Astro restores the pages it
 * skips by copying them, so mtimes change while bytes do not (and bytes can change under an old mtime).
 * Site-wide checks (page counts, cards, og:image targets, draft picture names) never come from here.
 */
import { hash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { codeVersion } from '../../facts/cache.ts';
import type { DraftRun } from '../draft-text.ts';
export { bytesHash } from './output-tree.ts';

/** What one file holds, as far as the audit's per-file checks go. */
export interface FileFindings {
  /** Drafts whose address or id the file names (`undefined`: not looked for). */
  draftIds?: string[];
  /** Drafts whose text the file contains. */
  draftText?: string[];
  /** The file's og:image paths (article pages only). */
  ogImages?: string[];
}

export interface AuditMemo {
  key: string;
  /** Findings by hash of the file's bytes. */
  entries: Map<string, FileFindings>;
}

const FORMAT = 1;

/** The memo's key: the audit code and the drafts the per-file checks look for. */
export function auditMemoKey(input: { draftIds: readonly string[]; draftRuns?: readonly DraftRun[] | undefined }, code = codeVersion()): string {
  const runs = (input.draftRuns ?? []).map((run) => `${run.draftId}\u0000${run.words.join(' ')}`).sort();
  return hash('sha256', JSON.stringify([FORMAT, code, [...input.draftIds].sort(), runs]), 'base64url');
}

/** The memo file of one edition's audit, in the project's cache folder. */
export function auditMemoPath(cacheFolder: string, lang: string): string {
  return join(cacheFolder, 'audit', `${lang.replace(/[^a-zA-Z0-9-]/g, '_')}.json`);
}

/** The memo saved under `key`, or an empty one (no file, another key, or a file that is not ours). */
export function loadAuditMemo(file: string, key: string): AuditMemo {
  const empty = { key, entries: new Map<string, FileFindings>() };
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; key?: unknown; entries?: unknown };
    if (saved.format !== FORMAT || saved.key !== key || typeof saved.entries !== 'object' || saved.entries === null) return empty;
    for (const [digest, findings] of Object.entries(saved.entries)) if (isFindings(findings)) empty.entries.set(digest, findings);
  } catch {
    // A missing or damaged memo only means every file is read again.
  }
  return empty;
}

/** Writes the memo (written beside, then renamed: a build killed half-way leaves the old one). */
export function saveAuditMemo(file: string, memo: AuditMemo): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify({ format: FORMAT, key: memo.key, entries: Object.fromEntries(memo.entries) }));
  renameSync(partial, file);
}

function isFindings(value: unknown): value is FileFindings {
  if (typeof value !== 'object' || value === null) return false;
  const lists = value as Record<string, unknown>;
  return ['draftIds', 'draftText', 'ogImages'].every((name) => lists[name] === undefined || (Array.isArray(lists[name]) && (lists[name] as unknown[]).every((item) => typeof item === 'string')));
}
