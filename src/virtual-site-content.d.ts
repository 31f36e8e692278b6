// Types of the virtual module the site integration provides (src/integrations/site-content-module.ts).
declare module 'virtual:watchman/site-content' {
  /** Path of the validated site (validated-site.json in the project's cache folder). */
  export const siteContentFile: string;
  /** Project-relative draft files the content collection leaves out (in a build; none in `astro dev`). */
  export const draftFiles: readonly string[];
  /** The validated site, read once. */
  export function siteContent(): import('./lib/build/site-content.ts').SiteContent;
}
