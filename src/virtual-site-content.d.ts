// Types of the virtual module the site integration provides (src/integrations/site-content-module.ts).
declare module 'virtual:watchman/site-content' {
  /** Path of the validated site (validated-site.json in the project's cache folder). */
  export const siteContentFile: string;
  /** Whether drafts are left out of the content collection (a build: yes; `astro dev`: no). */
  export const excludeDrafts: boolean;
  /** The validated site, read once. */
  export function siteContent(): import('./lib/build/site-content.ts').SiteContent;
}
