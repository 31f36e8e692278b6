// Validation on worker threads (src/lib/validation/parallel.ts) gives the very value of a run on one
// thread, over every fixture's article files (valid, invalid and hostile); a worker that cannot start
// leaves its files to the main thread.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFiles, type ContentFiles } from '../../../src/lib/content/load.ts';
import { isCacheable, validateContent } from '../../../src/lib/validation/run.ts';
import { workOutArticles } from '../../../src/lib/validation/parallel.ts';
import { checkProject, checkProjectInParallel } from '../../../src/lib/validation/check-project.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

/** Every fixture project's content, its article files moved into a folder per fixture (folders do not change ids). */
function allFixtureContent(): ContentFiles {
  const roots = [join(FIXTURES, 'valid-site'), ...['invalid', 'hostile'].flatMap((group) => readdirSync(join(FIXTURES, group)).sort().map((name) => join(FIXTURES, group, name)))];
  const base = loadContentFiles(join(FIXTURES, 'valid-site'));
  const articles = roots
    .filter((root) => existsSync(join(root, 'content')))
    .flatMap((root, index) => loadContentFiles(root).articles.map((file) => ({ ...file, path: file.path.replace('content/articles/', `content/articles/f${index}/`) })));
  return { ...base, articles };
}

describe('validation on worker threads', () => {
  it('gives the result of one thread, every cacheable article worked out by a worker', async () => {
    const files = allFixtureContent();
    const cacheable = files.articles.filter(isCacheable);
    expect(cacheable.length).toBeGreaterThan(50);
    expect(files.articles.length).toBeGreaterThan(cacheable.length);
    const { worked, use } = await workOutArticles(cacheable, { threads: 2, minItems: 0, batch: 7 });
    expect([...worked.keys()].sort()).toEqual(cacheable.map((file) => file.path).sort());
    expect(use).toEqual({ files: cacheable.length, threads: 2, failed: 0 });
    const parallel = validateContent(files, { worked });
    const single = validateContent(files);
    expect(parallel.problems.length).toBeGreaterThan(20);
    expect(parallel).toEqual(single);
  }, 60_000);

  it('stays on the main thread below its threshold or with one thread', async () => {
    const files = allFixtureContent().articles.filter(isCacheable);
    expect((await workOutArticles(files, { threads: 2, minItems: files.length + 1 })).use).toEqual({ files: 0, threads: 0, failed: 0 });
    expect((await workOutArticles(files, { threads: 1, minItems: 0 })).use).toEqual({ files: 0, threads: 0, failed: 0 });
  });

  it('checks a project as one thread does, when a worker cannot start', async () => {
    const root = join(FIXTURES, 'valid-site');
    const single = checkProject(root, { cache: false });
    const failing = new URL('./no-such-worker.ts', import.meta.url);
    const files = loadContentFiles(root).articles;
    expect((await workOutArticles(files, { threads: 2, minItems: 0, batch: 3, worker: failing })).use).toEqual({ files: 0, threads: 2, failed: 2 });
    const { threads: failedUse, ...afterFailure } = await checkProjectInParallel(root, { cache: false, threads: 2, minItems: 0, batch: 3, worker: failing });
    expect(afterFailure).toEqual(single);
    expect(failedUse).toEqual({ files: 0, threads: 2, failed: 2 });
    const { threads: use, ...parallel } = await checkProjectInParallel(root, { cache: false, threads: 2, minItems: 0, batch: 3 });
    expect(parallel).toEqual(single);
    expect(use).toEqual({ files: files.filter(isCacheable).length, threads: 2, failed: 0 });
  }, 60_000);
});
