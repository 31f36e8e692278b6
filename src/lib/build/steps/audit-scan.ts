/**
 * The audit's per-file checks (audit.ts): what one output file holds (the drafts it names or quotes,
 * its og:image paths), found from its bytes, remembered by their hash (audit-memo.ts), and scanned
 * ahead on worker threads (audit-worker.ts) when the build audits in parallel.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftTextFinder, visibleText, type DraftRun } from '../draft-text.ts';
import type { AuditMemo, FileFindings } from './audit-memo.ts';
import { bytesHash } from './output-tree.ts';

/** What the audit asks of one file: the draft checks, its og:image paths, or both. */
export interface Want {
  drafts?: boolean;
  ogImages?: boolean;
}

/** A file a worker scans ahead, and what it sends back: the hash of its bytes and the findings the memo lacked. */
export interface ScanRequest {
  file: string;
  want: Want;
}
export interface FileScan {
  digest: string;
  found: FileFindings;
}

/** What every scanning worker is given first: the output folder, the drafts and the memo of the last audit. */
export interface ScanInit {
  distDir: string;
  draftIds: string[];
  draftRuns: DraftRun[];
  memo: ReadonlyMap<string, FileFindings>;
}

/** The worker's function (audit-worker.ts): reads and hashes a file, and finds what the memo does not know of it. */
export function fileScanner(init: ScanInit): (request: ScanRequest) => FileScan {
  const finder = findingsFinder(init.draftIds, init.draftRuns);
  return ({ file, want }) => {
    const bytes = readFileSync(join(init.distDir, file));
    const digest = bytesHash(bytes);
    return { digest, found: finder(bytes, want, init.memo.get(digest) ?? {}) };
  };
}

/** The findings of a file's bytes that `known` lacks of those wanted (none when it covers them). */
function findingsFinder(draftIds: readonly string[], draftRuns: readonly DraftRun[]): (bytes: Buffer, want: Want, known: FileFindings) => FileFindings {
  const drafts = new Set(draftIds);
  const draftTextIn = draftRuns.length ? draftTextFinder(draftRuns) : undefined;
  // One pass per file: collect every article link and quoted token, then look the drafts up,
  // so the cost grows with the output, not with drafts times files.
  const draftFindings = (text: string): FileFindings => {
    const found = new Set<string>();
    for (const match of text.matchAll(/\/articles\/([^/"'\s<>]+)\//g)) if (drafts.has(match[1]!)) found.add(match[1]!);
    for (const match of text.matchAll(/"([^"\s<>]{1,200})"/g)) if (drafts.has(match[1]!)) found.add(match[1]!);
    return { draftIds: [...found], draftText: draftTextIn?.(visibleText(text)) ?? [] };
  };
  return (bytes, want, known) => {
    if (covers(known, want)) return {};
    const text = bytes.toString('utf8');
    return { ...(want.drafts && !known.draftIds ? draftFindings(text) : {}), ...(want.ogImages && !known.ogImages ? { ogImages: ogImagePaths(text) } : {}) };
  };
}

/** Reads a file's findings, from the memo when its bytes are known there, or from a worker's scan. */
export class FindingsReader {
  read = 0;
  remembered = 0;
  readonly next: AuditMemo;
  readonly hashes = new Map<string, string>();
  private readonly find: (bytes: Buffer, want: Want, known: FileFindings) => FileFindings;
  private readonly byFile = new Map<string, FileFindings>();
  private readonly distDir: string;
  private readonly memo: AuditMemo | undefined;
  private readonly scans: ReadonlyMap<string, FileScan> | undefined;

  constructor(distDir: string, input: { draftIds: readonly string[]; draftRuns?: readonly DraftRun[] | undefined }, memo: AuditMemo | undefined, scans?: ReadonlyMap<string, FileScan>) {
    this.distDir = distDir;
    this.memo = memo;
    this.scans = scans;
    this.next = { key: memo?.key ?? '', entries: new Map() };
    this.find = findingsFinder(input.draftIds, input.draftRuns ?? []);
  }

  /** The findings asked for (draft checks, the og:image paths) of one output file. */
  findings(file: string, want: Want): FileFindings {
    const seen = this.byFile.get(file);
    if (seen && covers(seen, want)) return seen;
    // A worker's scan stands for reading the file when it looked for at least what is wanted now.
    const scan = this.scans?.get(file);
    const bytes = scan ? undefined : readFileSync(join(this.distDir, file));
    const digest = scan?.digest ?? bytesHash(bytes!);
    this.hashes.set(file, digest);
    const known = { ...this.memo?.entries.get(digest), ...this.next.entries.get(digest), ...seen };
    if (covers(known, want)) {
      if (!seen) this.remembered++;
    } else {
      if (!seen) this.read++;
      const found = scan && covers({ ...known, ...scan.found }, want) ? scan.found : this.find(bytes ?? readFileSync(join(this.distDir, file)), want, known);
      Object.assign(known, found);
    }
    this.byFile.set(file, known);
    this.next.entries.set(digest, known);
    return known;
  }
}

export function covers(findings: FileFindings, want: Want): boolean {
  return (!want.drafts || findings.draftIds !== undefined) && (!want.ogImages || findings.ogImages !== undefined);
}

/** The paths (`/og/a.png`) of a page's `<meta property="og:image">` tags. */
export function ogImagePaths(html: string): string[] {
  const paths: string[] = [];
  for (const [tag] of html.matchAll(/<meta\s[^>]*property="og:image"[^>]*>/g)) {
    const content = /\scontent="([^"]*)"/.exec(tag)?.[1]?.replaceAll('&amp;', '&') ?? '';
    let path = content;
    try {
      path = decodeURIComponent(new URL(content, 'https://site.invalid/').pathname);
    } catch {
      // An address that cannot be read is reported as not in the built site.
    }
    paths.push(path);
  }
  return paths;
}
