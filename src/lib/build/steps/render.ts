/**
 * Pipeline step 2, render: `astro build` in a process of its own. Its normal output is held back until
 * the content is known to be valid (a content error is then reported once, by the pipeline), and its
 * error output is always held: when a page fails, the pipeline says which file and what to do instead
 * of passing on Astro's stack trace.
 */
import { spawn } from 'node:child_process';
import { totalmem } from 'node:os';
import { relative, resolve } from 'node:path';
import { terminalSafe } from '../../text/terminal.ts';
import { BuildFailure } from '../failure.ts';

export interface AstroExit {
  code: number | null;
  stderr: string;
  /** The page Astro was rendering when the watchdog ended it, and the limit it ran over. */
  stalled?: { page: string; limitMs: number };
}

export interface AstroRun {
  /** Resolves with Astro's exit code and what it wrote to stderr. */
  exited: Promise<AstroExit>;
  /** Starts passing Astro's standard output through (what it printed so far first). */
  showOutput(): void;
  /** Ends Astro and drops its output (the content turned out invalid: our report says it all). */
  cancel(): void;
  /** Ends Astro and resolves once it has exited; a process that ignores SIGTERM (a page in an endless loop) gets SIGKILL. */
  stop(graceMs?: number): Promise<void>;
}

export interface AstroBuildOptions {
  repo: string;
  root: string;
  config: string;
  outDir: string;
  /** The validated site the validate step wrote: the site integration reads it instead of validating again. */
  siteContentFile: string;
  /** A page still rendering after this many milliseconds ends the build (see pageTimeLimitMs). */
  pageTimeLimitMs: number;
  /** The edition this run renders (WATCHMAN_EDITION; astro.config.mjs and the site integration read it); the default when not given. */
  edition?: string;
}

/** The per-page render time limit: WATCHMAN_PAGE_TIME_LIMIT seconds, 60 by default. */
export const PAGE_TIME_LIMIT_VARIABLE = 'WATCHMAN_PAGE_TIME_LIMIT';
const DEFAULT_PAGE_TIME_LIMIT_S = 60;

/** The limit in milliseconds from the variable's text; throws a one-line message when it is not a positive number. */
export function pageTimeLimitMs(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return DEFAULT_PAGE_TIME_LIMIT_S * 1000;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new BuildFailure(`${PAGE_TIME_LIMIT_VARIABLE}=${JSON.stringify(text)} is not a number of seconds above 0 (the default is ${DEFAULT_PAGE_TIME_LIMIT_S}).`);
  }
  return Math.round(seconds * 1000);
}

// Astro writes "├─ /path/index.html" when it starts a page and " (+12ms)", " (cached)" or " (restored)"
// when it is done; building several pages at once (src/lib/build/page-concurrency.ts), other pages'
// lines can come in between. "✓ Completed in" ends the phase: no page is in flight after it, even
// one whose end this clock did not recognise.
const PAGE_EVENT = /[├└]─ (\S+)|\(\+[\d.]+m?s\)|\((?:cached|restored)\)|(✓ Completed in)/g;

/**
 * Follows Astro's output: how many pages are being built, which one started last, and since when
 * nothing started or finished. A page that never finishes (code in an endless loop) blocks Astro's only
 * thread, so no page starts or finishes after it: pages in flight and a silence longer than the limit
 * mean a page hangs. One page at a time (where MDX is trusted) that page is the last one started; with
 * several at a time it is one of those in flight, and the last one started is named. Other lines in
 * between (a warning) change nothing.
 */
export function pageClock() {
  let carry = '';
  let inFlight = 0;
  let latest: string | undefined;
  let quietSince = 0;
  // A page line at the end of a chunk, whose path may go on in the next one, and when it arrived.
  let pending: { page: string; since: number } | undefined;
  return {
    see(text: string, now: number): void {
      const buffer = carry + text.replace(ANSI, '');
      let consumed = 0;
      for (const match of buffer.matchAll(PAGE_EVENT)) {
        const end = match.index + match[0].length;
        if (match[1] !== undefined && end === buffer.length) break; // the path may go on in the next chunk
        quietSince = now;
        if (match[2] !== undefined) inFlight = 0;
        else if (match[1] === undefined) inFlight = Math.max(0, inFlight - 1);
        else {
          inFlight += 1;
          latest = match[1];
          // The page line that ended the previous chunk: the page started when that chunk arrived.
          if (pending && match[1].startsWith(pending.page)) quietSince = pending.since;
        }
        pending = undefined;
        consumed = end;
      }
      carry = buffer.slice(consumed).slice(-1024);
      const partial = /[├└]─ (\S+)$/.exec(carry);
      pending = partial ? { page: partial[1]!, since: pending?.since ?? now } : undefined;
    },
    /** The page that started last, when a page has been building for longer than `limitMs` with nothing else happening. */
    overdue(now: number, limitMs: number): string | undefined {
      if (pending) return now - pending.since > limitMs ? pending.page : undefined;
      return inFlight > 0 && now - quietSince > limitMs ? latest : undefined;
    },
  };
}

