/**
 * The site's one Astro integration, registered once in astro.config.mjs: MDX, the sitemaps, and the
 * content guard, which validates all content before Astro loads it. Astro's glob loader stops at the
 * first invalid entry and only warns on empty files, duplicate ids and unknown references; the guard
 * reports every problem and fails the build. The hooks only call plain steps (src/lib/build/) and
 * carry out what they return; the rest of the pipeline is scripts/build.ts.
 */
import type { AstroIntegration } from 'astro';
import { AstroError as AstroUserError } from 'astro/errors';
import mdx from '@astrojs/mdx';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkProject } from '../lib/validation/check-project.ts';
import { factsComputedByPages } from '../lib/facts/store.ts';
import { guardContent, recheckReport } from '../lib/build/content-guard.ts';
import { handoff } from '../lib/build/handoff.ts';
import { splitByDraft } from '../lib/build/drafts.ts';
import { lastUpdated } from '../lib/newsroom/dated-notes.ts';
import sitemaps from './sitemaps.ts';
import { dropStaleRenderCache } from '../lib/build/render-cache.ts';

/** Resolves once `marker` exists (at most ten minutes), at once when there is none to wait for. */
async function validatedElsewhere(marker: string | undefined): Promise<void> {
  if (!marker) return;
  const deadline = performance.now() + 600_000;
  while (!existsSync(marker) && performance.now() < deadline) await new Promise((done) => setTimeout(done, 25));
}

/** Validates before Astro builds or serves; in `astro dev`, again after every change under content/. */
function contentGuard(): AstroIntegration {
  let root = '';
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        // Before Astro loads its data store: rendered pages from other plugin code are not reused.
        if (dropStaleRenderCache(fileURLToPath(config.cacheDir))) logger.info('renderer code changed: Astro\'s content data store was dropped');
        // Under scripts/build.ts the content is being validated in another process: wait for it,
        // then this validation reads its cache instead of doing the same work twice.
        await validatedElsewhere(process.env['WATCHMAN_VALIDATED_MARKER']);
        const started = performance.now();
        const result = checkProject(root);
        const verdict = guardContent({ result, command, ms: performance.now() - started });
        handoff().draftFiles = verdict.draftFiles;
        handoff().published = splitByDraft(result.articles).published.map(({ id, data }) => ({
          id,
          data: { title: data.title, date: data.date, updated: lastUpdated(data), topics: data.topics, source: data.source, author: { id: data.author } },
        }));
        if (verdict.stop) {
          const error = new AstroUserError(verdict.stop.message, verdict.stop.hint);
          // A content mistake is not a crash: no stack trace pointing into this file.
          error.stack = '';
          throw error;
        }
        if (verdict.error) logger.error(verdict.error);
        for (const line of verdict.info) logger.info(line);
      },
      // Astro's own overlay shows only the first invalid entry; this prints the full report.
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(join(root, 'content'))) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const report = recheckReport(checkProject(root));
            logger[report.level](report.text);
          }, 150);
        });
      },
      // Each body is parsed once, by validation: a page that had to parse one again is counted here.
      'astro:build:done': ({ logger }) => {
        logger.info(`body facts: ${factsComputedByPages()} bodies parsed again by pages`);
      },
    },
  };
}

/** Every integration of the site, in the order Astro runs them. */
export default function site(): AstroIntegration[] {
  return [contentGuard(), mdx(), ...sitemaps()];
}
