// Builds a fixture site with this project's code: the fixture supplies only content/.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(REPO, 'tests/fixtures');
const TMP = join(REPO, 'tests/.tmp');

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, ANSI colours removed. */
  output: string;
  root: string;
  dist: string;
}

/**
 * Copies the given fixture folders (later ones overlay earlier ones; `repo` is this project's
 * own content/) into a fresh project root
 * and builds it with `npm run build`'s own pipeline (scripts/build.ts: validation, Open Graph cards,
 * `astro build` with the repository's config, src/ and public/, search index, audit).
 */
export async function buildSite(name: string, layers: string[], env: Record<string, string> = {}, prepare?: (root: string) => void, args: string[] = []): Promise<BuildResult> {
  const root = join(TMP, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const layer of layers) {
    // 'repo' layers the project's own content/ (the sample site) under a fixture.
    const from = layer === 'repo' ? REPO : join(FIXTURES, layer);
    if (layer === 'repo') {
      cpSync(join(REPO, 'content'), join(root, 'content'), { recursive: true });
      continue;
    }
    if (!existsSync(from)) throw new Error(`no fixture folder ${from}`);
    cpSync(from, root, { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
  }
  // Files a copy must not write (a sparse 2 GB picture) are made in the root itself.
  prepare?.(root);
  const dist = join(root, 'dist');
  const { code, output } = await run(
    process.execPath,
    [join(REPO, 'scripts/build.ts'), '--root', root, '--config', join(REPO, 'astro.config.mjs'), '--outDir', dist, ...args],
    { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  );
  return { code, output, root, dist };
}

/** Runs `npm run check`'s script against a fixture root. */
export async function checkSite(root: string, args: string[] = []): Promise<{ code: number | null; output: string }> {
  return run(process.execPath, [join(REPO, 'scripts/check.ts'), '--root', root, ...args], { NO_COLOR: '1' });
}

function run(command: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd: REPO, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolvePromise({ code, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}