/** The names Vite gives `import.meta.env`: taken from the environment by Astro's runtime if present there. */
const IMPORT_META_ENV_NAMES = ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL', 'SITE', 'ASSETS_PREFIX'];

/** V8's default heap limit on a 64-bit machine, in MiB. */
const DEFAULT_HEAP_MIB = 4096;

/**
 * Node flags for Astro's process: a heap of half the machine's memory when that is more than V8's
 * default, unless NODE_OPTIONS already sets one. Astro holds the whole content store in its heap, which
 * grows with the archive: 30,000 articles ran out of the default 4 GB on a 23.5 GiB machine.
 */
export function astroHeapFlags(nodeOptions = process.env.NODE_OPTIONS ?? '', totalBytes = totalmem()): string[] {
  if (/--max-old-space-size/.test(nodeOptions)) return [];
  const half = Math.floor(totalBytes / 2 / 2 ** 20);
  return half > DEFAULT_HEAP_MIB ? [`--max-old-space-size=${half}`] : [];
}

/** Starts `astro build`. */
export function startAstroBuild({ repo, root, config, outDir, siteContentFile, pageTimeLimitMs, edition }: AstroBuildOptions): AstroRun {
  const astro = resolve(repo, 'node_modules/astro/bin/astro.mjs');
  // Astro reads --config relative to --root.
  const args = [...astroHeapFlags(), astro, 'build', '--root', root, '--config', relative(root, config), '--outDir', outDir];
  const colour = process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {};
  // The site integration inside Astro reads the validated site instead of validating a second time.
  // A build is a production build whatever the caller's environment: Astro's runtime reads
  // `import.meta.env` names from the process (a test runner exports DEV=1, MODE=test, and the content
  // runtime then printed a dev-toolbar attribute on body pictures), so they are not passed on.
  const env: NodeJS.ProcessEnv = { ...process.env, ...colour, NODE_ENV: 'production', WATCHMAN_SITE_CONTENT: siteContentFile };
  for (const name of IMPORT_META_ENV_NAMES) delete env[name];
  if (edition) env['WATCHMAN_EDITION'] = edition;
  else delete env['WATCHMAN_EDITION'];
  const child = spawn(process.execPath, args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], env });
  let held: Buffer[] | undefined = [];
  const stderr: Buffer[] = [];
  const clock = pageClock();
  let stalled: AstroExit['stalled'];
  child.stdout.on('data', (chunk: Buffer) => {
    clock.see(chunk.toString('utf8'), performance.now());
    if (held) held.push(chunk);
    else process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  // A page that never finishes (an MDX expression in an endless loop) blocks Astro's only thread:
  // only a signal it cannot handle in JavaScript ends it.
  const watchdog = setInterval(() => {
    const page = clock.overdue(performance.now(), pageTimeLimitMs);
    if (page === undefined || stalled) return;
    stalled = { page, limitMs: pageTimeLimitMs };
    child.kill('SIGKILL');
  }, Math.min(1000, pageTimeLimitMs / 4));
  watchdog.unref();
  const exited = new Promise<AstroExit>((resolvePromise, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      clearInterval(watchdog);
      resolvePromise({ code: stalled ? 1 : code, stderr: Buffer.concat(stderr).toString('utf8'), ...(stalled ? { stalled } : {}) });
    });
  });
  return {
    exited,
    showOutput() {
      for (const chunk of held ?? []) process.stdout.write(chunk);
      held = undefined;
    },
    cancel() {
      held = [];
      child.kill();
    },
    async stop(graceMs = 5000) {
      held = [];
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill();
      const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited.catch(() => undefined);
      clearTimeout(force);
    },
  };
}

