/**
 * `npm run build` = `node scripts/build.ts [--root DIR] [--outDir DIR] [--config FILE] [--edition LANG]`: runs the
 * pipeline steps of src/lib/build/steps/ in order. It validates the content once, then starts `astro build`,
 * draws the Open Graph cards on a child process while Astro renders the pages in another, then (Astro's
 * heap released) copies the cards in, builds the search index and audits the output. Each heavy step
 * has a process of its own, so their memory peaks never add up.
 * Every step writes into a staging folder beside the output folder, which replaces it only when all of
 * them have passed; a failure or an interrupt leaves the previous build (docs/security.md, "Publishing safely").
 * Editions (docs/editions.md): one Astro run per edition of the build, each seeing only its own
 * articles; the default edition at the root with every `prefix` edition under `/<lang>/`, or, with
 * `--edition <lang>`, a `domain` edition alone at the root (its SITE_URL from the environment).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseToolOptions } from '../src/lib/cli/options.ts';
import { cacheDir } from '../src/lib/facts/cache.ts';
import { BuildFailure, failureText, log, since } from '../src/lib/build/failure.ts';
import { bodyParseLogLine, contentErrorMessage, planBuildInChildProcess } from '../src/lib/build/steps/validate.ts';
import { outDirConflict, outDirRefusal } from '../src/lib/build/steps/output-guard.ts';
import { openStaging } from '../src/lib/build/steps/publish.ts';
import { contentChangedMessage, contentChanges, snapshotContent } from '../src/lib/build/steps/content-snapshot.ts';
import { handlePendingSignals, onInterrupt, injectedFault, pauseAfter } from '../src/lib/build/steps/interrupt.ts';
import { pageTimeLimitMs, renderFailureMessage, startAstroBuild } from '../src/lib/build/steps/render.ts';
import { copyOgImages, ogImageLogLines, startOgImages } from '../src/lib/build/steps/og-images.ts';
import { auditFailureMessage, auditLogLine, auditOutputInParallel, articlePageIds } from '../src/lib/build/steps/audit.ts';
import { auditMemoKey, auditMemoPath, loadAuditMemo, saveAuditMemo } from '../src/lib/build/steps/audit-memo.ts';
import { editionRuns, nestedEditionFolders, placeEditionOutput, type EditionRunPlan } from '../src/lib/build/steps/editions.ts';
import { site } from '../src/site.config.ts';

const REPO = resolve(import.meta.dirname, '..');

function parseCli() {
  const { values } = parseToolOptions(
    { name: 'npm run build', usage: 'Usage: npm run build -- [--root DIR] [--outDir DIR] [--config FILE] [--edition LANG]' },
    { strict: true, options: { root: { type: 'string' }, outDir: { type: 'string' }, config: { type: 'string' }, edition: { type: 'string' } } },
  );
  const root = resolve(values.root ?? REPO);
  return {
    root,
    outDir: resolve(values.outDir ?? resolve(root, 'dist')),
    config: resolve(values.config ?? resolve(REPO, 'astro.config.mjs')),
    edition: values.edition,
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const { root, outDir, config, edition } = parseCli();
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
  const interrupt = onInterrupt(cleanUp, shown);
  const content = snapshotContent(root);
  const contentChangedFailure = () => {
    const changes = contentChanges(content, snapshotContent(root));
    return changes.length ? new BuildFailure(contentChangedMessage(changes, shown)) : undefined;
  };
  let replaced: string;
  try {
    // Astro writes each edition into a fixed folder beside the output, moved into the staging folder after
    // its run: Astro compiles its outDir into the image module every page with a picture imports, and the
    // incremental build hashes that module, so a new random folder each build would re-render those pages.
    const renderDir = (lang: string) => resolve(dirname(outDir), `.${basename(outDir)}.render-${lang}`);
    const auditedHashes = await buildInto(staging.path, { root, config, started, pageLimitMs, stops, edition, renderDir });
    const changed = contentChangedFailure();
    if (changed) throw changed;
    // A signal that arrived during the last, synchronous steps is handled now, and then nothing is swapped in.
    await handlePendingSignals();
    if (interrupt.stopping) return;
    interrupt.publishing();
    replaced = staging.publish(auditedHashes);
  } catch (error) {
    await cleanUp();
    // A step that failed because a file vanished under it is reported as that, not as its symptom.
    throw contentChangedFailure() ?? error;
  }
  log('pipeline', `done in ${(since(started) / 1000).toFixed(1)} s: ${shownOutDir}${replaced === 'nothing' ? '' : ` (replaced ${replaced})`}`);
}

type BuildContext = { root: string; config: string; started: number; pageLimitMs: number; stops: (() => Promise<void> | void)[]; edition?: string | undefined; renderDir: (lang: string) => string };

/** Moves what Astro wrote into `from` to `to` (the staging folder or a folder in it), and removes `from`. */
function moveRendered(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) renameSync(join(from, name), join(to, name));
  rmSync(from, { recursive: true, force: true });
}

