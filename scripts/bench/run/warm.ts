// Warm rebuilds (every cache kept, only dist/ moved aside) per scenario, alternating baseline and ours run by run,
// then the incremental-correctness check: a clean build of the same tree must write byte for byte the same dist/.
import { readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ArticleInfo } from '../corpus/index.ts';
import type { BuildRun, IncrementalCheck, Site, SizeResult, WarmScenario } from '../report/index.ts';
import { build } from './commands.ts';
import { say, type BenchOptions } from './context.ts';
import { addOneArticle, deleteOneArticle, editOneArticle, retitleOneArticle, SCENARIO_LABELS } from './edits.ts';
import { coldPaths, moveAside, type Root } from './roots.ts';

/** How many differing paths the results keep by name. */
const EXAMPLES = 20;

export async function warmRebuilds(options: BenchOptions, size: number, roots: Record<Site, Root>, articles: readonly ArticleInfo[]): Promise<Pick<SizeResult, 'warm' | 'incremental'>> {
  const scenarios = options.scenarios;
  const warm: SizeResult['warm'] = {};
  if (!scenarios.length) return { warm };
  say(options, `  warm rebuilds (caches kept, dist/ moved aside; ${options.runs} × baseline, ours per scenario): ${scenarios.map((s) => SCENARIO_LABELS[s]).join('; ')}`);
  const both = [roots.baseline, roots.ours];
  for (let run = 0; run < options.runs; run++) {
    for (const scenario of scenarios) {
      applyEdit(scenario, both, options, size, articles, run);
      const bySite = (warm[scenario] ??= { baseline: [], ours: [] });
      for (const site of ['baseline', 'ours'] as const) {
        const cleanup = moveAside(roots[site], [roots[site].dist]);
        bySite[site].push(await build(options, roots[site], `n${size}-${site}-${scenario}-${run + 1}`));
        cleanup();
      }
    }
  }
  return { warm, incremental: await checkIncremental(options, size, roots.ours) };
}

function applyEdit(scenario: WarmScenario, roots: Root[], options: BenchOptions, size: number, articles: readonly ArticleInfo[], run: number): void {
  if (scenario === 'edit') editOneArticle(roots, articles, run);
  else if (scenario === 'title') retitleOneArticle(roots, articles, run);
  else if (scenario === 'add') addOneArticle(roots, options.seed, size, run, options.german);
  else say(options, `    deleted ${deleteOneArticle(roots, articles)}`);
}

/**
 * The last warm build's dist/ against a clean build of the same tree (every cache moved aside, as for a cold
 * build): any file that differs, or exists in only one, fails the run.
 */
async function checkIncremental(options: BenchOptions, size: number, root: Root): Promise<IncrementalCheck> {
  say(options, '  incremental correctness: a clean build of the same tree, then dist/ compared byte by byte');
  const incrementalDist = join(root.dir, 'dist-incremental');
  rmSync(incrementalDist, { recursive: true, force: true });
  renameSync(root.dist, incrementalDist);
  const cleanup = moveAside(root, coldPaths(root));
  let cleanBuild: BuildRun;
  try {
    cleanBuild = await build(options, root, `n${size}-ours-clean-after-warm`);
  } finally {
    cleanup();
  }
  const diff = compareTrees(incrementalDist, root.dist);
  rmSync(incrementalDist, { recursive: true, force: true });
  const check: IncrementalCheck = { cleanBuild, ...diff };
  if (diff.differing) {
    say(options, `\n  !!!!!! INCREMENTAL BUILD DIFFERS FROM A CLEAN BUILD: ${diff.differing} of ${diff.files} files (${diff.changed} changed, ${diff.onlyIncremental} only in the incremental dist/, ${diff.onlyClean} only in the clean one): ${diff.examples.join(', ')} !!!!!!\n`);
  } else {
    say(options, `    ${diff.files} files, byte-identical to the clean build`);
  }
  return check;
}

/** Files of two trees compared by bytes: how many differ and which (the first EXAMPLES, sorted). */
export function compareTrees(incremental: string, clean: string): Omit<IncrementalCheck, 'cleanBuild'> {
  const a = filesUnder(incremental);
  const b = filesUnder(clean);
  const examples: string[] = [];
  let changed = 0;
  let onlyIncremental = 0;
  let onlyClean = 0;
  for (const file of [...new Set([...a, ...b])].sort()) {
    let kind: string | undefined;
    if (!b.has(file)) (onlyIncremental++, (kind = 'only incremental'));
    else if (!a.has(file)) (onlyClean++, (kind = 'only clean'));
    else if (!sameBytes(join(incremental, file), join(clean, file))) (changed++, (kind = 'changed'));
    if (kind && examples.length < EXAMPLES) examples.push(`${file} (${kind})`);
  }
  const files = new Set([...a, ...b]).size;
  return { files, differing: changed + onlyIncremental + onlyClean, changed, onlyIncremental, onlyClean, examples };
}

function filesUnder(dir: string): Set<string> {
  const out = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isDirectory()) out.add(relative(dir, join(entry.parentPath, entry.name)));
  }
  return out;
}

function sameBytes(a: string, b: string): boolean {
  if (statSync(a).size !== statSync(b).size) return false;
  return readFileSync(a).equals(readFileSync(b));
}