// Astro's colours only: any other escape sequence (which an error message could carry) is shown escaped.
const ANSI = /\x1b\[[0-9;]*m/g;
// Lines that only say where in Astro's, Vite's or the bundle's code something happened.
const TRACE = /^\s*(?:at\s|Stack trace:|Location:|Caused by:|file:\/\/|\/\S+:\d+:\d+\s*$)/;

/** Astro's error output without stack traces, source locations inside its bundle, or colours. */
export function withoutTraces(stderr: string): string {
  return stderr
    .replace(ANSI, '')
    .split('\n')
    .filter((line) => line.trim() && !TRACE.test(line))
    .map((line) => terminalSafe(line.replace(/\s+$/, '')).replace(/\\x09/g, '  '))
    .join('\n');
}

/**
 * What to print when `astro build` failed: the file whose page failed, what went wrong and the fix,
 * when Astro names the page; otherwise Astro's own messages without their stack traces.
 */
export function renderFailureMessage(code: number | null, stderr: string, articleFiles: Readonly<Record<string, string>>, stalled?: AstroExit['stalled']): string {
  if (stalled) return stalledPageMessage(stalled.page, stalled.limitMs, articleFiles);
  const plain = stderr.replace(ANSI, '');
  const caught = /Caught error rendering (\/\S*): (.+)/.exec(plain);
  const id = caught && /^\/articles\/([^/]+)\/$/.exec(caught[1]!)?.[1];
  const file = id !== undefined && id !== null ? articleFiles[decodeURIComponent(id)] : undefined;
  if (caught && file) {
    const fix = file.endsWith('.mdx')
      ? 'the MDX code in this file (an `export` or a `{…}` expression) throws when its page is built: correct it (for example a value that is null or undefined), or write the text as plain Markdown'
      : 'a Markdown plugin failed on this file: this is a bug in the site, please report it with the file';
    return [
      `Page ${caught[1]} could not be rendered; nothing was built.`,
      '',
      `${terminalSafe(file)}`,
      `  ${terminalSafe(file)}  body  the page failed while rendering: ${terminalSafe(caught[2]!)}  (fix: ${fix})`,
    ].join('\n');
  }
  if (caught) return `Page ${terminalSafe(caught[1]!)} could not be rendered: ${terminalSafe(caught[2]!)}\nThis is a bug in the site, not in the content: please report it.`;
  if (/heap out of memory/i.test(plain)) {
    return `astro build ran out of memory (its JavaScript heap); nothing was built.\nFix: build on a machine with more memory, or give Astro a larger heap: NODE_OPTIONS=--max-old-space-size=${Math.floor(totalmem() / 2 ** 20 * 0.75)} npm run build (in MiB; the build uses half the machine's memory by default).`;
  }
  const messages = withoutTraces(stderr);
  return `${messages ? `${messages}\n\n` : ''}astro build failed (exit code ${code}).`;
}

/** Astro's page path ("/articles/a/index.html" or "/articles/a/") → the article id, if it is an article page. */
function articleIdOf(page: string): string | undefined {
  const id = /^\/articles\/([^/]+)\/(?:index\.html)?$/.exec(page)?.[1];
  if (id === undefined) return undefined;
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/** A page that did not finish within the limit: the article's file when it is an article page. */
export function stalledPageMessage(file: string, limitMs: number, articleFiles: Readonly<Record<string, string>>): string {
  const page = file.replace(/(^|\/)index\.html$/, '$1');
  const seconds = limitMs / 1000;
  const id = articleIdOf(page);
  const source = id === undefined ? undefined : articleFiles[id];
  const raise = `or, if the page is only slow, raise the limit: ${PAGE_TIME_LIMIT_VARIABLE}=<seconds> npm run build`;
  if (source) {
    const fix = source.endsWith('.mdx')
      ? `the MDX code in this file (an \`export\` or a \`{…}\` expression) never returns, for example an endless loop: correct it, or write the text as plain Markdown; ${raise}`
      : `a Markdown plugin did not finish on this file: please report it with the file; ${raise}`;
    return [
      `Page ${terminalSafe(page)} did not finish rendering within ${seconds} s; nothing was built.`,
      '',
      terminalSafe(source),
      `  ${terminalSafe(source)}  body  the page was still rendering after ${seconds} s (the per-page limit)  (fix: ${fix})`,
    ].join('\n');
  }
  return `Page ${terminalSafe(page)} did not finish rendering within ${seconds} s (the per-page limit); nothing was built.\nFix: find what never returns on that page; ${raise}.`;
}