/**
 * Steps 1–5 (validate, render, Open Graph cards, search index, audit), all writing into `outDir` (the staging
 * folder). Returns the hashes of the files the audit read, which the publish record's fingerprint reuses.
 */
async function buildInto(outDir: string, context: BuildContext): Promise<Map<string, string>> {
  const { root, started, stops } = context;
  // (1) Validate once, in a process of its own: it writes the validated site for Astro's side and
  // sends back the plan derived from it. (2) Astro starts only then, and reads that file.
  const plan = await planBuildInChildProcess(root);
  if (plan.errors > 0) throw new BuildFailure(contentErrorMessage(plan));
  const runs = editionRuns(site.editions, plan.editions, context.edition);
  const published = runs.reduce((sum, run) => sum + run.plan.publishedIds.length, 0);
  const drafts = runs.reduce((sum, run) => sum + run.plan.draftIds.length, 0);
  const editions = runs.length > 1 || context.edition ? ` in ${runs.length === 1 ? 'the edition' : `${runs.length} editions`} ${runs.map((run) => run.lang).join(', ')}` : '';
  log('pipeline', `content valid: ${published} published articles, ${drafts} drafts${editions} (${since(started)} ms)`);
  log('validate', bodyParseLogLine(plan.parses));

  // (3) Open Graph cards into the cache, on a renderer process beside Astro's single-threaded rendering.
  // The project's own cache folder (beside Astro's), so a cold build of any root starts empty.
  const ogCacheDir = process.env.OG_CACHE_DIR ?? resolve(cacheDir(root), 'og');
  const ogJobs = runs.flatMap((run) => run.plan.ogJobs);
  let drawing: ReturnType<typeof startOgImages> | undefined;

  // (2) Astro renders each edition, one run after the other (the root edition first: Astro empties its outDir).
  let astroEnded = 0;
  for (const run of runs) {
    const renderedAt = context.renderDir(run.lang);
    // Left by a build that was killed: Astro empties its outDir anyway, but nothing old may be moved in.
    rmSync(renderedAt, { recursive: true, force: true });
    const astro = startAstroBuild({ repo: REPO, root, config: context.config, outDir: renderedAt, siteContentFile: plan.siteContentFile, pageTimeLimitMs: context.pageLimitMs, edition: run.lang });
    // A failed step or an interrupt ends Astro before the staging folder is removed, so it writes there no more.
    stops.push(() => rmSync(renderedAt, { recursive: true, force: true }));
    stops.push(() => astro.stop());
    astro.showOutput();
    if (!drawing) {
      drawing = startOgImages(ogJobs, ogCacheDir);
      stops.push(() => drawing!.stop());
    }
    const rendered = await astro.exited;
    astroEnded = performance.now();
    if (rendered.code !== 0) throw new BuildFailure(renderFailureMessage(rendered.code, rendered.stderr, run.plan.articleFiles, rendered.stalled));
    if (rendered.stderr) process.stderr.write(rendered.stderr);
    moveRendered(renderedAt, resolve(outDir, run.renderFolder));
    placeEditionOutput(outDir, run);
  }
  injectedFault('render');

  // (3, continued) Astro has exited and its heap is gone: cards, search index, audit.
  const og = await drawing!.done;
  if (og instanceof Error) throw new BuildFailure(`Open Graph images could not be drawn: ${og.message}`);
  let copyMs = 0;
  for (const run of runs) copyMs += copyOgImages(run.plan.ogJobs, resolve(outDir, run.folder), ogCacheDir);
  const drawnAt = og.result.drawn ? og.drawnAt : 0;
  for (const line of ogImageLogLines(og.result, { started: drawing!.started, drawnAt, astroEnded, copyMs })) log('og-images', line);
  injectedFault('og-images');
  await pauseAfter('og-images');

  // (4) Imported only now: nothing of Pagefind sits in memory while Astro runs. One index over every edition.
  const searchStarted = performance.now();
  const { buildEditionsSearchIndex } = await import('../src/lib/build/steps/search-index.ts');
  const passages = runs.map((run) => ({ folder: run.folder, citing: run.plan.citing }));
  // A site of one edition keeps its index exactly as before; several are split by <html lang>. When no
  // article page changed since the last build, the index kept in the project cache is copied instead.
  const indexed = await buildEditionsSearchIndex(outDir, passages, { ...(runs.length === 1 ? { forceLanguage: runs[0]!.lang } : {}), cacheDir: cacheDir(root) });
  const searchMs = since(searchStarted);
  injectedFault('search-index');

  // (5) The audit, per edition.
  const hashes = await auditEditions(outDir, runs, indexed, searchMs, since, cacheDir(root));
  injectedFault('audit');
  return hashes;
}

