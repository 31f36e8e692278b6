// `npm run bench -- --quick --no-browser`: 200 articles, one run of every phase, for both sites (~2.5 min on 2 cores).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchResult, SizeResult } from '../../scripts/bench/run/index.ts';

const REPO = resolve(import.meta.dirname, '../..');
const out = join(mkdtempSync(join(tmpdir(), 'bench-quick-')), 'result.json');
// Its own work folder, so a benchmark someone runs by hand is never disturbed.
const work = join(REPO, 'scripts/bench/.work/test-quick');
let result: BenchResult;
let size: SizeResult;
let output = '';

beforeAll(async () => {
  const code = await new Promise<number | null>((done) => {
    const child = spawn(process.execPath, [join(REPO, 'scripts/bench/run.ts'), '--quick', '--no-browser', '--out', out, '--work', work], { cwd: REPO });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', done);
  });
  if (code !== 0) throw new Error(`bench --quick failed (exit ${code}):\n${output}`);
  result = JSON.parse(readFileSync(out, 'utf8')) as BenchResult;
  size = result.sizes[0]!;
}, 900_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(out, { force: true });
});

describe('npm run bench -- --quick --no-browser', () => {
  it('runs one size of 200 articles once, and records machine and code', () => {
    expect(result.options).toMatchObject({ sizes: [200], runs: 1, browser: false });
    expect(result.sizes.map((s) => s.size)).toEqual([200]);
    expect(result.machine).toMatchObject({ cpus: expect.any(Number), node: expect.stringMatching(/^v\d+/), astro: expect.any(String), pagefind: expect.any(String) });
    expect(result.code.commit).toMatch(/^[0-9a-f]{40}$|^\?$/);
    // Ours is built by scripts/build.ts once the checkout has it, else by astro build; the results say which.
    expect(result.commands?.ours).toMatch(existsSync(join(REPO, 'scripts/build.ts')) ? /^node <repo>\/scripts\/build\.ts --root <root> --config <repo>\/astro\.config\.mjs --outDir <root>\/dist$/ : /astro\.mjs build --root <root>/);
    expect(result.commands?.baseline).toMatch(/astro\.mjs build --root <root> --config .*scripts\/bench\/baseline\/astro\.config\.mjs$/);
    expect(size.corpus).toMatchObject({ articles: 200, published: 198, drafts: 2, mdx: 2 });
  });

  it('times every phase of our cold build, and the baseline’s', () => {
    expect(size.cold.baseline).toHaveLength(1);
    expect(size.cold.ours).toHaveLength(1);
    const ours = size.cold.ours[0]!;
    for (const phase of ['contentValidationMs', 'contentSyncMs', 'bundlingMs', 'renderingMs', 'auditMs', 'searchIndexMs'] as const) {
      expect(ours.phases[phase], phase).toBeGreaterThan(0);
    }
    for (const group of ['articles', 'scripture']) expect(ours.phases.routes[group]?.routes, group).toBeGreaterThan(0);
    expect(ours.phases.ogImagesDrawn).toBe(198);
    expect(ours.phases.ogImagesMs).toBeGreaterThan(0);
    expect(ours.wallMs).toBeGreaterThan(0);
    expect(ours.peakRssMiB).toBeGreaterThan(50);
    const baseline = size.cold.baseline[0]!;
    expect(baseline.phases.renderingMs).toBeGreaterThan(0);
    expect(baseline.phases.routes['articles']!.routes).toBe(198);
    expect(baseline.phases.searchIndexMs).toBeUndefined();
  });

  it('indexes exactly the published articles', () => {
    expect(size.output.ours.indexedPages).toBe(198);
    expect(size.output.ours.articlePages).toBe(198);
    expect(size.indexMatchesArticles).toBe(true);
    expect(size.output.ours.pagefindBytes).toBeGreaterThan(0);
    expect(size.output.baseline.htmlPages).toBe(199);
    // Files a deploy uploads, by kind: they add up to all of dist/.
    const kinds = size.output.ours.filesByKind!;
    expect(kinds['Open Graph images']).toBe(198);
    expect(kinds['HTML pages']).toBe(size.output.ours.htmlPages);
    expect(kinds['Pagefind files']).toBe(size.output.ours.pagefindFiles);
    expect(Object.values(kinds).reduce((a, b) => a + b, 0)).toBe(size.output.ours.distFiles);
  });

  it('runs Pagefind’s CLI, check cold and warm, and a warm rebuild per scenario, baseline then ours', () => {
    expect(size.pagefindCli[0]!.wallMs).toBeGreaterThan(0);
    expect(size.pagefindCli[0]!.indexedPages).toBe(198);
    expect(size.check[0]!.wallMs).toBeGreaterThan(0);
    expect(size.checkWarm![0]!.wallMs).toBeGreaterThan(0);
    expect(result.options.scenarios).toEqual(['edit', 'title', 'add', 'delete']);
    for (const kind of ['edit', 'title', 'add', 'delete'] as const) {
      for (const site of ['baseline', 'ours'] as const) expect(size.warm[kind]?.[site], `${kind} ${site}`).toHaveLength(1);
    }
    // Added, then one deleted: the index follows the content.
    expect(size.warm.add!.ours[0]!.phases.indexedPages).toBe(199);
    expect(size.warm.delete!.ours[0]!.phases.indexedPages).toBe(198);
    expect(output).toMatch(/deleted \S+-\d+/);
    expect(output).toContain('| warm rebuild (caches kept) | baseline | ours | ours / baseline | load at each run’s start (B / O) |');
  });

  it('compares the last warm dist/ with a clean build of the same tree, file by file', () => {
    const inc = size.incremental!;
    expect(inc.cleanBuild.wallMs).toBeGreaterThan(0);
    expect(inc.files).toBeGreaterThan(size.output.ours.htmlPages);
    expect(inc).toMatchObject({ differing: 0, changed: 0, onlyIncremental: 0, onlyClean: 0, examples: [] });
    expect(output).toContain(`wrote the same ${inc.files.toLocaleString('en-US')} files byte for byte`);
  });

  it('computes ratios and goals, and prints the tables', () => {
    for (const name of ['cold build wall (ms)', 'cold build wall excl. search index (ms)', 'cold build peak RSS, process tree (MiB)', 'rebuild, one article edited (ms)']) {
      expect(Number.isFinite(size.summary.metrics[name]?.ratio), name).toBe(true);
    }
    // One size and no browser: every goal but search and growth across sizes.
    expect(size.summary.goals.map((g) => g.id)).toEqual(['edit-rebuild', 'edit-rebuild-stretch', 'title-rebuild', 'add-rebuild', 'delete-rebuild', 'cold-build', 'check-cold', 'peak-rss', 'dist-bytes', 'check-warm']);
    for (const goal of size.summary.goals) {
      expect(Number.isFinite(goal.value), goal.goal).toBe(true);
      expect(goal.met || goal.missedBy! > 0, goal.goal).toBe(true);
    }
    expect(output).toContain('| metric | baseline | ours | ours / baseline |');
    expect(output).toContain('| per article | 200 articles |');
    expect(output).toContain('| goal | limit | 200 articles |');
    expect(output).toMatch(/\d+ met, \d+ missed\./);
  });
});
