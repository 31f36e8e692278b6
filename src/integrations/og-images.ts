/**
 * Writes /og/<id>.png for every published article after the build, from the content the guard
 * validated: cached images are copied, new ones drawn on one worker thread per core. (As an Astro
 * endpoint they were drawn one at a time on the main thread: 135 s for 10,000 articles.)
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validatedContent } from './content-guard.ts';
import { ogCard } from '../lib/og/card.ts';
import { writeOgImages, type OgJob } from '../lib/og/pool.ts';
import { site } from '../site.config.ts';

export default function ogImages(): AstroIntegration {
  return {
    name: 'og-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const content = validatedContent();
        if (!content) throw new Error('og-images needs the content-guard integration before it');
        const started = performance.now();
        const outDir = fileURLToPath(new URL('og/', dir));
        const authors = new Map(content.authors.map((a) => [a.id, a.data.name]));
        const jobs: OgJob[] = content.articles
          .filter((a) => !a.data.draft)
          .map((a) => ({ card: ogCard(a.data, authors.get(a.data.author) ?? a.data.author, site.title), outFile: join(outDir, `${a.id}.png`) }));
        const { drawn, cached } = await writeOgImages(jobs);
        logger.info(`Open Graph images: ${drawn} drawn, ${cached} from cache (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
