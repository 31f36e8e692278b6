// A failed build never touches what is published. Starting from a good build, a failure at each step
// (invalid content, a page that throws, a fault injected after render, Open Graph cards, search index
// and audit), an interrupt at several points and an article deleted mid-build each leave dist/
// byte-identical to the previous good build and no staging folder behind. Each failing build also adds
// an article, so a build that published anything would change dist/. And --outDir over the project
// is refused before anything starts; a page that never finishes ends in an error naming its file.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, FIXTURES, REPO } from '../support/build-site.ts';

const STACK_SIGNS = [/^\s+at /m, /Stack trace/, /\.mjs:\d+/, /node_modules\//, /panicked at/];
const ROOT = join(REPO, 'tests/.tmp/publish-atomic');
const DIST = join(ROOT, 'dist');
const TARGET = join(REPO, 'tests/.tmp/publish-atomic-link-target');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** Runs `npm run build`'s script on ROOT; `interrupt` sends a signal once the output contains its text. */
function build(args: string[], env: Record<string, string> = {}, interrupt?: { after: string; signal: NodeJS.Signals }, onOutput?: (output: string) => void): Promise<Run> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [join(REPO, 'scripts/build.ts'), ...args], { cwd: REPO, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env } });
    let output = '';
    let sent = false;
    const seen = (chunk: Buffer) => {
      output += chunk;
      onOutput?.(output);
      if (interrupt && !sent && output.includes(interrupt.after)) {
        sent = true;
        child.kill(interrupt.signal);
      }
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.on('close', (code, signal) => resolvePromise({ code, signal, output }));
  });
}

const buildRoot = (env: Record<string, string> = {}, interrupt?: { after: string; signal: NodeJS.Signals }, onOutput?: (output: string) => void) =>
  build(['--root', ROOT, '--outDir', DIST], env, interrupt, onOutput);

/** Every file under `dir` with the hash of its bytes. */
function tree(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const relative = `${prefix}${name}`;
    if (lstatSync(path).isDirectory()) Object.assign(files, tree(path, `${relative}/`));
    else files[relative] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return files;
}

/** Folders a build left beside dist/, once the remover of a replaced build (a process the build does not wait for) is done. */
async function leftovers(): Promise<string[]> {
  const left = () => readdirSync(ROOT).filter((name) => name.includes('.staging-') || name.includes('.old') || name.includes('.retired-'));
  for (let tries = 0; tries < 300 && left().some((name) => name.includes('.retired-')); tries++) await new Promise((r) => setTimeout(r, 100));
  return left();
}

function article(id: string, body: string): [string, string] {
  return [`content/articles/${id}`, `---\ntitle: An Article Added For ${id}\ndate: 2025-03-01\nauthor: ada-author\nsource: Example Wire\n---\n${body}\n`];
}

const NEW_ARTICLE = article('added-later.md', 'A valid article that a published build would add to the site.');
const failures: { name: string; files: [string, string][]; env?: Record<string, string>; says: string }[] = [
  { name: 'invalid content', files: [NEW_ARTICLE, article('bad-date.md', 'x').map((text, i) => (i ? text.replace('2025-03-01', '2025-13-45') : text)) as [string, string]], says: 'content/articles/bad-date.md' },
  // MDX code runs only with trusted MDX, the one way a page can throw while rendering.
  { name: 'a page that throws while rendering', files: [NEW_ARTICLE, article('throws.mdx', 'export const x = null;\n\nIt throws: {x.y}.')], env: { TRUSTED_MDX: 'on' }, says: 'Page /articles/throws/ could not be rendered; nothing was built.' },
  ...['render', 'og-images', 'search-index', 'audit'].map((step) => ({ name: `a fault after ${step}`, files: [NEW_ARTICLE], env: { WATCHMAN_INJECT_FAULT: step }, says: `fault injected after the ${step} step` })),
];

let good: Record<string, string>;