/** Each edition's output is complete and holds no draft (of any edition) and nothing of another edition's articles. */
async function auditEditions(outDir: string, runs: readonly EditionRunPlan[], indexed: { total: number; byLanguage: Record<string, number>; reused?: boolean }, searchMs: number, elapsed: (from: number) => number, cacheFolder: string): Promise<Map<string, string>> {
  const auditStarted = performance.now();
  // Per language when the index has exactly the built editions' languages; otherwise (pages not yet
  // in their edition's <html lang>) the total is compared with all article pages.
  const languages = Object.keys(indexed.byLanguage).sort().join();
  const perLanguage = runs.length === 1 || languages === runs.map((run) => run.lang).sort().join();
  const others = nestedEditionFolders(runs);
  const failures: string[] = [];
  let articlePages = 0;
  const files = { read: 0, remembered: 0 };
  const threads = { files: 0, threads: 0, failed: 0 };
  const hashes = new Map<string, string>();
  for (const run of runs) {
    const dir = resolve(outDir, run.folder);
    const { publishedIds, draftIds, draftAssets, draftRuns, ogJobs } = run.plan;
    const searchIndexedPages = runs.length === 1 ? indexed.total : perLanguage ? (indexed.byLanguage[run.lang] ?? 0) : undefined;
    // What the last audit of this edition found in each file, by the file's bytes (audit-memo.ts).
    const memoFile = auditMemoPath(cacheFolder, run.lang);
    const memo = loadAuditMemo(memoFile, auditMemoKey({ draftIds, draftRuns }));
    // The files to read are scanned on every core first (the result is auditOutput's).
    const audit = await auditOutputInParallel(dir, { publishedIds, draftIds, draftAssets, draftRuns, ...(searchIndexedPages !== undefined ? { searchIndexedPages } : {}), ogCardIds: ogJobs.map((job) => job.id), siteDir: outDir, otherEditionFolders: run.folder ? [] : others }, memo);
    // Saved whatever the verdict: findings are a function of the bytes, so a failure is found again.
    saveAuditMemo(memoFile, audit.memo);
    files.read += audit.filesRead;
    files.remembered += audit.filesRemembered;
    threads.files += audit.threads?.files ?? 0;
    threads.threads = Math.max(threads.threads, audit.threads?.threads ?? 0);
    threads.failed += audit.threads?.failed ?? 0;
    for (const [file, hash] of audit.hashes) hashes.set(run.folder ? `${run.folder}/${file}` : file, hash);
    failures.push(...audit.failures.map((failure) => (runs.length > 1 ? `${run.lang} edition: ${failure}` : failure)));
    articlePages += articlePageIds(dir).length;
  }
  if (!perLanguage && indexed.total !== articlePages) failures.push(`the search index holds ${indexed.total} pages but the editions have ${articlePages} article pages`);
  const articleFiles = Object.assign({}, ...runs.map((run) => run.plan.articleFiles)) as Record<string, string>;
  if (failures.length) throw new BuildFailure(auditFailureMessage(failures, articleFiles));
  const ogCards = runs.reduce((sum, run) => sum + run.plan.ogJobs.length, 0);
  log('search-index', `search index: ${indexed.total} article pages in ${searchMs} ms${runs.length > 1 ? ` (${Object.entries(indexed.byLanguage).map(([lang, count]) => `${lang} ${count}`).join(', ')})` : ''}${indexed.reused ? '; reused: no article page changed' : ''}`);
  log('audit', auditLogLine({ articlePages, ogCards, searchEntries: indexed.total, filesRead: files.read, filesRemembered: files.remembered, threads, ms: elapsed(auditStarted) }));
  return hashes;
}

main().catch((error: unknown) => {
  // A content or output problem is not a crash: the message says what to fix, no stack trace.
  process.stderr.write(`\n${failureText(error)}\n`);
  process.exitCode = 1;
});
