/**
 * `virtual:watchman/site-content`: the one channel from the site integration to the code Astro runs
 * in its own module graphs (src/content.config.ts and the pages), as Starlight hands its config to
 * pages. Its types are in src/virtual-site-content.d.ts.
 * The module does not inline the validated site: at 10,000 articles that is about 20 MB of JSON in
 * the bundle. It exports the path of the file (src/lib/build/site-content.ts) and reads it once,
 * when the first page asks; only the few draft files, which the content config needs, are inlined.
 */
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
}

/** The module's source. */
export function siteContentModuleCode({ file, draftFiles, edition, excludedFiles }: SiteContentModuleOptions): string {
  return [
    "import { readFileSync } from 'node:fs';",
    `export const siteContentFile = ${JSON.stringify(file)};`,
    `export const draftFiles = ${JSON.stringify(draftFiles)};`,
    `export const edition = ${JSON.stringify(edition ?? null)};`,
    `export const excludedFiles = ${JSON.stringify(excludedFiles ?? draftFiles)};`,
    'let content;',
    'export function siteContent() {',
    "  return (content ??= JSON.parse(readFileSync(siteContentFile, 'utf8')));",
    '}',
  ].join('\n');
}

/** The Vite plugin that answers for the module. */
export function siteContentModule(options: SiteContentModuleOptions): Plugin {
  return {
    name: 'watchman-site-content',
    resolveId: (id) => (id === SITE_CONTENT_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? siteContentModuleCode(options) : undefined),
  };
}

/** The module's resolved id, to invalidate it in `astro dev` when the content changed. */
export const SITE_CONTENT_MODULE_ID = RESOLVED;
