// Two clean builds of the same content, in different folders with empty caches, are byte-identical.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite, REPO } from '../support/build-site.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    return statSync(abs).isDirectory() ? files(abs) : [abs];
  });
}

it('two clean builds, under different locales and time zones, produce the same dist/, byte for byte', async () => {
  const caches = [join(REPO, 'tests/.tmp/og-cache-a'), join(REPO, 'tests/.tmp/og-cache-b')];
  for (const dir of caches) rmSync(dir, { recursive: true, force: true });
  const [a, b] = await Promise.all([
    // Names whose order differs between locales (Swedish sorts Ä after Z, Turkish has a dotless ı), built
    // under two locales and two time zones 14 hours apart: nothing may depend on the machine's settings.
    buildSite('deterministic-a', ['repo', 'locale-order'], { OG_CACHE_DIR: caches[0]!, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TZ: 'UTC', NODE_ENV: 'production', DEV: '', PROD: '1', MODE: 'production' }),
    // A caller's environment (a test runner exports NODE_ENV=test, DEV=1, MODE=test) does not change what a build writes.
    buildSite('deterministic-b', ['repo', 'locale-order'], { OG_CACHE_DIR: caches[1]!, LANG: 'sv_SE.UTF-8', LC_ALL: 'sv_SE.UTF-8', TZ: 'Pacific/Kiritimati', NODE_ENV: 'test', DEV: '1', PROD: '', MODE: 'test' }),
  ]);
  expect(a.code, a.output).toBe(0);
  expect(b.code, b.output).toBe(0);
  const listA = files(a.dist).map((f) => relative(a.dist, f)).sort();
  const listB = files(b.dist).map((f) => relative(b.dist, f)).sort();
  expect(listB).toEqual(listA);
  const differing = listA.filter((file) => !readFileSync(join(a.dist, file)).equals(readFileSync(join(b.dist, file))));
  expect(differing).toEqual([]);
  // No absolute path of the machine leaks into the output.
  for (const file of listA.filter((f) => /\.(html|xml|txt|js|json|css)$/.test(f))) {
    expect(readFileSync(join(a.dist, file), 'utf8').includes(REPO), file).toBe(false);
  }
});
