/**
 * The one place that tells drafts from published articles. Validation, the build plan, the site
 * integration and the page query all ask here, so "draft" means one thing everywhere.
 */
import { ARTICLES_DIR } from './layout.ts';

/** Whether an article's frontmatter marks it as a draft. */
export function isDraft(data: { draft?: boolean | undefined }): boolean {
  return data.draft === true;
}

/** Articles split into published and draft, each in the order given. */
export function splitByDraft<T extends { data: { draft?: boolean | undefined } }>(articles: readonly T[]): { published: T[]; drafts: T[] } {
  const published: T[] = [];
  const drafts: T[] = [];
  for (const article of articles) (isDraft(article.data) ? drafts : published).push(article);
  return { published, drafts };
}

/**
 * Negated glob patterns, relative to content/articles/, that leave the given draft files
 * (project-relative paths) out of the content collection, so Astro never renders them nor
 * processes their images.
 */
export function draftExclusions(draftFiles: readonly string[]): string[] {
  return draftFiles
    .filter((path) => path.startsWith(`${ARTICLES_DIR}/`))
    .map((path) => `!${path.slice(ARTICLES_DIR.length + 1).replace(/[\\*?[\]{}()!+@]/g, '\\$&')}`);
}
