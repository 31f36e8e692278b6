/**
 * Validates all content before Astro loads it (the output audit is in scripts/build.ts).
 * Astro's glob loader stops at the first invalid entry and only warns on empty files,
 * duplicate ids and unknown references; this guard reports every problem and fails the build.
 */
import type { AstroIntegration } from 'astro';
import { AstroError as AstroUserError } from 'astro/errors';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkProject } from '../lib/validation/check-project.ts';
import { countProblems, formatProblemsForTerminal } from '../lib/problems.ts';
import { factsComputedByPages } from '../lib/facts/store.ts';
import { setDraftFiles } from '../lib/content/draft-files.ts';

/** Resolves once `marker` exists (at most ten minutes), at once when there is none to wait for. */
async function validatedElsewhere(marker: string | undefined): Promise<void> {
  if (!marker) return;
  const deadline = performance.now() + 600_000;
  while (!existsSync(marker) && performance.now() < deadline) await new Promise((done) => setTimeout(done, 25));
}

export default function contentGuard(): AstroIntegration {
  let publishedIds: string[] = [];
  let draftIds: string[] = [];
  let root = '';
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        // Under scripts/build.ts the content is being validated in another process: wait for it,
        // then this validation reads its cache instead of doing the same work twice.
        await validatedElsewhere(process.env['WATCHMAN_VALIDATED_MARKER']);
        const started = performance.now();
        const result = checkProject(root);
        const { errors, suggestions } = countProblems(result.problems);
        publishedIds = result.articles.filter((a) => !a.data.draft).map((a) => a.id);
        draftIds = result.articles.filter((a) => a.data.draft).map((a) => a.id);
        // In a build, drafts are not even rendered; `astro dev` keeps them so a change shows at once.
        setDraftFiles(command === 'build' ? result.articles.filter((a) => a.data.draft).map((a) => a.file) : []);
        const report = formatProblemsForTerminal(result.problems);
        if (errors > 0) {
          if (command === 'build') {
            const error = new AstroUserError(
              `Content has ${errors} ${errors === 1 ? 'error' : 'errors'}; nothing was built.\n\n${report}`,
              'Fix each problem above (file, field, fix), or run `npm run check` to list them again without building.',
            );
            // A content mistake is not a crash: no stack trace pointing into this file.
            error.stack = '';
            throw error;
          }
          logger.error(`Content has problems; the pages of invalid files will fail to render:\n${report}`);
          return;
        }
        if (suggestions > 0) logger.info(report);
        logger.info(
          `${result.checkedFiles} content files valid: ${publishedIds.length} published articles, ${draftIds.length} drafts, ${result.authors.length} authors (${Math.round(performance.now() - started)} ms, ${result.cacheHits} from cache)`,
        );
      },
      // In `astro dev`, every change under content/ is checked again and the full report printed,
      // so authors see all problems (Astro's own overlay shows only the first invalid entry).
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(join(root, 'content'))) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const result = checkProject(root);
            const { errors } = countProblems(result.problems);
            if (errors > 0) logger.error(`Content has problems:\n${formatProblemsForTerminal(result.problems)}`);
            else logger.info(`content valid (${result.checkedFiles} files)${result.problems.length ? `\n${formatProblemsForTerminal(result.problems)}` : ''}`);
          }, 150);
        });
      },
      // The output audit runs in scripts/build.ts after Astro exits. Each body is parsed once, by
      // validation: a page that had to parse one again is counted here.
      'astro:build:done': ({ logger }) => {
        logger.info(`body facts: ${factsComputedByPages()} bodies parsed again by pages`);
      },
    },
  };
}