describe('atomic publishing', () => {
  beforeAll(async () => {
    rmSync(ROOT, { recursive: true, force: true });
    rmSync(TARGET, { recursive: true, force: true });
    mkdirSync(ROOT, { recursive: true });
    cpSync(join(FIXTURES, 'base'), ROOT, { recursive: true });
    // The first build replaces a dist that is a link to a folder elsewhere: as a link, its target untouched.
    mkdirSync(TARGET, { recursive: true });
    writeFileSync(join(TARGET, 'keep.txt'), 'not the build\'s');
    symlinkSync(TARGET, DIST);
    const first = await buildRoot();
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain('(replaced a symbolic link (its target is untouched))');
    expect(readdirSync(TARGET)).toEqual(['keep.txt']);
    expect(lstatSync(DIST).isDirectory()).toBe(true);
    good = tree(DIST);
    expect(Object.keys(good)).toContain('articles/base-article/index.html');
  }, 300_000);

  it.each(failures)('$name leaves dist/ byte-identical to the previous good build', { timeout: 180_000 }, async ({ files, env, says }) => {
    for (const [path, text] of files) writeFileSync(join(ROOT, path), text);
    try {
      const run = await buildRoot(env);
      expect(run.code, run.output).toBe(1);
      expect(run.output).toContain(says);
      for (const sign of STACK_SIGNS) expect(run.output, `a stack trace (${sign}) in:\n${run.output}`).not.toMatch(sign);
    } finally {
      for (const [path] of files) rmSync(join(ROOT, path), { force: true });
    }
    expect(tree(DIST)).toEqual(good);
    expect(await leftovers()).toEqual([]);
  });

  it.each([
    { after: '[pipeline] content valid', signal: 'SIGINT' as const, code: 130 },
    { after: '├─', signal: 'SIGTERM' as const, code: 143 },
    // With every cache warm the steps after the cards take milliseconds and never wait: the build holds there
    // (a test hook) so that the signal lands between the cards and the swap, not after it.
    { after: '[pipeline] paused after the og-images step', signal: 'SIGINT' as const, code: 130, env: { WATCHMAN_PAUSE_AFTER: 'og-images' } },
  ])('$signal after "$after" leaves dist/ as it was and removes the staging folder', { timeout: 180_000 }, async ({ after, signal, code, env }) => {
    writeFileSync(join(ROOT, NEW_ARTICLE[0]), NEW_ARTICLE[1]);
    try {
      const run = await buildRoot(env ?? {}, { after, signal });
      expect(run.code, run.output).toBe(code);
      expect(run.output).toContain(`build interrupted (${signal}): nothing was published; ${DIST.slice(REPO.length + 1)} is as it was before this build.`);
    } finally {
      rmSync(join(ROOT, NEW_ARTICLE[0]), { force: true });
    }
    // Astro was ended before the staging folder was removed: nothing writes it again.
    await new Promise((resolveWait) => setTimeout(resolveWait, 1500));
    expect(await leftovers()).toEqual([]);
    expect(tree(DIST)).toEqual(good);
  });

  it('an article deleted while the build runs is named, with no stack trace and nothing published', { timeout: 180_000 }, async () => {
    const [path, text] = NEW_ARTICLE;
    writeFileSync(join(ROOT, path), text);
    let deleted = false;
    const run = await buildRoot({}, undefined, (output) => {
      if (!deleted && output.includes('[pipeline] content valid')) {
        deleted = true;
        rmSync(join(ROOT, path));
      }
    });
    expect(deleted).toBe(true);
    expect(run.code, run.output).toBe(1);
    expect(run.output).toContain('The content changed while the build ran, so what was checked is not what was built; nothing was published');
    expect(run.output).toContain('  - content/articles/added-later.md was deleted or moved');
    for (const sign of STACK_SIGNS) expect(run.output, `a stack trace (${sign}) in:\n${run.output}`).not.toMatch(sign);
    expect(tree(DIST)).toEqual(good);
    expect(await leftovers()).toEqual([]);
  });

  it('a successful build replaces its own previous build and leaves nothing else behind', { timeout: 180_000 }, async () => {
    writeFileSync(join(ROOT, NEW_ARTICLE[0]), NEW_ARTICLE[1]);
    const run = await buildRoot();
    rmSync(join(ROOT, NEW_ARTICLE[0]));
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('(replaced the previous build)');
    expect(Object.keys(tree(DIST))).toContain('articles/added-later/index.html');
    expect(await leftovers()).toEqual([]);
  });

  it('a dist/ restored from a cache (a copy, so a new folder) is replaced as the previous build, and the audit reads none of its unchanged files', { timeout: 240_000 }, async () => {
    // Back to the fixture's content (the previous test added an article), so that the next build changes nothing.
    expect((await buildRoot()).code).toBe(0);
    const saved = join(REPO, 'tests/.tmp/publish-atomic-cache');
    rmSync(saved, { recursive: true, force: true });
    cpSync(DIST, saved, { recursive: true });
    rmSync(DIST, { recursive: true });
    cpSync(saved, DIST, { recursive: true });
    rmSync(saved, { recursive: true });
    const run = await buildRoot();
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('(replaced the previous build, restored)');
    const [, read, unchanged] = /(\d+) files read, (\d+) unchanged since the last audit/.exec(run.output)!.map(Number);
    expect(read).toBe(0);
    expect(unchanged).toBeGreaterThan(0);
    expect(await leftovers()).toEqual([]);
  });
});

