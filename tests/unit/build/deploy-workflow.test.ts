// The shipped GitHub Actions workflow keeps what an incremental build needs, under keys that cannot
// serve output of other code (docs/deploying.md, "Caches between builds").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}

const workflow = parse(readFileSync(join(import.meta.dirname, '../../../.github/workflows/deploy.yml'), 'utf8')) as { jobs: { build: { steps: Step[] } } };
const steps = workflow.jobs.build.steps;
const caches = steps.filter((step) => step.uses?.startsWith('actions/cache@'));
const lines = (text = '') => text.split('\n').map((line) => line.trim()).filter(Boolean);
const position = (predicate: (step: Step) => boolean) => steps.findIndex(predicate);

it('restores and saves the previous output, its publish record and Astro\'s caches before the build', () => {
  const output = caches.find((step) => lines(step.with?.path).includes('dist'));
  expect(lines(output?.with?.path).sort()).toEqual(['.dist.published.json', 'dist', 'node_modules/.astro']);
  expect(caches.flatMap((step) => lines(step.with?.path))).toContain('node_modules/.cache/watchman');
  const build = position((step) => step.run === 'npm run build');
  for (const cache of caches) expect(steps.indexOf(cache)).toBeLessThan(build);
});

it('keys the output and Astro\'s caches by the code, with no fallback to another code\'s cache', () => {
  const output = caches.find((step) => lines(step.with?.path).includes('dist'))!;
  const key = output.with!.key!;
  const restoreKeys = lines(output.with!['restore-keys']);
  expect(key).toContain('${{ steps.keys.outputs.code }}');
  // Every fallback still names the code: only a run of the same code is ever restored.
  expect(restoreKeys.length).toBeGreaterThan(0);
  for (const prefix of restoreKeys) {
    expect(prefix).toContain('${{ steps.keys.outputs.code }}');
    expect(key.startsWith(prefix)).toBe(true);
  }
  const keys = steps.find((step) => step.id === 'keys')!;
  for (const part of ['src', 'scripts', 'public', 'astro.config.mjs', 'package-lock.json', 'node_modules/.package-lock.json', 'node --version', 'SITE_URL']) expect(keys.run).toContain(part);
  expect(position((step) => step.id === 'keys')).toBeLessThan(steps.indexOf(output));
  expect(position((step) => step.id === 'pages')).toBeLessThan(position((step) => step.id === 'keys'));
});
