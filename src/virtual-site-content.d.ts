// Types of the virtual module the site integration provides (src/integrations/site-content-module.ts).
declare module 'virtual:watchman/site-content' {
  /** Path of the validated site (validated-site.json in the project's cache folder). */
  export const siteContentFile: string;
  /** Project-relative draft files the content collection leaves out (in a build; none in `astro dev`). */
  export const draftFiles: readonly string[];
  /** The edition this Astro run renders (WATCHMAN_EDITION), or null for the default edition. */
  export const edition: import('./lib/editions/config.ts').EditionLang | null;
  /** Project-relative article files this run's content collection leaves out: drafts (in a build) and other editions' articles. */
  export const excludedFiles: readonly string[];
  /** The project root whose content/ this run builds (absolute). */
  export const projectRoot: string;
  /** The validated site, read once. */
  export function siteContent(): import('./lib/build/site-content.ts').SiteContent;
}
