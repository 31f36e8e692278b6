/**
 * `virtual:watchman/site-content`: the one channel from the site integration to the code Astro runs
 * in its own module graphs (src/content.config.ts and the pages), as Starlight hands its config to
 * pages. Its types are in src/virtual-site-content.d.ts.
 * The module does not inline the validated site: at 10,000 articles that is about 20 MB of JSON in
 * the bundle. It exports the path of the file (src/lib/build/site-content.ts) and reads it once,
 * when the first page asks. Its code is the same in every build of a project: Astro's incremental build
 * hashes every module a page imports, so the lists of files left out (drafts, other editions'
 * articles), which change with a draft toggle, are read from a file of their own (`listsFile`) instead
 * of inlined; otherwise one draft toggle would re-render every page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Plugin } from 'vite';

export const SITE_CONTENT_MODULE = 'virtual:watchman/site-content';
const RESOLVED = `\0${SITE_CONTENT_MODULE}`;

export interface SiteContentModuleOptions {
  /** The validated site's file. */
  file: string;
  /** Draft files the content collection leaves out (a build's; none in `astro dev`, where a change shows at once). */
  draftFiles: readonly string[];
  /** The edition this Astro run renders (its language tag); the default edition when not given. */
  edition?: string;
  /** Every article file this run's content collection leaves out: drafts and other editions' articles (default: the drafts). */
  excludedFiles?: readonly string[];
  /** The project root (the one whose content/ is built): body pictures are read from it (src/data/entry-pictures.ts). */
  root?: string;
  /** Where the two lists are written for the module to read (default: beside `file`, one per edition). */
  listsFile?: string;
}

/** The file the module reads its lists of files from. */
export const listsFileOf = ({ file, edition, listsFile }: SiteContentModuleOptions): string => listsFile ?? `${file}.${edition ?? 'default'}.files.json`;

/** Writes the lists the module reads (draft files, files left out), before Astro loads the module. */
export function writeModuleLists(options: SiteContentModuleOptions): void {
  const path = listsFileOf(options);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify({ draftFiles: options.draftFiles, excludedFiles: options.excludedFiles ?? options.draftFiles }));
}

/** The module's source. */
export function siteContentModuleCode(options: SiteContentModuleOptions): string {
  return [
    "import { readFileSync } from 'node:fs';",
    `export const siteContentFile = ${JSON.stringify(options.file)};`,
    `export const edition = ${JSON.stringify(options.edition ?? null)};`,
    `export const projectRoot = ${JSON.stringify(options.root ?? process.cwd())};`,
    `const lists = JSON.parse(readFileSync(${JSON.stringify(listsFileOf(options))}, 'utf8'));`,
    'export const draftFiles = lists.draftFiles;',
    'export const excludedFiles = lists.excludedFiles;',
    'let content;',
    'export function siteContent() {',
    "  return (content ??= JSON.parse(readFileSync(siteContentFile, 'utf8')));",
    '}',
  ].join('\n');
}

/** The Vite plugin that answers for the module (its lists written first). */
export function siteContentModule(options: SiteContentModuleOptions): Plugin {
  writeModuleLists(options);
  return {
    name: 'watchman-site-content',
    resolveId: (id) => (id === SITE_CONTENT_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? siteContentModuleCode(options) : undefined),
  };
}

/** The module's resolved id, to invalidate it in `astro dev` when the content changed. */
export const SITE_CONTENT_MODULE_ID = RESOLVED;
