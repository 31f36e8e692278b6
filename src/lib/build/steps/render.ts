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

export interface AstroRun {
  /** Resolves with Astro's exit code and what it wrote to stderr. */
  exited: Promise<{ code: number | null; stderr: string }>;
  /** Starts passing Astro's standard output through (what it printed so far first). */
  showOutput(): void;
  /** Ends Astro and drops its output (the content turned out invalid: our report says it all). */
  cancel(): void;
}

export interface AstroBuildOptions {
  repo: string;
  root: string;
  config: string;
  outDir: string;
  /** The validated site the validate step wrote: the site integration reads it instead of validating again. */
  siteContentFile: string;
}

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
export function startAstroBuild({ repo, root, config, outDir, siteContentFile }: AstroBuildOptions): AstroRun {
  const astro = resolve(repo, 'node_modules/astro/bin/astro.mjs');
  // Astro reads --config relative to --root.
  const args = [...astroHeapFlags(), astro, 'build', '--root', root, '--config', relative(root, config), '--outDir', outDir];
  const colour = process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {};
  // The site integration inside Astro reads the validated site instead of validating a second time.
  const env = { ...process.env, ...colour, WATCHMAN_SITE_CONTENT: siteContentFile };
  const child = spawn(process.execPath, args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], env });
  let held: Buffer[] | undefined = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => (held ? held.push(chunk) : process.stdout.write(chunk)));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const exited = new Promise<{ code: number | null; stderr: string }>((resolvePromise, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolvePromise({ code, stderr: Buffer.concat(stderr).toString('utf8') }));
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
export function renderFailureMessage(code: number | null, stderr: string, articleFiles: Readonly<Record<string, string>>): string {
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
