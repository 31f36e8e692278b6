/**
 * How many pages Astro builds at once (`build.concurrency` in astro.config.mjs). In a rebuild most
 * pages are kept, and Astro copies each kept page from its incremental cache with a file system call
 * it awaits; in a cold build it awaits each page's write. Several pages at once overlap those waits
 * with the rendering of the next pages (docs/performance.md, "Pages built four at a time").
 *
 * One at a time where the site trusts MDX: author code then runs while a page renders and can loop
 * forever, and the per-page time limit (steps/render.ts) can name the page that hangs only when pages
 * render one after another. Without trusted MDX no author code runs while pages render.
 */
export const CONCURRENT_PAGES = 4;

/** Astro's `build.concurrency` for a site that does (`trustedMdx`) or does not trust its MDX. */
export function pageConcurrency(trustedMdx: boolean): number {
  return trustedMdx ? 1 : CONCURRENT_PAGES;
}
