/** Where content lives and how a file becomes an id: one definition for the loader, the checker and the audit. */

export const ARTICLES_DIR = 'content/articles';
export const AUTHORS_DIR = 'content/authors';
export const ARTICLE_PATTERN = '**/*.{md,mdx}';
export const AUTHOR_PATTERN = '*.md';
export const ARTICLE_EXTENSIONS = ['.md', '.mdx'] as const;

/** Ids are file names without extension; folders are for the author's own order. */
export function idFromPath(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.(md|mdx)$/i, '');
}

/** Ids become URLs, so they are limited to letters, digits, `-`, `_` and `.`, starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Components that article pages pass to every MDX body; MDX may use these without importing them.
 * src/components/mdx-components.ts must provide exactly these (the type checker holds it to that).
 */
export const MDX_PROVIDED_COMPONENTS = ['Callout'] as const;

/**
 * Largest content file read, checked before reading it: a long article is 50 kB, the largest
 * tested body 5 MB; a 50 MB file ran validation out of memory.
 */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
