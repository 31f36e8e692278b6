// A page that fails while Astro renders it, and an output folder that cannot be written: each ends the
// build with one clear message naming the file or folder, what went wrong and the fix, never a stack trace.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, REPO } from '../support/build-site.ts';

const STACK_SIGNS = [/^\s+at /m, /Stack trace/, /\.mjs:\d+/, /node_modules\//, /panicked at/];

describe('render failures', () => {
  it('an MDX article that throws while rendering names the file, the error and the fix', { timeout: 180_000 }, async () => {
    // MDX code runs only when the operator trusts MDX (by default validation refuses the export and the expression).
    const { code, output, dist } = await buildSite('render-failure-mdx', ['base', 'render-failure'], { TRUSTED_MDX: 'on' });
    expect(code, output).not.toBe(0);
    expect(output).toContain('Page /articles/throws/ could not be rendered; nothing was built.');
    expect(existsSync(dist), 'a half-built site was left behind').toBe(false);
    expect(output).toContain("content/articles/throws.mdx  body  the page failed while rendering: TypeError: Cannot read properties of null (reading 'y')");
    expect(output).toMatch(/fix: the MDX code in this file \(an `export` or a `\{…\}` expression\) throws/);
    for (const sign of STACK_SIGNS) expect(output, `a stack trace (${sign}) in:\n${output}`).not.toMatch(sign);
  });
});

describe('output folder', () => {
  it('an output folder that cannot be written ends the build in one line naming it', { timeout: 60_000 }, async () => {
    const base = join(REPO, 'tests/.tmp/unwritable-out');
    rmSync(base, { recursive: true, force: true });
    mkdirSync(base, { recursive: true });
    // Running as root makes any folder writable, so a file stands where the folder must be.
    writeFileSync(join(base, 'blocked'), '');
    const outDir = join(base, 'blocked', 'dist');
    const { code, output } = await run([join(REPO, 'scripts/build.ts'), '--outDir', outDir]);
    expect(code).toBe(1);
    expect(output.trim()).toBe(`cannot write the output folder ${outDir.slice(REPO.length + 1)}: a file stands where a folder must be; make it writable, or build elsewhere with --outDir <folder>.`);
  });
});

function run(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, args, { cwd: REPO, env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}
