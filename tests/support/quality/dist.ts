// Walking a built site: its files, and the URL path each HTML file is served at.
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Files under `dir` (relative paths with `/`), sorted; `filter` sees the relative path. */
export function listFiles(dir: string, filter: (relative: string) => boolean = () => true): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const relative = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(relative);
      else if (filter(relative)) out.push(relative);
    }
  };
  walk('');
  return out.sort().map((p) => p.split(sep).join('/'));
}

export function htmlFiles(dir: string): string[] {
  return listFiles(dir, (p) => p.endsWith('.html'));
}

/** `articles/x/index.html` → `/articles/x/`; `404.html` → `/404.html`. */
export function urlPathOf(relativeFile: string): string {
  if (relativeFile === 'index.html') return '/';
  if (relativeFile.endsWith('/index.html')) return `/${relativeFile.slice(0, -'index.html'.length)}`;
  return `/${relativeFile}`;
}

/** The paths (with query) of the `<loc>` URLs in a sitemap, the origin dropped. */
export function sitemapPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => {
    const url = new URL(m[1]!.replace(/&amp;/g, '&'));
    return url.pathname + url.search;
  });
}
