/**
 * The `lastmod` of a page that is not an article or a dated list (src/lib/sitemap/lastmod.ts): the
 * newest date of what it shows. A scripture chapter page shows the articles citing it, a person's
 * page the articles quoting them, an index (/scripture/, /people/, /topics/) its own sub-pages: each
 * takes the newest date among the articles and the pages below it that it links to in its <main>.
 * Links upward (breadcrumbs) and sideways (the header) never count, so no page borrows a date
 * from a page that does not show it. A page that shows nothing dated keeps no date.
 */

const MAIN = /<main\b[^>]*>([\s\S]*?)<\/main>/i;
const HREF = /\bhref\s*=\s*"([^"]*)"/gi;

/** The root-relative page paths a page links to in its <main> (the whole document when it has none), without query or fragment. */
export function pathsShown(html: string): string[] {
  const main = MAIN.exec(html)?.[1] ?? html;
  const paths = new Set<string>();
  for (const [, href] of main.matchAll(HREF)) {
    if (!href!.startsWith('/') || href!.startsWith('//')) continue;
    const path = href!.replace(/[?#].*$/, '');
    if (path.endsWith('/')) paths.add(path);
  }
  return [...paths];
}

/**
 * The dates of the pages in `shown` (page path → the paths it links to) that `known` does not date:
 * the newest known or worked-out date among the items it links to (`isItem`: an article page) and the
 * pages below its own path. Pages with nothing dated to show are left out.
 */
export function datesOfShownPages(shown: ReadonlyMap<string, readonly string[]>, known: ReadonlyMap<string, string>, isItem: (path: string) => boolean): Map<string, string> {
  const dates = new Map<string, string>();
  const done = new Set<string>();
  const dateOf = (page: string): string | undefined => {
    const day = known.get(page);
    if (day !== undefined || done.has(page)) return day ?? dates.get(page);
    done.add(page);
    let newest: string | undefined;
    for (const link of shown.get(page) ?? []) {
      // A page below this one has a longer path, so the walk always ends.
      if (link === page || !(isItem(link) || link.startsWith(page))) continue;
      const linked = dateOf(link);
      if (linked !== undefined && (newest === undefined || linked > newest)) newest = linked;
    }
    if (newest !== undefined) dates.set(page, newest);
    return newest;
  };
  for (const page of shown.keys()) dateOf(page);
  return dates;
}
