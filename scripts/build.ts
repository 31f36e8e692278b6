/**
 * `npm run build` = `node scripts/build.ts [--root DIR] [--outDir DIR] [--config FILE]`: validates the
 * content while `astro build` starts, draws the Open Graph cards on a child process while Astro renders
 * the pages in another, then (Astro's heap released) copies the cards in, builds the search index and
 * audits the output. Each heavy step has a process of its own, so their memory peaks never add up.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { auditBuild } from '../src/lib/audit.ts';
import { planBuildInChildProcess } from '../src/lib/build-plan.ts';
import { cacheDir } from '../src/lib/facts/cache.ts';
import { copyCardsToSite, drawIntoCache, type DrawResult } from '../src/lib/og/drawer.ts';

const REPO = resolve(import.meta.dirname, '..');

/** A failure the user can act on: printed as a message, never as a stack trace. */
class BuildFailure extends Error {}

const log = (source: string, message: string) => process.stdout.write(`[${source}] ${message}\n`);
const since = (start: number) => Math.round(performance.now() - start);

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

interface AstroRun {
  /** Resolves with Astro's exit code. */
  exited: Promise<number | null>;
  /** Starts passing Astro's output through (what it printed so far first). */
  showOutput(): void;
  /** Ends Astro and drops its output (the content turned out invalid: our report says it all). */
  cancel(): void;
}

/**
 * Starts `astro build` in a process of its own. Its output is held back until the content is known
 * to be valid, so a content error is reported once, by us, not also by the guard inside Astro.
 */
function startAstroBuild(root: string, config: string, outDir: string, validated: string): AstroRun {
  const astro = resolve(REPO, 'node_modules/astro/bin/astro.mjs');
  // Astro reads --config relative to --root.
  const args = [astro, 'build', '--root', root, '--config', relative(root, config), '--outDir', outDir];
  const colour = process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {};
  // The content guard inside Astro waits for our validation to finish and then reads its cache,
  // instead of validating every file a second time on the other core.
  const child = spawn(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...colour, WATCHMAN_VALIDATED_MARKER: validated } });
  let held: [NodeJS.WriteStream, Buffer][] | undefined = [];
  for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
    from.on('data', (chunk: Buffer) => (held ? held.push([to, chunk]) : to.write(chunk)));
  }
  const exited = new Promise<number | null>((resolvePromise, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolvePromise(code));
  });
  return {
    exited,
    showOutput() {
      for (const [to, chunk] of held ?? []) to.write(chunk);
      held = undefined;
    },
    cancel() {
      held = [];
      child.kill();
    },
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const { root, outDir, config } = parseCli();
  if (!existsSync(config)) throw new BuildFailure(`no Astro config at ${config}`);

  // (a) Validate, and (c) start Astro at the same time: on two cores the validation costs no wall time.
  // Astro's own content guard would fail on the same errors; its output waits until we know.
  const validated = resolve(cacheDir(root), `validated-${process.pid}`);
  rmSync(validated, { force: true });
  const astro = startAstroBuild(root, config, outDir, validated);
  const plan = await planBuildInChildProcess(root)
    .catch((error: Error) => {
      astro.cancel();
      throw error;
    })
    .finally(() => {
      mkdirSync(dirname(validated), { recursive: true });
      writeFileSync(validated, '');
    });
  process.once('exit', () => rmSync(validated, { force: true }));
  if (plan.errors > 0) {
    astro.cancel();
    await astro.exited;
    throw new BuildFailure(
      `Content has ${plan.errors} ${plan.errors === 1 ? 'error' : 'errors'}; nothing was built.\n\n${plan.report}\n\n` +
        'Fix each problem above (file, field, fix), or run `npm run check` to list them again without building.',
    );
  }
  const { publishedIds, draftIds, draftAssets, ogJobs: jobs } = plan;
  log('pipeline', `content valid: ${publishedIds.length} published articles, ${draftIds.length} drafts (${since(started)} ms)`);
  astro.showOutput();

  // (b) Open Graph cards into the cache, on a renderer process beside Astro's single-threaded rendering.
  const ogStarted = performance.now();
  // The project's own cache folder (beside Astro's), so a cold build of any root starts empty.
  const ogCacheDir = process.env.OG_CACHE_DIR ?? resolve(cacheDir(root), 'og');
  const drawing = drawIntoCache(jobs, { cacheDir: ogCacheDir });
  let ogDrawnAt = 0;
  const ogDone: Promise<DrawResult | Error> = drawing.done.then(
    (result) => ((ogDrawnAt = performance.now()), result),
    (error: Error) => error,
  );

  // (c) Astro renders the pages.
  const astroCode = await astro.exited;
  const astroEnded = performance.now();
  if (astroCode !== 0) {
    drawing.stop();
    throw new BuildFailure(`astro build failed (exit code ${astroCode}); its messages are above.`);
  }

  // (d) Astro has exited and its heap is gone: cards, search index, audit.
  const og = await ogDone;
  if (og instanceof Error) throw new BuildFailure(`Open Graph images could not be drawn: ${og.message}`);
  const copyStarted = performance.now();
  copyCardsToSite(jobs, outDir, ogCacheDir);
  const ogMs = Math.round((og.drawn ? ogDrawnAt - ogStarted : 0) + since(copyStarted));
  const overlap = ogDrawnAt && og.drawn ? `, ready ${Math.round(astroEnded - ogDrawnAt)} ms before Astro finished` : '';
  log('og-images', `Open Graph images: ${og.drawn} drawn, ${og.cached} from cache (${ogMs} ms)`);
  const perCard = og.drawn ? `, ${(og.cpuMs / og.drawn).toFixed(1)} ms CPU per card` : '';
  log('og-images', `${og.processes} renderer ${og.processes === 1 ? 'process' : 'processes'}${perCard}${overlap}`);

  const searchStarted = performance.now();
  // Imported only now: nothing of Pagefind sits in memory while Astro runs.
  const { buildSearchIndex } = await import('../src/lib/search-index.ts');
  const indexed = await buildSearchIndex(outDir, plan.citing);
  const searchMs = since(searchStarted);

  const auditStarted = performance.now();
  const failures = auditBuild(outDir, { publishedIds, draftIds, draftAssets, searchIndexedPages: indexed, ogImages: true });
  if (failures.length) {
    throw new BuildFailure(`The built site does not match the content:\n${failures.map((f) => `  - ${f}`).join('\n')}\nThis is a bug in the site, not in the content: please report it.`);
  }
  log('search-index', `search index: ${indexed} article pages in ${searchMs} ms`);
  log('audit', `audit: ${publishedIds.length} article pages, no drafts in the output, ${publishedIds.length} Open Graph cards, ${indexed} search entries (${since(auditStarted)} ms)`);
  log('pipeline', `done in ${(since(started) / 1000).toFixed(1)} s: ${relative(process.cwd(), outDir) || '.'}`);
}

main().catch((error: unknown) => {
  // A content or output problem is not a crash: the message says what to fix, no stack trace.
  const message = error instanceof BuildFailure ? error.message : `build failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  process.stderr.write(`\n${message}\n`);
  process.exitCode = 1;
});