describe('--outDir over the project', () => {
  const root = join(REPO, 'tests/.tmp/publish-outdir');
  beforeAll(() => {
    rmSync(root, { recursive: true, force: true });
    cpSync(join(FIXTURES, 'base'), root, { recursive: true });
    const link = join(REPO, 'tests/.tmp/publish-outdir-content-link');
    rmSync(link, { force: true }); // the link from an earlier run, not its target
    symlinkSync(join(root, 'content'), link, 'dir');
  });

  it.each([
    { outDir: () => root, reason: 'it is the project root' },
    { outDir: () => join(root, '..'), reason: 'it contains the project root' },
    { outDir: () => join(root, 'content'), reason: "it is the project root's content/ folder" },
    { outDir: () => join(REPO, 'tests/.tmp/publish-outdir-content-link/articles'), reason: "it lies inside the project root's content/ folder" },
    { outDir: () => join(REPO, 'src'), reason: "it is the site code's repository's src/ folder" },
  ])('is refused in one line before anything starts: $reason', { timeout: 60_000 }, async ({ outDir, reason }) => {
    const before = tree(join(root, 'content'));
    const run = await build(['--root', root, '--outDir', outDir()]);
    expect(run.code).toBe(1);
    expect(run.output.trim().split('\n')).toHaveLength(1);
    expect(run.output).toContain(reason);
    expect(run.output).toMatch(/^\s*refused --outDir \S+: .*; nothing was built\. Fix: build into a folder of its own/);
    expect(tree(join(root, 'content'))).toEqual(before);
    expect(existsSync(join(REPO, 'src/pages'))).toBe(true);
  });

  it('a folder the build did not write is refused and kept', { timeout: 60_000 }, async () => {
    const outDir = join(root, 'mine');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'notes.txt'), 'mine');
    const run = await build(['--root', root, '--outDir', outDir]);
    expect(run.code).toBe(1);
    expect(run.output.trim()).toMatch(/^refused --outDir \S+mine: it already exists and holds files this build did not write/);
    expect(readFileSync(join(outDir, 'notes.txt'), 'utf8')).toBe('mine');
  });
});

// MDX code runs only where the site trusts its authors (trustedMdx): there a page can still hang.
describe('per-page render time limit, with trusted MDX', () => {
  it.each([
    { fixture: 'hang-mdx', id: 'never-returns', what: 'an MDX expression' },
    { fixture: 'hang-mdx-export', id: 'export-loops', what: 'an MDX export' },
  ])('$what that never returns ends the build with an error naming the file, and publishes nothing', { timeout: 180_000 }, async ({ fixture, id }) => {
    const { code, output, dist, root } = await buildSite(`publish-${fixture}`, ['base', fixture], { WATCHMAN_PAGE_TIME_LIMIT: '2', TRUSTED_MDX: 'on' });
    expect(code, output).toBe(1);
    expect(output).toContain(`Page /articles/${id}/ did not finish rendering within 2 s; nothing was built.`);
    expect(output).toContain(`content/articles/${id}.mdx  body  the page was still rendering after 2 s (the per-page limit)  (fix: the MDX code in this file`);
    for (const sign of STACK_SIGNS) expect(output, `a stack trace (${sign}) in:\n${output}`).not.toMatch(sign);
    expect(existsSync(dist)).toBe(false);
    expect(readdirSync(root).filter((name) => name.includes('.staging-'))).toEqual([]);
  });
});
