/**
 * Builds the Pagefind index inside `astro build` (no second command) and fails the build when
 * the index does not hold exactly one entry per article page: Pagefind silently drops pages
 * without `data-pagefind-body` and only logs unparsable ones.
 */
import type { AstroIntegration } from 'astro';
import { AstroError as AstroUserError } from 'astro/errors';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const distDir = fileURLToPath(dir);
        const outputPath = join(distDir, 'pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index || errors.length) throw new Error(errors.join('\n') || 'Pagefind did not create an index');
          const added = await index.addDirectory({ path: distDir });
          if (added.errors.length) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(written.errors.join('\n'));
        } catch (cause) {
          throw new AstroUserError(`Pagefind failed to index the site: ${(cause as Error).message}`);
        } finally {
          await pagefind.close();
        }
        const indexed = indexedPageCount(outputPath);
        const articlePages = countArticlePages(distDir);
        if (indexed !== articlePages) {
          throw new AstroUserError(
            `The search index holds ${indexed} pages but the site has ${articlePages} article pages.`,
            'Every article page must carry data-pagefind-body (src/layouts/ArticleLayout.astro) and no other page may.',
          );
        }
        logger.info(`search index: ${indexed} article pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

/** Pages Pagefind really indexed, read from its entry file (its own addDirectory count includes dropped pages). */
export function indexedPageCount(pagefindDir: string): number {
  const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

function countArticlePages(distDir: string): number {
  const articles = join(distDir, 'articles');
  if (!existsSync(articles)) return 0;
  return readdirSync(articles).filter((name) => existsSync(join(articles, name, 'index.html'))).length;
}
