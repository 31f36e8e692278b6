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

// The glob matcher refuses a pattern over 65,536 characters; a group stays well below.
const MAX_GROUP_CHARS = 50_000;

/**
 * Negated glob patterns, relative to content/articles/, that leave the given files (project-relative
 * paths: drafts, and another edition's articles) out of the content collection, so Astro never
 * renders them nor processes their images. The files are grouped into a few `!{a,b,…}` patterns:
 * the matcher tries every pattern on every file, and one pattern per file made an edition's run
 * of a 10,000-article site spend 15 s listing files (9,000 exclusions), a few groups 0.06 s.
 */
export function draftExclusions(draftFiles: readonly string[]): string[] {
  const escaped = draftFiles
    .filter((path) => path.startsWith(`${ARTICLES_DIR}/`))
    .map((path) => path.slice(ARTICLES_DIR.length + 1).replace(/[\\*?[\]{}()!+@,]/g, '\\$&'));
  const groups: string[][] = [];
  let length = 0;
  for (const path of escaped) {
    if (!groups.length || length + path.length + 1 > MAX_GROUP_CHARS) {
      groups.push([]);
      length = 0;
    }
    groups.at(-1)!.push(path);
    length += path.length + 1;
  }
  return groups.map((group) => (group.length === 1 ? `!${group[0]}` : `!{${group.join(',')}}`));
}
