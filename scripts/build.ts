/**
 * `npm run build` = `node scripts/build.ts [--root DIR] [--outDir DIR] [--config FILE]`: runs the
 * pipeline steps of src/lib/build/steps/ in order. It validates the content once, then starts `astro build`,
 * draws the Open Graph cards on a child process while Astro renders the pages in another, then (Astro's
 * heap released) copies the cards in, builds the search index and audits the output. Each heavy step
 * has a process of its own, so their memory peaks never add up.
 * Every step writes into a staging folder beside the output folder, which replaces it only when all of
 * them have passed; a failure or an interrupt leaves the previous build (docs/security.md, "Publishing safely").
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseToolOptions } from '../src/lib/cli/options.ts';
import { cacheDir } from '../src/lib/facts/cache.ts';
import { BuildFailure, failureText, log, since } from '../src/lib/build/failure.ts';
import { bodyParseLogLine, contentErrorMessage, planBuildInChildProcess } from '../src/lib/build/steps/validate.ts';
import { outDirConflict, outDirRefusal } from '../src/lib/build/steps/output-guard.ts';
import { openStaging } from '../src/lib/build/steps/publish.ts';
import { contentChangedMessage, contentChanges, snapshotContent } from '../src/lib/build/steps/content-snapshot.ts';
import { onInterrupt, injectedFault } from '../src/lib/build/steps/interrupt.ts';
import { pageTimeLimitMs, renderFailureMessage, startAstroBuild } from '../src/lib/build/steps/render.ts';
import { copyOgImages, ogImageLogLines, startOgImages } from '../src/lib/build/steps/og-images.ts';
import { auditBuild, auditFailureMessage, auditLogLine, articlePageIds } from '../src/lib/build/steps/audit.ts';

const REPO = resolve(import.meta.dirname, '..');

function parseCli() {
  const { values } = parseToolOptions(
    { name: 'npm run build', usage: 'Usage: npm run build -- [--root DIR] [--outDir DIR] [--config FILE]' },
    { strict: true, options: { root: { type: 'string' }, outDir: { type: 'string' }, config: { type: 'string' } } },
  );
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
  const shown = shownOutDir.startsWith('..') ? outDir : shownOutDir;
  const conflict = outDirConflict(outDir, { root, repo: REPO });
  if (conflict) throw new BuildFailure(outDirRefusal(shown, conflict));
  const pageLimitMs = pageTimeLimitMs(process.env.WATCHMAN_PAGE_TIME_LIMIT);
  // Every step writes here; `outDir` changes only when all of them, the audit included, have passed.
  const staging = openStaging(outDir, shown);
  for (const name of staging.abandoned) log('pipeline', `left alone: ${name}, the staging folder of a build that was killed; delete it when no build runs`);
  const stops: (() => Promise<void> | void)[] = [];
  const cleanUp = async () => {
    for (const stop of [...stops].reverse()) await stop();
    staging.discard();
  };
  onInterrupt(cleanUp, shown);
  const content = snapshotContent(root);
  const contentChangedFailure = () => {
    const changes = contentChanges(content, snapshotContent(root));
    return changes.length ? new BuildFailure(contentChangedMessage(changes, shown)) : undefined;
  };
  let replaced: string;
  try {
    await buildInto(staging.path, { root, config, started, pageLimitMs, stops });
    const changed = contentChangedFailure();
    if (changed) throw changed;
    replaced = staging.publish();
  } catch (error) {
    await cleanUp();
    // A step that failed because a file vanished under it is reported as that, not as its symptom.
    throw contentChangedFailure() ?? error;
  }
  log('pipeline', `done in ${(since(started) / 1000).toFixed(1)} s: ${shownOutDir}${replaced === 'nothing' ? '' : ` (replaced ${replaced})`}`);
}

/** Steps 1–5 (validate, render, Open Graph cards, search index, audit), all writing into `outDir` (the staging folder). */
async function buildInto(
  outDir: string,
  { root, config, started, pageLimitMs, stops }: { root: string; config: string; started: number; pageLimitMs: number; stops: (() => Promise<void> | void)[] },
): Promise<void> {
  // (1) Validate once, in a process of its own: it writes the validated site for Astro's side and
  // sends back the plan derived from it. (2) Astro starts only then, and reads that file.
  const plan = await planBuildInChildProcess(root);
  if (plan.errors > 0) throw new BuildFailure(contentErrorMessage(plan));
  const { publishedIds, draftIds, draftAssets, draftRuns, ogJobs } = plan;
  log('pipeline', `content valid: ${publishedIds.length} published articles, ${draftIds.length} drafts (${since(started)} ms)`);
  log('validate', bodyParseLogLine(plan.parses));
  const astro = startAstroBuild({ repo: REPO, root, config, outDir, siteContentFile: plan.siteContentFile, pageTimeLimitMs: pageLimitMs });
  // A failed step or an interrupt ends Astro before the staging folder is removed, so it writes there no more.
  stops.push(() => astro.stop());
  astro.showOutput();

  // (3) Open Graph cards into the cache, on a renderer process beside Astro's single-threaded rendering.
  // The project's own cache folder (beside Astro's), so a cold build of any root starts empty.
  const ogCacheDir = process.env.OG_CACHE_DIR ?? resolve(cacheDir(root), 'og');
  const drawing = startOgImages(ogJobs, ogCacheDir);
  stops.push(() => drawing.stop());

  // (2) Astro renders the pages.
  const rendered = await astro.exited;
  const astroEnded = performance.now();
  if (rendered.code !== 0) throw new BuildFailure(renderFailureMessage(rendered.code, rendered.stderr, plan.articleFiles, rendered.stalled));
  if (rendered.stderr) process.stderr.write(rendered.stderr);
  injectedFault('render');

  // (3, continued) Astro has exited and its heap is gone: cards, search index, audit.
  const og = await drawing.done;
  if (og instanceof Error) throw new BuildFailure(`Open Graph images could not be drawn: ${og.message}`);
  const copyMs = copyOgImages(ogJobs, outDir, ogCacheDir);
  const drawnAt = og.result.drawn ? og.drawnAt : 0;
  for (const line of ogImageLogLines(og.result, { started: drawing.started, drawnAt, astroEnded, copyMs })) log('og-images', line);
  injectedFault('og-images');

  // (4) Imported only now: nothing of Pagefind sits in memory while Astro runs.
  const searchStarted = performance.now();
  const { buildSearchIndex } = await import('../src/lib/build/steps/search-index.ts');
  const indexed = await buildSearchIndex(outDir, plan.citing);
  const searchMs = since(searchStarted);
  injectedFault('search-index');

  // (5) The audit.
  const auditStarted = performance.now();
  const failures = auditBuild(outDir, { publishedIds, draftIds, draftAssets, draftRuns, searchIndexedPages: indexed, ogCardIds: ogJobs.map((job) => job.id) });
  if (failures.length) throw new BuildFailure(auditFailureMessage(failures, plan.articleFiles));
  const articlePages = articlePageIds(outDir).length;
  log('search-index', `search index: ${indexed} article pages in ${searchMs} ms`);
  log('audit', auditLogLine({ articlePages, ogCards: ogJobs.length, searchEntries: indexed, ms: since(auditStarted) }));
  injectedFault('audit');
}

main().catch((error: unknown) => {
  // A content or output problem is not a crash: the message says what to fix, no stack trace.
  process.stderr.write(`\n${failureText(error)}\n`);
  process.exitCode = 1;
});
