/**
 * Pipeline step 5, audit: every published article has exactly one page, one og:image that is in the
 * output (its lead image, or else its drawn card) and one search entry, and no draft (its id, pictures
 * or text) appears anywhere. The one place that counts article pages.
 * In proportion to the change: the counts, cards, og:image targets and file names are checked in full
 * every build, but a file whose bytes the previous audit already scanned under the same drafts and code
 * is not scanned again (audit-memo.ts).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DraftRun } from '../draft-text.ts';
import type { AuditMemo } from './audit-memo.ts';
import { FindingsReader, type FileScan, type ScanInit, type ScanRequest, type Want } from './audit-scan.ts';
import { terminalSafe } from '../../text/terminal.ts';
import { mapInWorkers, threadUseNote, type PoolOptions, type ThreadUse } from '../../parallel/pool.ts';

export { ogImagePaths } from './audit-scan.ts';

const AUDIT_WORKER = new URL('./audit-worker.ts', import.meta.url);

export interface AuditInput {
  publishedIds: readonly string[];
  draftIds: readonly string[];
  /** Picture names (without extension) used by drafts: no output file may carry one. */
  draftAssets?: readonly string[];
  /** Runs of words from draft bodies that no published article contains (draft-text.ts): none may appear. */
  draftRuns?: readonly DraftRun[];
  /** Pages the search index holds (from Pagefind's entry file); checked when given. */
  searchIndexedPages?: number;
  /**
   * Articles given a drawn Open Graph card (those without a lead image). When given, og/ must hold
   * exactly their cards, and every article page one og:image that is in the output: its card, or
   * for an article with a lead image, that picture.
   */
  ogCardIds?: readonly string[];
  /**
   * Editions: the folder of the whole site, when `distDir` is one edition's folder inside it
   * (`<site>/de/`): og:image paths (`/de/og/a.png`) are looked up from here. Default `distDir`.
   */
  siteDir?: string;
  /** Folders of `distDir` that hold other editions (`de`), audited on their own: not read here. */
  otherEditionFolders?: readonly string[];
}

/** Ids of the article pages in a built site: folders of /articles/ that hold an index.html. */
export function articlePageIds(distDir: string): string[] {
  const articlesDir = join(distDir, 'articles');
  if (!existsSync(articlesDir)) return [];
  return readdirSync(articlesDir).filter((name) => existsSync(join(articlesDir, name, 'index.html')));
}

/** What an audit found, and how much of the output it had to read. */
export interface AuditResult {
  /** One sentence per mismatch; empty when the output is complete. */
  failures: string[];
  /** Files whose content checks ran (new or changed bytes since the memo's build, or no memo). */
  filesRead: number;
  /** Files whose findings came from the memo (bytes hashed, unchanged). */
  filesRemembered: number;
  /** The memo for the next build: the findings of exactly the files of this output. */
  memo: AuditMemo;
  /** The hash (bytesHash) of each file it read, by path in `distDir`: the publish record's fingerprint reuses them. */
  hashes: Map<string, string>;
  /** Files scanned on worker threads, on how many, and how many threads failed (auditOutputInParallel only). */
  threads?: ThreadUse;
}

/** Returns one sentence per mismatch; an empty list means the output is complete. */
export function auditBuild(distDir: string, input: AuditInput): string[] {
  return auditOutput(distDir, input).failures;
}

/**
 * The audit, reading again only the files whose bytes are not in `memo` (auditMemoKey() must be its
 * key for these drafts). Counts, cards, og:image targets and file names are checked in full every time.
 */
export function auditOutput(distDir: string, input: AuditInput, memo?: AuditMemo): AuditResult {
  return auditListed(distDir, input, memo, listOutput(distDir, input));
}

/**
 * The same audit, with the files it must read scanned on worker threads first (../../parallel/pool.ts):
 * each file's findings are a function of its bytes, so the result is auditOutput's.
 */
