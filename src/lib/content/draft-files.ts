/**
 * Draft files left out of the build's content collection, so Astro never renders them (nor
 * processes their images): validation finds them before content sync, and src/content.config.ts
 * turns them into negated glob patterns. Passed through globalThis because Astro evaluates the
 * integrations and the content config as separate module graphs of one process.
 */
import { ARTICLES_DIR } from './layout.ts';

const KEY = Symbol.for('watchman.draft-files');

/** Records the draft files (project-relative paths) of this build. */
export function setDraftFiles(paths: readonly string[]): void {
  (globalThis as unknown as Record<symbol, readonly string[]>)[KEY] = [...paths];
}

/** Negated glob patterns, relative to content/articles/, for the draft files of this build (none outside a build). */
export function draftExclusions(): string[] {
  const paths = (globalThis as unknown as Record<symbol, readonly string[] | undefined>)[KEY] ?? [];
  return paths
    .filter((path) => path.startsWith(`${ARTICLES_DIR}/`))
    .map((path) => `!${path.slice(ARTICLES_DIR.length + 1).replace(/[\\*?[\]{}()!+@]/g, '\\$&')}`);
}
