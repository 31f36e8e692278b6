/** Where content lives and how a file becomes an id: one definition for the loader, the checker and the audit. */

export const ARTICLES_DIR = 'content/articles';
export const AUTHORS_DIR = 'content/authors';
/** Optional files on people quoted (name, aliases, description): `content/people/<slug>.md`. */
export const PEOPLE_DIR = 'content/people';
export const ARTICLE_PATTERN = '**/*.{md,mdx}';
export const AUTHOR_PATTERN = '*.md';
export const ARTICLE_EXTENSIONS = ['.md', '.mdx'] as const;
/** Pictures an article may keep beside it and show with a relative path. */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg'] as const;

/** Ids are file names without extension; folders are for the author's own order. */
export function idFromPath(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.(md|mdx)$/i, '');
}

/** Ids become URLs, so they are limited to letters, digits, `-`, `_` and `.`, starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Longest id: ids are folder names and Open Graph image names (`<id>.png`), which hosts cap at 255 bytes. */
export const MAX_ID_LENGTH = 100;

/**
 * Names the site uses for its own pages and files, or that hosts and tools treat specially
 * (`/articles/404/` was dropped from the sitemap; `index` is a folder's own page).
 */
export const RESERVED_IDS: readonly string[] = ['404', '500', 'index', 'page', 'rss', 'rss.xml', 'sitemap', 'og', 'pagefind', 'search', 'feed', 'feed.xml', 'robots.txt', 'favicon.ico', 'favicon.svg'];

/**
 * Components that article pages pass to every MDX body; MDX may use these without importing them.
 * src/components/mdx-components.ts must provide exactly these (the type checker holds it to that).
 */
export const MDX_PROVIDED_COMPONENTS = ['Callout', 'Figure'] as const;

/**
 * Largest content file read, checked before reading it: a long article is 50 kB, the largest
 * tested body 5 MB; a 50 MB file ran validation out of memory.
 */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/**
 * Element ids an article page uses for its own parts (skip link, header, sections, quotes,
 * passages). A heading in the body gets an id from its text (`## Main` → `main`), and two equal
 * ids on one page break the skip link and in-page links; tests/unit/validation/page-ids.test.ts keeps this
 * list in step with the layout and components.
 */
export const ARTICLE_PAGE_IDS: readonly string[] = ['main', 'theme-toggle', 'site-search-q', 'toc-heading', 'scripture-heading', 'quotes-heading', 'related-heading', 'topics-heading', 'corrections-heading', 'updates-heading', 'series-heading'];

/** True when `id` is one the article page uses itself (fixed ids, `quote-<n>`, `passage-…`). */
export function isArticlePageId(id: string): boolean {
  return ARTICLE_PAGE_IDS.includes(id) || /^quote-\d+$/.test(id) || id.startsWith('passage-');
}

/** `content/articles` + `../../src/x.astro` → `src/x.astro` (project-relative, forward slashes); undefined when it leaves the project. */
export function projectPath(dir: string, relativePath: string): string | undefined {
  const parts = dir.split('/').filter(Boolean);
  for (const part of relativePath.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}
