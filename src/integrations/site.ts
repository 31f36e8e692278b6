/**
 * The site's one Astro integration, registered once in astro.config.mjs: MDX, the sitemaps, and the
 * content guard. Astro's glob loader stops at the first invalid entry and only warns on empty files,
 * duplicate ids and unknown references; the guard reports every problem and fails the build.
 * It hands the validated site (src/lib/build/site-content.ts) to the content config and the pages
 * through one virtual module (./site-content-module.ts), and to the sitemaps as an argument.
 * Under scripts/build.ts the content was validated before Astro started: the integration reads the
 * file that step wrote (WATCHMAN_SITE_CONTENT). Run on its own (`astro dev`, a bare `astro build`),
 * it validates once, and in `astro dev` again after each change under content/.
 * One Astro run renders one edition (docs/editions.md): `WATCHMAN_EDITION` names it (the default
 * edition when unset), read here and in astro.config.mjs only, and handed to the content config and
 * the pages through the same module (`edition`, and `excludedFiles`: drafts and other editions' articles).
 */
import type { AstroIntegration } from 'astro';
import { AstroError as AstroUserError } from 'astro/errors';
import mdx from '@astrojs/mdx';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkProject } from '../lib/validation/check-project.ts';
import { guardContent, recheckReport } from '../lib/build/content-guard.ts';
import { datedArticles, readSiteContent, siteContentOf, siteContentPath, writeSiteContent, type SiteContent } from '../lib/build/site-content.ts';
import sitemaps from './sitemaps.ts';
import { siteContentModule, SITE_CONTENT_MODULE_ID } from './site-content-module.ts';
import { dataStoreFile } from './data-store-file.ts';
import { dropStaleRenderCache, rendererVersion } from '../lib/build/render-cache.ts';
import { runEdition } from '../lib/build/edition-run.ts';
import { site as siteConfig } from '../site.config.ts';
import { pageEdition } from '../lib/editions/page-edition.ts';
import { articleTranslations } from '../lib/sitemap/alternates.ts';

/** Validates `root` and writes the validated site where the virtual module reads it. */
function validateInto(root: string, file: string): SiteContent {
  const content = siteContentOf(checkProject(root));
  writeSiteContent(file, content);
  return content;
}

/** Validates before Astro builds or serves; in `astro dev`, again after every change under content/. */
function contentGuard(edition: string, handOver: (content: SiteContent) => void): AstroIntegration {
  let root = '';
  let file = '';
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        // Before Astro loads its data store: rendered pages from other plugin code are not reused.
        const pagesFrom = relative(root, fileURLToPath(new URL('pages/', config.srcDir)));
        if (dropStaleRenderCache(fileURLToPath(config.cacheDir), rendererVersion(pagesFrom))) logger.info('renderer code or site config changed: Astro\'s content data store and incremental-build cache were dropped');
        const started = performance.now();
        const given = process.env['WATCHMAN_SITE_CONTENT'];
        file = given ?? siteContentPath(root);
        const content = given ? readSiteContent(given) : validateInto(root, file);
        const verdict = guardContent({ result: content, command, ms: performance.now() - started, edition });
        handOver(content);
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        const storeReader = command === 'build' && config.output === 'static' ? [dataStoreFile(storeFile, (bytes) => logger.info(`content store (${(bytes / 1e6).toFixed(1)} MB) read from its file as pages render, not compiled into the bundle`))] : [];
        updateConfig({ vite: { plugins: [siteContentModule({ file, root, draftFiles: verdict.draftFiles, edition, excludedFiles: verdict.excludedFiles }), ...storeReader] } });
        if (verdict.stop) {
          const error = new AstroUserError(verdict.stop.message, verdict.stop.hint);
          // A content mistake is not a crash: no stack trace pointing into this file.
          error.stack = '';
          throw error;
        }
        if (verdict.error) logger.error(verdict.error);
        for (const line of verdict.info) logger.info(line);
      },
      // Astro's own overlay shows only the first invalid entry; this prints the full report, and the
      // pages read the new validated site (the virtual module is evaluated again).
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(join(root, 'content'))) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const content = validateInto(root, file);
            handOver(content);
            for (const environment of Object.values(server.environments)) {
              const module = environment.moduleGraph.getModuleById(SITE_CONTENT_MODULE_ID);
              if (module) environment.moduleGraph.invalidateModule(module);
            }
            const report = recheckReport(content);
            logger[report.level](report.text);
          }, 150);
        });
      },
    },
  };
}

/** Every integration of the site, in the order Astro runs them. */
export default function site(): AstroIntegration[] {
  let content: SiteContent | undefined;
  const edition = runEdition(process.env, siteConfig.editions).lang;
  const published = () => (content ? datedArticles(content, edition) : []);
  // The run's articles with translations, for the sitemap's hreflang alternates (none on a site of one edition).
  const pages = pageEdition(siteConfig.editions, edition, siteConfig.url);
  const translations = () => articleTranslations(Object.entries(content?.editions?.[edition]?.translations ?? {}).map(([id, versions]) => ({ id, translations: versions })), pages);
  return [contentGuard(edition, (validated) => (content = validated)), mdx(), ...sitemaps(published, translations, pages)];
}