export async function auditOutputInParallel(distDir: string, input: AuditInput, memo?: AuditMemo, options: PoolOptions = {}): Promise<AuditResult> {
  const listing = listOutput(distDir, input);
  const requests = scanRequests(listing, input);
  const init: ScanInit = { distDir, draftIds: [...input.draftIds], draftRuns: [...(input.draftRuns ?? [])], memo: memo?.entries ?? new Map() };
  const { results, threads, failed } = await mapInWorkers<ScanRequest, FileScan>(requests, AUDIT_WORKER, init, options);
  const scans = new Map<string, FileScan>();
  results.forEach((scan, index) => scan && scans.set(requests[index]!.file, scan));
  return { ...auditListed(distDir, input, memo, listing, scans), threads: { files: scans.size, threads, failed } };
}

/** The article pages and the files of an edition's output (other editions' folders left out). */
interface OutputListing {
  pages: string[];
  files: string[];
}

function listOutput(distDir: string, input: AuditInput): OutputListing {
  const skipped = new Set(input.otherEditionFolders ?? []);
  return { pages: articlePageIds(distDir), files: listFiles(distDir).filter((file) => !skipped.has(file.split('/')[0]!)) };
}

/** The files whose findings the audit asks for, with what it asks of each: what workers scan ahead. */
function scanRequests({ pages, files }: OutputListing, input: AuditInput): ScanRequest[] {
  const wants = new Map<string, Want>();
  if (input.ogCardIds) for (const id of pages) wants.set(`articles/${id}/index.html`, { ogImages: true });
  if (input.draftIds.length) for (const file of draftScanned(files)) wants.set(file, { ...wants.get(file), drafts: true });
  return [...wants].map(([file, want]) => ({ file, want }));
}

/** The output files the draft checks read: every text file (HTML, XML, JSON, text, scripts) not in a nested `/pagefind/` folder. */
function draftScanned(files: readonly string[]): string[] {
  return files.filter((file) => /\.(html|xml|json|txt|js)$/.test(file) && !file.includes('/pagefind/'));
}

function auditListed(distDir: string, input: AuditInput, memo: AuditMemo | undefined, { pages, files }: OutputListing, scans?: ReadonlyMap<string, FileScan>): AuditResult {
  const failures: string[] = [];
  const pageSet = new Set(pages);
  const expected = new Set(input.publishedIds);
  for (const id of expected) if (!pageSet.has(id)) failures.push(`article "${id}" has no page at /articles/${id}/`);
  for (const id of pageSet) if (!expected.has(id)) failures.push(`/articles/${id}/ was built but is not a published article`);
  if (pages.length !== expected.size) failures.push(`${expected.size} published articles but ${pages.length} article pages`);
  if (input.searchIndexedPages !== undefined && input.searchIndexedPages !== pages.length) {
    failures.push(
      `the search index holds ${input.searchIndexedPages} pages but the site has ${pages.length} article pages ` +
        '(every article page must carry data-pagefind-body, src/layouts/ArticleLayout.astro, and no other page may)',
    );
  }

  const maps = files.filter((file) => file.endsWith('.map'));
  if (maps.length) failures.push(`source maps shipped: ${maps.slice(0, 5).join(', ')}`);
  // A draft's picture would be published as _astro/<name>.<hash>.<ext>: no file may carry its name.
  for (const name of input.draftAssets ?? []) {
    for (const file of files) if (file.split('/').pop()!.startsWith(`${name}.`)) failures.push(`a picture of a draft (${name}) was published as ${file}`);
  }

  const reader = new FindingsReader(distDir, input, memo, scans);
  if (input.ogCardIds) failures.push(...auditOgImages(distDir, pages, expected, new Set(input.ogCardIds), input.siteDir ?? distDir, reader));
  if (input.draftIds.length) {
    for (const file of draftScanned(files)) {
      const found = reader.findings(file, { drafts: true });
      for (const id of found.draftIds ?? []) failures.push(`draft "${id}" appears in ${file}`);
      for (const id of found.draftText ?? []) failures.push(`text of draft "${id}" appears in ${file}`);
    }
  }
  return { failures, filesRead: reader.read, filesRemembered: reader.remembered, memo: reader.next, hashes: reader.hashes };
}

