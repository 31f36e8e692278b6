// Atomic publishing: the staging folder is swapped in only by publish(); what stood at the output folder
// is replaced only when it is absent, empty, a link or the build's own previous output, and never deleted otherwise.
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { existingOutput, leftRetired, openStaging, publishRecordPath, retire, RETIRED_MARK } from '../../../src/lib/build/steps/publish.ts';
import { BuildFailure } from '../../../src/lib/build/failure.ts';

function place(): { parent: string; outDir: string } {
  const parent = realpathSync(mkdtempSync(join(tmpdir(), 'publish-')));
  return { parent, outDir: join(parent, 'dist') };
}

/**
 * The folder beside the output once the replaced build's remover (a process of its own) has finished:
 * polled, since the build does not wait for it.
 */
async function settled(parent: string): Promise<string[]> {
  for (let tries = 0; tries < 200 && readdirSync(parent).some((name) => name.includes('.retired-')); tries++) await new Promise((r) => setTimeout(r, 50));
  return readdirSync(parent).sort();
}

/** A build: a staging folder with one file, published. */
function build(outDir: string, text: string): string {
  const staging = openStaging(outDir, 'dist');
  writeFileSync(join(staging.path, 'index.html'), text);
  return staging.publish();
}

describe('publishing', () => {
  it('writes into a fresh hidden staging folder beside the output folder, and only publish() puts it in place', () => {
    const { parent, outDir } = place();
    const staging = openStaging(outDir, 'dist');
    expect(staging.path.startsWith(join(parent, '.dist.staging-'))).toBe(true);
    writeFileSync(join(staging.path, 'index.html'), 'one');
    expect(existsSync(outDir)).toBe(false);
    expect(staging.publish()).toBe('nothing');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('one');
    expect(readdirSync(parent).sort()).toEqual(['.dist.published.json', 'dist']);
  });

  it('replaces its own previous build, recognised by the publish record, and leaves nothing else behind', async () => {
    const { parent, outDir } = place();
    build(outDir, 'one');
    expect(existingOutput(outDir)).toEqual({ kind: 'previous-build' });
    expect(build(outDir, 'two')).toBe('the previous build');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('two');
    // The old build is renamed away at once and deleted by a process of its own.
    expect(readdirSync(parent).filter((name) => !name.includes('.retired-')).sort()).toEqual(['.dist.published.json', 'dist']);
    expect(await settled(parent)).toEqual(['.dist.published.json', 'dist']);
  });

  it('deletes a retired build a stopped remover left, and only one that carries its own mark', async () => {
    const { parent, outDir } = place();
    build(outDir, 'one');
    // A retired build whose remover was stopped (a reboot): the next build deletes it.
    const stopped = retire(outDir, outDir);
    expect(leftRetired(outDir)).toEqual([stopped]);
    // Look-alikes: a name alone, and a mark copied from another folder (so another identity), are not the build's own.
    const named = join(parent, '.dist.retired-1-abcdef');
    mkdirSync(named);
    writeFileSync(join(named, 'keep.txt'), 'mine');
    const copied = join(parent, '.dist.retired-2-abcdef');
    cpSync(stopped, copied, { recursive: true });
    expect(leftRetired(outDir)).toEqual([stopped]);
    // 'two' finds no output (the retired one was renamed away); 'three' replaces 'two' and sweeps.
    build(outDir, 'two');
    build(outDir, 'three');
    for (let tries = 0; tries < 200 && existsSync(stopped); tries++) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(stopped)).toBe(false);
    expect(readFileSync(join(named, 'keep.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(copied, RETIRED_MARK))).toBe(true);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('three');
  });

  it('a discarded build leaves the previous build as it was and removes only its staging folder', () => {
    const { parent, outDir } = place();
    build(outDir, 'good');
    const staging = openStaging(outDir, 'dist');
    writeFileSync(join(staging.path, 'index.html'), 'half');
    staging.discard();
    staging.discard();
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('good');
    expect(readdirSync(parent).sort()).toEqual(['.dist.published.json', 'dist']);
  });

  it('refuses a folder it did not write, before anything starts, and deletes nothing of it', () => {
    const { outDir } = place();
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'notes.txt'), 'mine');
    expect(() => openStaging(outDir, 'dist')).toThrow(BuildFailure);
    expect(() => openStaging(outDir, 'dist')).toThrow(/^refused --outDir dist: it already exists and holds files this build did not write \(no matching \.dist\.published\.json beside it\); nothing was built\. Fix: .*$/);
    expect(readFileSync(join(outDir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('does not take a folder put in place of its previous build for its own (a new folder, even with the old record)', () => {
    const { parent, outDir } = place();
    build(outDir, 'one');
    renameSync(outDir, join(parent, 'moved'));
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'notes.txt'), 'mine');
    expect(existingOutput(outDir).kind).toBe('foreign');
    expect(() => openStaging(outDir, 'dist')).toThrow(/^refused --outDir dist/);
    expect(existsSync(publishRecordPath(outDir))).toBe(true);
  });

  it('refuses at publish time a folder that appeared while the build ran, and keeps it', () => {
    const { parent, outDir } = place();
    const staging = openStaging(outDir, 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'notes.txt'), 'mine');
    expect(() => staging.publish()).toThrow(/^refused --outDir dist/);
    staging.discard();
    expect(readFileSync(join(outDir, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('replaces a link as a link: its target is untouched', () => {
    const { parent, outDir } = place();
    mkdirSync(join(parent, 'target'));
    writeFileSync(join(parent, 'target/keep.txt'), 'keep');
    symlinkSync(join(parent, 'target'), outDir);
    expect(build(outDir, 'site')).toBe('a symbolic link (its target is untouched)');
    expect(lstatSync(outDir).isDirectory()).toBe(true);
    expect(readdirSync(join(parent, 'target'))).toEqual(['keep.txt']);
  });

  it('replaces an empty folder, and refuses a file', () => {
    const { parent, outDir } = place();
    mkdirSync(outDir);
    expect(build(outDir, 'site')).toBe('an empty folder');
    const other = join(parent, 'file');
    writeFileSync(other, 'x');
    expect(() => openStaging(other, 'file')).toThrow(/^refused --outDir file: a file stands where the output folder must be; nothing was built/);
    expect(readFileSync(other, 'utf8')).toBe('x');
  });

  it('names, and leaves alone, the staging folder of a build that was killed', () => {
    const { parent, outDir } = place();
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    mkdirSync(join(parent, `.dist.staging-${dead}-Zz9`));
    mkdirSync(join(parent, `.dist.staging-${dead}-Zz9.old`));
    mkdirSync(join(parent, `.other.staging-${dead}-Zz9`));
    const staging = openStaging(outDir, 'dist');
    expect(staging.abandoned).toEqual([`.dist.staging-${dead}-Zz9`, `.dist.staging-${dead}-Zz9.old`]);
    staging.publish();
    expect(readdirSync(parent)).toContain(`.dist.staging-${dead}-Zz9`);
  });

  it('a staging look-alike of another build is left alone', async () => {
    const { parent, outDir } = place();
    mkdirSync(join(parent, '.dist.staging-1-AAAAAA'));
    // pid 1 runs: not reported as abandoned either.
    const probe = openStaging(outDir, 'dist');
    expect(probe.abandoned).toEqual([]);
    probe.discard();
    build(outDir, 'one');
    build(outDir, 'two');
    expect(await settled(parent)).toEqual(['.dist.published.json', '.dist.staging-1-AAAAAA', 'dist']);
    rmSync(parent, { recursive: true });
  });
});

describe('a previous build restored as a new folder (a CI cache, a host that keeps dist/)', () => {
  /** A build of several files, then its output and record copied away and back, as a cache saves and restores them. */
  function restoredBuild(): { parent: string; outDir: string } {
    const { parent, outDir } = place();
    const staging = openStaging(outDir, 'dist');
    mkdirSync(join(staging.path, 'articles/a'), { recursive: true });
    writeFileSync(join(staging.path, 'index.html'), 'home');
    writeFileSync(join(staging.path, 'articles/a/index.html'), 'article a');
    staging.publish();
    const saved = join(parent, 'cache');
    cpSync(outDir, saved, { recursive: true });
    rmSync(outDir, { recursive: true });
    cpSync(saved, outDir, { recursive: true });
    rmSync(saved, { recursive: true });
    return { parent, outDir };
  }

  it('is recognised by the fingerprint in the publish record and replaced like the previous build', async () => {
    const { parent, outDir } = restoredBuild();
    expect(existingOutput(outDir)).toEqual({ kind: 'restored-build' });
    expect(build(outDir, 'next')).toBe('the previous build, restored');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('next');
    expect(await settled(parent)).toEqual(['.dist.published.json', 'dist']);
    expect(existingOutput(outDir)).toEqual({ kind: 'previous-build' });
  });

  it.each([
    ['a file changed (same size)', (outDir: string) => writeFileSync(join(outDir, 'index.html'), 'HOME')],
    ['a file added', (outDir: string) => writeFileSync(join(outDir, 'notes.txt'), 'mine')],
    ['a file removed', (outDir: string) => rmSync(join(outDir, 'articles/a/index.html'))],
    ['a file moved', (outDir: string) => renameSync(join(outDir, 'articles/a'), join(outDir, 'articles/b'))],
  ])('is refused, and nothing of it deleted, with %s', (_, change) => {
    const { outDir } = restoredBuild();
    change(outDir);
    const before = listing(outDir);
    expect(existingOutput(outDir).kind).toBe('foreign');
    expect(() => openStaging(outDir, 'dist')).toThrow(/^refused --outDir dist: it is not the folder this build published last, and its files differ from what \.dist\.published\.json says was published/);
    expect(listing(outDir)).toEqual(before);
  });

  it('a record without a fingerprint (an older build) recognises only its own folder, as before', () => {
    const { outDir } = restoredBuild();
    const record = JSON.parse(readFileSync(publishRecordPath(outDir), 'utf8')) as Record<string, unknown>;
    delete record.tree;
    writeFileSync(publishRecordPath(outDir), JSON.stringify(record));
    expect(existingOutput(outDir).kind).toBe('foreign');
  });
});

function listing(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const abs = join(dir, name);
    if (lstatSync(abs).isFile()) out[name] = readFileSync(abs, 'utf8');
  }
  return out;
}
