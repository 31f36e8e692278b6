// Incremental builds (issue 24): an incremental build's dist/ is byte-identical to a clean build of the
// same tree after any sequence of edits, a removed article leaves nothing behind, and the build
// really skips pages (so the equality is not that of two full builds).
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/build-site.ts';
import { outputPathOf, UNKEYED_ROUTES } from '../support/unkeyed-routes.ts';
import { build, distDifferences, EDITS, freshRoot, mentionsOf, pagesOf, type Build } from './incremental-support.ts';

const SAMPLE = join(REPO, 'content');

// The routes without parameters (tests/support/unkeyed-routes.ts) cannot carry a cacheKey and render every
// build (one page each per edition, cheap); any other page rendered by a build without changes is a route
// that gives its paths no key.
const UNKEYED = new Set(Object.keys(UNKEYED_ROUTES).map(outputPathOf));

function expectBuilt(result: Build): void {
  expect(result.code, result.output.slice(-3000)).toBe(0);
}

/** Builds the incremental root and a clean copy of its tree side by side, and compares their output. */
async function buildAndCompare(root: string, step: number, env: Record<string, string>): Promise<Build> {
  const clean = freshRoot(`incremental-clean-${step}`, join(root, 'content'));
  const [incremental, fresh] = await Promise.all([build(root, env), build(clean, env)]);
  expectBuilt(incremental);
  expectBuilt(fresh);
  expect(distDifferences(incremental.dist, fresh.dist)).toEqual([]);
  return incremental;
}

describe('incremental builds', () => {
  it('skip every keyed page when nothing changed, and re-render an edited body (with what shows it) only', async () => {
    const root = freshRoot('incremental-skip', SAMPLE);
    // Pages one at a time (as where MDX is trusted: src/lib/build/page-concurrency.ts), so that Astro's log
    // pairs each page with "(restored)"; the sequences below build pages four at a time, as sites do.
    const serial = { TRUSTED_MDX: 'on' };
    const cold = await build(root, serial);
    expectBuilt(cold);
    expect(pagesOf(cold.output).skipped).toEqual([]);

    const again = await build(root, serial);
    expectBuilt(again);
    const unchanged = pagesOf(again.output);
    // Every route with parameters keys its paths: only the routes listed above render again.
    expect(unchanged.rendered.filter((page) => !UNKEYED.has(page))).toEqual([]);
    expect(unchanged.skipped.length).toBeGreaterThan(100);
    expect(distDifferences(cold.dist, again.dist)).toEqual([]);

    EDITS['body']!(root, 0, serial);
    const edited = await buildAndCompare(root, 0, serial);
    const pages = pagesOf(edited.output);
    const keyedRendered = pages.rendered.filter((page) => !UNKEYED.has(page));
    // The edited article's page renders again (and, if it is among the newest, the main feed does anyway);
    // the lists showing only its card, title and summary do not change.
    expect(keyedRendered.length).toBeGreaterThan(0);
    expect(keyedRendered.length).toBeLessThan(pages.skipped.length / 10);
  }, 900_000);

  it('gives the same dist/ as a clean build after random edit sequences (body, title, date, bio, topics, scripture, draft, rename, delete, add, picture, plugin, site config)', async () => {
    const kinds = Object.keys(EDITS);
    let step = 0;
    await fc.assert(
      // Every kind of edit once, in a random order with random targets, as two sequences on two trees.
      fc.asyncProperty(fc.shuffledSubarray(kinds, { minLength: kinds.length, maxLength: kinds.length }), fc.array(fc.nat(1000), { minLength: kinds.length, maxLength: kinds.length }), async (order, picks) => {
        const half = Math.ceil(order.length / 2);
        for (const sequence of [order.slice(0, half), order.slice(half)]) {
          const env: Record<string, string> = {};
          const root = freshRoot('incremental-sequence', SAMPLE);
          expectBuilt(await build(root, env));
          const done: string[] = [];
          for (const kind of sequence) {
            const pick = picks[kinds.indexOf(kind)]!;
            const { did, removed } = EDITS[kind]!(root, pick, env);
            done.push(did);
            const result = await buildAndCompare(root, ++step, env);
            if (removed) expect(mentionsOf(result.dist, removed), `${removed} after ${done.join('; ')}`).toEqual([]);
            if (kind === 'plugin') {
              expect(result.output).toContain('incremental-build cache were dropped');
              expect(pagesOf(result.output).skipped).toEqual([]);
            }
          }
        }
      }),
      // Each step is two builds: one run of every kind, a fixed seed (a failure names its edits), no shrinking.
      { numRuns: 1, seed: 24, endOnFailure: true },
    );
  }, 1_800_000);
});
