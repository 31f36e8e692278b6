// `astro check` (TypeScript over .ts and .astro files, strictest settings) reports no errors.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO } from '../support/build-site.ts';

it('astro check finds no type errors', () => {
  const result = spawnSync(process.execPath, [join(REPO, 'node_modules/astro/bin/astro.mjs'), 'check'], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' } });
  const output = `${result.stdout}${result.stderr}`;
  expect(output, output).toMatch(/- 0 errors/);
  expect(result.status, output).toBe(0);
}, 180_000);
