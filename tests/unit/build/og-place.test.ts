import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ogCachePath, storeInCache } from '../../../src/lib/og/cache.ts';
import { copyOgImages, placeFile } from '../../../src/lib/build/steps/og-images.ts';

const card = (title: string) => ({ title, author: 'Jane Doe', date: '2 March 2026', siteTitle: 'Watchman Notes' });

it('links each card from the og cache into the staging folder, and a card drawn again later leaves the staged one as it was', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'og-place-cache-'));
  const staging = mkdtempSync(join(tmpdir(), 'og-place-out-'));
  const jobs = [{ id: 'a', card: card('A') }, { id: 'b', card: card('B') }];
  for (const job of jobs) storeInCache(job.card, Buffer.from(`png of ${job.id}`), cacheDir);
  copyOgImages(jobs, staging, cacheDir);
  for (const job of jobs) {
    const staged = statSync(join(staging, 'og', `${job.id}.png`));
    expect(staged.ino).toBe(statSync(ogCachePath(job.card, cacheDir)).ino);
    expect(readFileSync(join(staging, 'og', `${job.id}.png`), 'utf8')).toBe(`png of ${job.id}`);
  }
  // The cache replaces a card by renaming a new file in: the published one keeps its bytes.
  storeInCache(jobs[0]!.card, Buffer.from('redrawn'), cacheDir);
  expect(readFileSync(join(staging, 'og/a.png'), 'utf8')).toBe('png of a');
});

it('copies where a link cannot be made (another file system) and fails on a missing source', () => {
  const source = join(mkdtempSync(join(tmpdir(), 'og-place-src-')), 'card.png');
  writeFileSync(source, 'png');
  // /dev/shm is another file system than the temporary folder on most Linux machines: a link fails there with EXDEV.
  const other = existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(tmpdir()).dev ? mkdtempSync('/dev/shm/og-place-') : undefined;
  if (other) {
    expect(placeFile(source, join(other, 'card.png'))).toBe('copied');
    expect(statSync(join(other, 'card.png')).ino).not.toBe(statSync(source).ino);
    expect(readFileSync(join(other, 'card.png'), 'utf8')).toBe('png');
    rmSync(other, { recursive: true }); // memory, not disk: not left for the system's temporary-file cleaning
  }
  // A name already taken cannot be linked either: it is copied over, as before.
  const taken = join(mkdtempSync(join(tmpdir(), 'og-place-out-')), 'card.png');
  writeFileSync(taken, 'old');
  expect(placeFile(source, taken)).toBe('copied');
  expect(readFileSync(taken, 'utf8')).toBe('png');
  expect(() => placeFile(`${source}.missing`, join(tmpdir(), 'never.png'))).toThrow(/ENOENT/);
});
