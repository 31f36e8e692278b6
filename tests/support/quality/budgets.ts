// Size budgets for the built site, gzipped (zlib level 9). 1 kB = 1,000 bytes.
// No looser than Starlight's size-limit budgets (gzipped: 7 kB per HTML page, 27 kB of JavaScript,
// 16.75 kB of CSS); ours are tighter where this site needs less.
export const KB = 1000;

export const BUDGETS = {
  /** One article page's HTML with the article text (the inner content of `<div class="prose">`) removed. */
  articleHtmlWithoutText: 7 * KB,
  /**
   * All site JavaScript, Pagefind's own files (`dist/pagefind/`) excluded, summed file by file. 10 kB until
   * issue 25 (passage results ranked and labelled, filter counts in passage mode, focus kept after "More
   * results", a verse box behind every reference: +0.6 kB on the search page, +0.3 kB of reading aids); still
   * well under Starlight's 27 kB, and no page loads more than ~8 kB of it.
   */
  javascriptTotal: 11 * KB,
  /** All site CSS: stylesheet files plus each distinct inline <style> block, summed. */
  cssTotal: 12 * KB,
} as const;
