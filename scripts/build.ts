/**
 * `npm run build` = `node scripts/build.ts [--root DIR] [--outDir DIR] [--config FILE]`: runs the
 * pipeline steps of src/lib/build/steps/ in order. It validates the content once, then starts `astro build`,
 * draws the Open Graph cards on a child process while Astro renders the pages in another, then (Astro's
 * heap released) copies the cards in, builds the search index and audits the output. Each heavy step
 * has a process of its own, so their memory peaks never add up.
 */
import { existsSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cacheDir } from '../src/lib/facts/cache.ts';
import { BuildFailure, failureText, log, since } from '../src/lib/build/failure.ts';
import { bodyParseLogLine, contentErrorMessage, planBuildInChildProcess } from '../src/lib/build/steps/validate.ts';
import { ensureWritableOutDir } from '../src/lib/build/steps/output-dir.ts';
import { renderFailureMessage, startAstroBuild } from '../src/lib/build/steps/render.ts';
import { copyOgImages, ogImageLogLines, startOgImages } from '../src/lib/build/steps/og-images.ts';
import { auditBuild, auditLogLine, articlePageIds } from '../src/lib/build/steps/audit.ts';

const REPO = resolve(import.meta.dirname, '..');

function parseCli() {
  const { values } = parseArgs({
    options: { root: { type: 'string' }, outDir: { type: 'string' }, config: { type: 'string' } },
  });
  const root = resolve(values.root ?? REPO);
  return {
    root,
    outDir: resolve(values.outDir ?? resolve(root, 'dist')),
    config: resolve(values.config ?? resolve(REPO, 'astro.config.mjs')),
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const { root, outDir, config } = parseCli();
  if (!existsSync(config)) throw new BuildFailure(`no Astro config at ${config}`);
  const shownOutDir = relative(process.cwd(), outDir) || '.';
  ensureWritableOutDir(outDir, shownOutDir.startsWith('..') ? outDir : shownOutDir);

  // (1) Validate once, in a process of its own: it writes the validated site for Astro's side and
  // sends back the plan derived from it. (2) Astro starts only then, and reads that file.
  const plan = await planBuildInChildProcess(root);
  if (plan.errors > 0) throw new BuildFailure(contentErrorMessage(plan));
  const { publishedIds, draftIds, draftAssets, draftRuns, ogJobs } = plan;
  log('pipeline', `content valid: ${publishedIds.length} published articles, ${draftIds.length} drafts (${since(started)} ms)`);
  log('validate', bodyParseLogLine(plan.parses));
  const astro = startAstroBuild({ repo: REPO, root, config, outDir, siteContentFile: plan.siteContentFile });
  astro.showOutput();

  // (3) Open Graph cards into the cache, on a renderer process beside Astro's single-threaded rendering.
  // The project's own cache folder (beside Astro's), so a cold build of any root starts empty.
  const ogCacheDir = process.env.OG_CACHE_DIR ?? resolve(cacheDir(root), 'og');
  const drawing = startOgImages(ogJobs, ogCacheDir);

  // (2) Astro renders the pages.
  const rendered = await astro.exited;
  const astroEnded = performance.now();
  if (rendered.code !== 0) {
    drawing.stop();
    // Astro emptied the folder when it started; what it wrote before failing is no site.
    rmSync(outDir, { recursive: true, force: true });
    throw new BuildFailure(renderFailureMessage(rendered.code, rendered.stderr, plan.articleFiles));
  }
  if (rendered.stderr) process.stderr.write(rendered.stderr);

  // (3, continued) Astro has exited and its heap is gone: cards, search index, audit.
  const og = await drawing.done;
  if (og instanceof Error) throw new BuildFailure(`Open Graph images could not be drawn: ${og.message}`);
  const copyMs = copyOgImages(ogJobs, outDir, ogCacheDir);
  const drawnAt = og.result.drawn ? og.drawnAt : 0;
  for (const line of ogImageLogLines(og.result, { started: drawing.started, drawnAt, astroEnded, copyMs })) log('og-images', line);

  // (4) Imported only now: nothing of Pagefind sits in memory while Astro runs.
  const searchStarted = performance.now();
  const { buildSearchIndex } = await import('../src/lib/build/steps/search-index.ts');
  const indexed = await buildSearchIndex(outDir, plan.citing);
  const searchMs = since(searchStarted);

  // (5) The audit.
  const auditStarted = performance.now();
  const failures = auditBuild(outDir, { publishedIds, draftIds, draftAssets, draftRuns, searchIndexedPages: indexed, ogCardIds: ogJobs.map((job) => job.id) });
  if (failures.length) {
    throw new BuildFailure(`The built site does not match the content:\n${failures.map((f) => `  - ${f}`).join('\n')}\nThis is a bug in the site, not in the content: please report it.`);
  }
  const articlePages = articlePageIds(outDir).length;
  log('search-index', `search index: ${indexed} article pages in ${searchMs} ms`);
  log('audit', auditLogLine({ articlePages, ogCards: ogJobs.length, searchEntries: indexed, ms: since(auditStarted) }));
  log('pipeline', `done in ${(since(started) / 1000).toFixed(1)} s: ${relative(process.cwd(), outDir) || '.'}`);
}

main().catch((error: unknown) => {
  // A content or output problem is not a crash: the message says what to fix, no stack trace.
  process.stderr.write(`\n${failureText(error)}\n`);
  process.exitCode = 1;
});