/** The `[audit]` log line of a build whose audit passed. */
export function auditLogLine(input: { articlePages: number; ogCards: number; searchEntries: number; filesRead?: number; filesRemembered?: number; threads?: ThreadUse; ms: number }): string {
  const leadImages = input.articlePages - input.ogCards;
  const og = leadImages > 0 ? `${input.ogCards} Open Graph cards and ${leadImages} lead ${leadImages === 1 ? 'image' : 'images'} as og:image` : `${input.ogCards} Open Graph cards`;
  const files = input.filesRead === undefined ? '' : `, ${input.filesRead} files read, ${input.filesRemembered ?? 0} unchanged since the last audit${threadUseNote(input.threads)}`;
  return `audit: ${input.articlePages} article pages, no drafts in the output, ${og}, ${input.searchEntries} search entries${files} (${input.ms} ms)`;
}

/** og/ holds `<id>.png` for each article in `cardIds` and nothing else; each article page has one og:image, in the output. */
function auditOgImages(distDir: string, pages: readonly string[], publishedIds: ReadonlySet<string>, cardIds: ReadonlySet<string>, siteDir: string, reader: FindingsReader): string[] {
  const failures: string[] = [];
  const ogDir = join(distDir, 'og');
  const files = existsSync(ogDir) ? readdirSync(ogDir) : [];
  const cards = new Set(files.filter((name) => name.endsWith('.png')).map((name) => name.slice(0, -'.png'.length)));
  let missing = 0;
  for (const id of cardIds) if (!cards.has(id)) missing++;
  if (missing) failures.push(`${missing} published ${missing === 1 ? 'article has' : 'articles have'} no Open Graph card in og/ (${cardIds.size} articles need one, ${cards.size} cards)`);
  for (const name of files) {
    const id = name.endsWith('.png') ? name.slice(0, -'.png'.length) : undefined;
    if (id !== undefined && cardIds.has(id)) continue;
    failures.push(id !== undefined && publishedIds.has(id) ? `og/${name} was drawn for an article whose og:image is its lead image` : `og/${name} is not the card of a published article`);
  }
  for (const id of pages) {
    const images = reader.findings(`articles/${id}/index.html`, { ogImages: true }).ogImages!;
    // The card's address from the site's root: `/og/a.png`, or `/de/og/a.png` for an edition in a folder.
    const folder = distDir === siteDir ? '' : `/${relative(siteDir, distDir).split(sep).join('/')}`;
    const card = `${folder}/og/${id}.png`;
    if (images.length !== 1) failures.push(`/articles/${id}/ has ${images.length} og:image tags, not one`);
    else if (!isFile(join(siteDir, images[0]!))) failures.push(`/articles/${id}/ has og:image ${images[0]}, which is not in the built site`);
    else if (cardIds.has(id) !== (images[0] === card)) failures.push(`/articles/${id}/ has og:image ${images[0]}, but ${cardIds.has(id) ? `its card is ${card}` : 'it has a lead image and no card'}`);
  }
  return failures;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, entry.name);
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    // A link is followed as before (statSync); plain entries need no second system call.
    if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(abs).isDirectory())) out.push(...listFiles(abs, rel));
    else out.push(rel);
  }
  return out;
}

// Where a failure sentence names an article: `article "a"`, `draft "a"`, `/articles/a/` or `og/a.png`.
const NAMED_ARTICLE = /(?:article|draft) "([^"]+)"|\/articles\/([^/\s]+)\/|og\/([^/\s]+)\.png/g;

/**
 * The message of a failed audit: each mismatch with the built file it is about and, when it names a
 * published article, that article's source file; then why nothing was published and where to look.
 */
export function auditFailureMessage(failures: readonly string[], articleFiles: Readonly<Record<string, string>>): string {
  const lines = failures.map((failure) => {
    const files = new Set<string>();
    for (const match of failure.matchAll(NAMED_ARTICLE)) {
      const file = articleFiles[match[1] ?? match[2] ?? match[3]!];
      if (file) files.add(file);
    }
    return `  - ${terminalSafe(failure)}${files.size ? `  (source: ${[...files].map(terminalSafe).join(', ')})` : ''}`;
  });
  return [
    `The built site failed its audit (${failures.length} ${failures.length === 1 ? 'problem' : 'problems'}); nothing was published, the output folder is as it was before this build:`,
    ...lines,
    'The content passed validation, so each problem above is in what the site code (src/, astro.config.mjs) made of the files named: fix the code or report it with these lines.',
  ].join('\n');
}
