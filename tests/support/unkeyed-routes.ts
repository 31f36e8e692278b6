/**
 * The routes under src/pages without parameters: no getStaticPaths, so no cacheKey for Astro's incremental
 * build; each is one cheap page per edition, rendered by every build. One list for the unit test that every
 * other route keys its paths (tests/unit/build/route-keys.test.ts) and the build test that a rebuild without
 * changes renders only these (tests/build/incremental.test.ts).
 */
export const UNKEYED_ROUTES: Readonly<Record<string, string>> = {
  'index.astro': 'the home page: the newest articles',
  '404.astro': 'fixed words',
  'about.astro': 'the editorial standards, from the site config',
  'search.astro': 'fixed words and the search script',
  'archive/index.astro': 'one line per year',
  'authors/index.astro': 'one line per author',
  'people/index.astro': 'one line per person quoted',
  'series/index.astro': 'one line per series',
  'sources/index.astro': 'one line per source',
  'topics/index.astro': 'one line per topic',
  'rss.xml.ts': 'the main feed: the full text of the newest site.feedSize articles',
  'updates/rss.xml.ts': 'the newest site.feedSize updates',
  'robots.txt.ts': 'a few lines naming the sitemaps',
};

/** The file a route under src/pages writes (format "directory"): `about.astro` → `/about/index.html`, `rss.xml.ts` → `/rss.xml`. */
export function outputPathOf(route: string): string {
  if (route.endsWith('.ts')) return `/${route.slice(0, -'.ts'.length)}`;
  const page = route.slice(0, -'.astro'.length);
  if (page === '404') return '/404.html';
  return page === 'index' || page.endsWith('/index') ? `/${page}.html` : `/${page}/index.html`;
}
