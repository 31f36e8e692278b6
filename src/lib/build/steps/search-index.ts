/**
 * Pipeline step 4, search index: builds the Pagefind index over a built site (run after Astro has
 * exited, so Pagefind's memory never adds to Astro's heap) and reads back how many pages it really
 * indexed. The audit compares that number with the article pages it counts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Indexes every page of `distDir` into <distDir>/pagefind/; returns how many pages the index holds. */
export async function buildSearchIndex(distDir: string): Promise<number> {
  const outputPath = join(distDir, 'pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index || errors.length) throw new Error(errors.join('\n') || 'Pagefind did not create an index');
    const added = await index.addDirectory({ path: distDir });
    if (added.errors.length) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
  } catch (cause) {
    throw new Error(`Pagefind failed to index the site: ${(cause as Error).message}`);
  } finally {
    await pagefind.close();
  }
  return indexedPageCount(outputPath);
}

/**
 * Pages Pagefind really indexed, read from its entry file: its own addDirectory count includes pages
 * it then drops silently (those without data-pagefind-body once any page has it).
 */
export function indexedPageCount(pagefindDir: string): number {
  const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
