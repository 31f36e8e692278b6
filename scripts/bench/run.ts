/**
 * `npm run bench [-- --sizes 1000,10000 --runs 3 --quick --no-browser --seed S --out FILE --work DIR]`
 * `npm run bench -- --report scripts/bench/results/latest.json` prints the tables of a results file again;
 * `--reparse FILE [--note TEXT]` re-derives the phases of FILE from the logs in the work folder (after a parser fix).
 * `--quick` = 200 articles, 1 run (every phase; add --no-browser to skip Chromium).
 *
 * For each size: generates the corpus once (cached under scripts/bench/.work/corpus/), copies it into two
 * project roots (baseline and ours, so their caches never mix), then
 *   1. cold builds, alternating baseline and ours run by run (B O B O …); before each, the previous dist/,
 *      .astro/, node_modules/ (.astro data store, .vite), OG image cache and Node compile cache are renamed
 *      aside and deleted after the timed part; after each of ours, Pagefind's CLI over the same dist/;
 *   2. the output: sizes, HTML/article/indexed pages (indexed must equal published articles);
 *   3. search cost in headless Chromium (20 queries, cold and warm) unless --no-browser;
 *   4. `npm run check` alone;
 *   5. warm rebuilds (caches kept, dist/ moved aside): one article edited, then one article added, B O each.
 * Reports min/median/max per metric and ours/baseline ratios, prints Markdown tables, and writes JSON to
 * scripts/bench/results/<date>-<sizes>.json and latest.json (or --out).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpus, totalmem, release, platform } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseBuildLog, parsePagefindCli, type BuildPhases } from './astro-log.ts';
import type { LogLine } from './measure.ts';
import { countFiles, measure, peakBetween, stats, treeSize, type Measured, type RssSample, type Stats } from './measure.ts';
import { DEFAULT_SEED, generateArticle, writeCorpus, type ArticleInfo } from './corpus.ts';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(BENCH_DIR, '../..');
const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = join(REPO, 'node_modules/.bin/pagefind');
const SITES = { baseline: join(BENCH_DIR, 'baseline/astro.config.mjs'), ours: join(REPO, 'astro.config.mjs') } as const;
type Site = keyof typeof SITES;

export interface BenchOptions {
  sizes: number[];
  runs: number;
  seed: number;
  browser: boolean;
  workDir: string;
  /** JSON result path; default scripts/bench/results/<date>-<sizes>.json plus latest.json. */
  out?: string;
  log?: (text: string) => void;
}

export interface BuildRun {
  /** Peak RSS (tree and the Astro process alone, MiB) in each phase window: start-up, sync, bundling, rendering, post-build, search index. */
  memory: Record<string, { treeMiB: number; mainMiB: number }>;
  wallMs: number;
  cpuMs?: number;
  peakRssMiB: number;
  maxProcessRssMiB?: number;
  loadAverage: number;
  phases: BuildPhases;
}

export interface SiteOutput {
  distBytes: number;
  distFiles: number;
  pagefindBytes: number;
  pagefindFiles: number;
  htmlPages: number;
  articlePages: number;
  indexedPages?: number;
}

export interface SizeResult {
  size: number;
  corpus: { articles: number; published: number; drafts: number; mdx: number; authors: number; bytes: number; meanWords: number };
  cold: Record<Site, BuildRun[]>;
  pagefindCli: { wallMs: number; finishedMs?: number; peakRssMiB: number; cpuMs?: number; indexedPages?: number }[];
  output: Record<Site, SiteOutput>;
  indexMatchesArticles: boolean;
  check: { wallMs: number; cpuMs?: number; peakRssMiB: number }[];
  warm: { edit: Record<Site, BuildRun[]>; add: Record<Site, BuildRun[]> };
  search?: import('./search-cost.ts').SearchCost;
  summary: Summary;
}

export interface Metric {
  baseline?: Stats;
  ours: Stats;
  /** median(ours) / median(baseline). */
  ratio?: number;
}

export interface Summary {
  metrics: Record<string, Metric>;
  /** Phases of our cold builds. */
  phases: Record<string, Stats>;
  /** The same phases of the baseline's cold builds (those it has). */
  baselinePhases: Record<string, Stats>;
  /** Peak RSS (MiB) per phase window of the cold builds: whole tree for both, and our Astro process alone. */
  memory: Record<string, { baseline?: Stats; ours: Stats; oursAstroProcess: Stats }>;
  goals: Goal[];
}

export interface Goal {
  goal: string;
  value: number;
  limit: number;
  unit: string;
  met: boolean;
}

export interface BenchResult {
  date: string;
  /** The project code measured: HEAD and files with uncommitted changes (others edit the checkout too). */
  code: { commit: string; uncommitted: string[] };
  options: { sizes: number[]; runs: number; seed: number; browser: boolean };
  method: string;
  machine: Record<string, string | number>;
  /** Remarks added after the run (e.g. when phases were re-derived from the logs with a fixed parser). */
  notes?: string[];
  sizes: SizeResult[];
}

// ---------------------------------------------------------------------------------------------

function say(options: BenchOptions, text: string): void {
  (options.log ?? ((t: string) => process.stdout.write(`${t}\n`)))(text);
}

function generatorHash(): string {
  const hash = createHash('sha256');
  for (const file of ['corpus.ts', '../../src/lib/scripture/canon-data.ts']) hash.update(readFileSync(join(BENCH_DIR, file)));
  return hash.digest('hex').slice(0, 16);
}

/** The corpus for (size, seed), generated once and reused while the generator is unchanged. */
function corpusFor(options: BenchOptions, size: number): { contentDir: string; articles: ArticleInfo[]; bytes: number } {
  const dir = join(options.workDir, 'corpus', `s${options.seed}-n${size}`);
  const marker = join(dir, 'corpus.json');
  const key = generatorHash();
  if (existsSync(marker)) {
    const cached = JSON.parse(readFileSync(marker, 'utf8')) as { key: string; articles: ArticleInfo[]; bytes: number };
    if (cached.key === key) return { contentDir: join(dir, 'content'), articles: cached.articles, bytes: cached.bytes };
  }
  say(options, `  generating ${size} articles (seed ${options.seed})…`);
  rmSync(dir, { recursive: true, force: true });
  const corpus = writeCorpus(join(dir, 'content'), { count: size, seed: options.seed });
  const bytes = corpus.files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
  writeFileSync(marker, JSON.stringify({ key, articles: corpus.articles, bytes }));
  return { contentDir: join(dir, 'content'), articles: corpus.articles, bytes };
}

/** A project root per site: content/ copied from the corpus, caches beside it. */
interface Root {
  site: Site;
  dir: string;
  dist: string;
  ogCache: string;
  compileCache: string;
}

function makeRoot(options: BenchOptions, size: number, site: Site, contentDir: string): Root {
  const dir = join(options.workDir, 'runs', `n${size}`, site);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(contentDir, join(dir, 'content'), { recursive: true });
  return { site, dir, dist: join(dir, 'dist'), ogCache: join(dir, 'cache/og-images'), compileCache: join(dir, 'cache/node-compile-cache') };
}

/** Renames the given paths into an aside folder; returns a function that deletes it (call outside timing). */
function moveAside(root: Root, paths: string[]): () => void {
  const aside = join(root.dir, `.aside-${Date.now()}-${Math.floor(performance.now())}`);
  mkdirSync(aside, { recursive: true });
  paths.forEach((path, i) => {
    if (existsSync(path)) renameSync(path, join(aside, `${i}-${path.split('/').pop()}`));
  });
  return () => rmSync(aside, { recursive: true, force: true });
}

const coldPaths = (root: Root) => [root.dist, join(root.dir, '.astro'), join(root.dir, 'node_modules'), root.ogCache, root.compileCache];

async function build(options: BenchOptions, root: Root, label: string): Promise<BuildRun> {
  const logFile = join(options.workDir, 'logs', `${label}.log`);
  mkdirSync(dirname(logFile), { recursive: true });
  const measured = await measure(
    process.execPath,
    [ASTRO, 'build', '--root', root.dir, '--config', relative(root.dir, SITES[root.site])],
    {
      cwd: REPO,
      env: {
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        OG_CACHE_DIR: root.ogCache,
        NODE_COMPILE_CACHE: root.compileCache,
      },
    },
  );
  writeLog(logFile, measured);
  if (measured.code !== 0) {
    throw new Error(`${label}: astro build failed (exit ${measured.code}); log in ${logFile}\n${measured.lines.slice(-30).map((l) => l.text).join('\n')}`);
  }
  const phases = parseBuildLog(measured.lines, measured.wallMs);
  const run: BuildRun = { wallMs: measured.wallMs, peakRssMiB: measured.peakTreeRssMiB, loadAverage: measured.loadAverage, phases, memory: memoryByPhase(measured.samples, phases) };
  if (measured.cpuMs !== undefined) run.cpuMs = measured.cpuMs;
  if (measured.maxProcessRssMiB !== undefined) run.maxProcessRssMiB = measured.maxProcessRssMiB;
  say(options, `    ${label}: ${(measured.wallMs / 1000).toFixed(2)} s, peak ${Math.round(measured.peakTreeRssMiB)} MiB (load ${measured.loadAverage.toFixed(1)})`);
  return run;
}

/** Peak RSS within each phase window, from the 50 ms samples and the log's phase marks. */
function memoryByPhase(samples: RssSample[], phases: BuildPhases): BuildRun['memory'] {
  const order = ['start-up', 'sync', 'bundling', 'rendering', 'postBuild', 'searchIndex'] as const;
  const starts: (number | undefined)[] = [0, phases.marks.sync, phases.marks.bundling, phases.marks.rendering, phases.marks.postBuild, phases.marks.searchIndex];
  const out: BuildRun['memory'] = {};
  order.forEach((name, i) => {
    const from = starts[i];
    if (from === undefined) return;
    const to = starts.slice(i + 1).find((x) => x !== undefined) ?? Number.POSITIVE_INFINITY;
    out[name] = peakBetween(samples, from, to);
  });
  return out;
}

function writeLog(file: string, measured: Measured): void {
  writeFileSync(
    file,
    `# ${measured.command}\n# exit ${measured.code}, wall ${Math.round(measured.wallMs)} ms, cpu ${measured.cpuMs ?? '?'} ms, peak tree RSS ${Math.round(measured.peakTreeRssMiB)} MiB\n` +
      measured.lines.map((l) => `${(l.t / 1000).toFixed(3).padStart(9)} ${l.text}`).join('\n') +
      '\n',
  );
}

function outputOf(dist: string): SiteOutput {
  const all = treeSize(dist);
  const pagefind = treeSize(join(dist, 'pagefind'));
  const articlesDir = join(dist, 'articles');
  const articlePages = existsSync(articlesDir) ? readdirSync(articlesDir).filter((n) => existsSync(join(articlesDir, n, 'index.html'))).length : 0;
  const out: SiteOutput = {
    distBytes: all.bytes,
    distFiles: all.files,
    pagefindBytes: pagefind.bytes,
    pagefindFiles: pagefind.files,
    htmlPages: countFiles(dist, '.html'),
    articlePages,
  };
  const entry = join(dist, 'pagefind/pagefind-entry.json');
  if (existsSync(entry)) {
    const json = JSON.parse(readFileSync(entry, 'utf8')) as { languages: Record<string, { page_count: number }> };
    out.indexedPages = Object.values(json.languages).reduce((sum, l) => sum + l.page_count, 0);
  }
  return out;
}

/** Appends a sentence to one published Markdown article of both roots (the same edit each run). */
function editOneArticle(roots: Root[], articles: ArticleInfo[], run: number): void {
  const target = articles.find((a) => !a.draft && !a.mdx)!;
  for (const root of roots) {
    const file = findArticleFile(join(root.dir, 'content/articles'), `${target.id}.md`);
    appendFileSync(file, `\nThis sentence was added for the rebuild benchmark, edit number ${run + 1}.\n`);
  }
}

function findArticleFile(dir: string, name: string): string {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = existsSync(join(abs, name)) ? join(abs, name) : undefined;
      if (found) return found;
    }
  }
  throw new Error(`no article file ${name} under ${dir}`);
}

/** Adds article number `size + run` (a new one, from the same generator) to both roots. */
function addOneArticle(roots: Root[], seed: number, size: number, run: number): void {
  let index = size + run;
  while (generateArticle(seed, index).info.draft) index++;
  const { file } = generateArticle(seed, index);
  for (const root of roots) {
    const abs = join(root.dir, 'content', file.path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, file.text);
  }
}

// ---------------------------------------------------------------------------------------------

async function benchSize(options: BenchOptions, size: number): Promise<SizeResult> {
  say(options, `\n== ${size} articles ==`);
  const corpus = corpusFor(options, size);
  const published = corpus.articles.filter((a) => !a.draft).length;
  const roots: Record<Site, Root> = {
    baseline: makeRoot(options, size, 'baseline', corpus.contentDir),
    ours: makeRoot(options, size, 'ours', corpus.contentDir),
  };
  const cold: Record<Site, BuildRun[]> = { baseline: [], ours: [] };
  const pagefindCli: SizeResult['pagefindCli'] = [];
  const cliOut = join(options.workDir, 'runs', `n${size}`, 'pagefind-cli');

  say(options, `  cold builds (${options.runs} × baseline, ours, Pagefind CLI; alternating)`);
  for (let run = 0; run < options.runs; run++) {
    for (const site of ['baseline', 'ours'] as const) {
      const root = roots[site];
      const cleanup = moveAside(root, coldPaths(root));
      cold[site].push(await build(options, root, `n${size}-${site}-cold-${run + 1}`));
      cleanup();
    }
    rmSync(cliOut, { recursive: true, force: true });
    const cli = await measure(PAGEFIND, ['--site', roots.ours.dist, '--output-path', cliOut, '--force-language', 'en'], { cwd: REPO });
    writeLog(join(options.workDir, 'logs', `n${size}-pagefind-cli-${run + 1}.log`), cli);
    if (cli.code !== 0) throw new Error(`Pagefind CLI failed:\n${cli.lines.slice(-20).map((l) => l.text).join('\n')}`);
    const parsed = parsePagefindCli(cli.lines);
    const entry: SizeResult['pagefindCli'][number] = { wallMs: cli.wallMs, peakRssMiB: cli.peakTreeRssMiB };
    if (parsed.finishedMs !== undefined) entry.finishedMs = parsed.finishedMs;
    if (parsed.indexedPages !== undefined) entry.indexedPages = parsed.indexedPages;
    if (cli.cpuMs !== undefined) entry.cpuMs = cli.cpuMs;
    pagefindCli.push(entry);
    say(options, `    n${size}-pagefind-cli-${run + 1}: ${(cli.wallMs / 1000).toFixed(2)} s, peak ${Math.round(cli.peakTreeRssMiB)} MiB`);
  }
  rmSync(cliOut, { recursive: true, force: true });

  const output = { baseline: outputOf(roots.baseline.dist), ours: outputOf(roots.ours.dist) };
  const indexMatchesArticles = output.ours.indexedPages === published && output.ours.articlePages === published;
  if (!indexMatchesArticles) {
    say(options, `\n  !!!!!! SEARCH INDEX MISMATCH: ${output.ours.indexedPages} indexed pages, ${output.ours.articlePages} article pages, ${published} published articles !!!!!!\n`);
  }

  let search: SizeResult['search'];
  if (options.browser) {
    say(options, '  search in Chromium (20 queries, cold and warm)');
    const { measureSearch, benchQueries } = await import('./search-cost.ts');
    search = await measureSearch(roots.ours.dist, benchQueries(options.seed));
  }

  say(options, `  npm run check (${options.runs} ×)`);
  const check: SizeResult['check'] = [];
  for (let run = 0; run < options.runs; run++) {
    const measured = await measure(process.execPath, [join(REPO, 'scripts/check.ts'), '--root', roots.ours.dir], { cwd: REPO, env: { NO_COLOR: '1' } });
    writeLog(join(options.workDir, 'logs', `n${size}-check-${run + 1}.log`), measured);
    if (measured.code !== 0) throw new Error(`check failed on the corpus:\n${measured.lines.slice(-20).map((l) => l.text).join('\n')}`);
    const entry: SizeResult['check'][number] = { wallMs: measured.wallMs, peakRssMiB: measured.peakTreeRssMiB };
    if (measured.cpuMs !== undefined) entry.cpuMs = measured.cpuMs;
    check.push(entry);
    say(options, `    check ${run + 1}: ${(measured.wallMs / 1000).toFixed(2)} s`);
  }

  say(options, '  warm rebuilds (caches kept): one article edited, then one added');
  const warm: SizeResult['warm'] = { edit: { baseline: [], ours: [] }, add: { baseline: [], ours: [] } };
  for (let run = 0; run < options.runs; run++) {
    editOneArticle([roots.baseline, roots.ours], corpus.articles, run);
    for (const site of ['baseline', 'ours'] as const) {
      const cleanup = moveAside(roots[site], [roots[site].dist]);
      warm.edit[site].push(await build(options, roots[site], `n${size}-${site}-edit-${run + 1}`));
      cleanup();
    }
    addOneArticle([roots.baseline, roots.ours], options.seed, size, run);
    for (const site of ['baseline', 'ours'] as const) {
      const cleanup = moveAside(roots[site], [roots[site].dist]);
      warm.add[site].push(await build(options, roots[site], `n${size}-${site}-add-${run + 1}`));
      cleanup();
    }
  }

  const result: SizeResult = {
    size,
    corpus: {
      articles: corpus.articles.length,
      published,
      drafts: corpus.articles.filter((a) => a.draft).length,
      mdx: corpus.articles.filter((a) => a.mdx).length,
      authors: 50,
      bytes: corpus.bytes,
      meanWords: Math.round(corpus.articles.reduce((s, a) => s + a.words, 0) / corpus.articles.length),
    },
    cold,
    pagefindCli,
    output,
    indexMatchesArticles,
    check,
    warm,
    summary: { metrics: {}, phases: {}, baselinePhases: {}, memory: {}, goals: [] },
  };
  if (search) result.search = search;
  result.summary = summarise(result);
  return result;
}

// ---------------------------------------------------------------------------------------------

const PHASES: [string, (p: BuildPhases) => number | undefined][] = [
  ['start-up incl. content validation', (p) => p.startupMs],
  ['content validation (content-guard)', (p) => p.contentValidationMs],
  ['content sync + types', (p) => p.contentSyncMs],
  ['Vite bundling', (p) => p.bundlingMs],
  ['page rendering (all routes)', (p) => p.renderingMs],
  ['  set-up before the first route', (p) => p.renderSetupMs],
  ['  article pages (span)', (p) => p.routes['articles']?.spanMs],
  ['  OG images (span)', (p) => p.routes['og']?.spanMs],
  ['  OG images (sum of +ms)', (p) => p.routes['og']?.sumMs],
  ['  scripture index pages (span)', (p) => p.routes['scripture']?.spanMs],
  ['  scripture index pages (sum of +ms)', (p) => p.routes['scripture']?.sumMs],
  ['  topic/source/author/archive/list pages (span)', (p) => sumDefined(['topics', 'sources', 'authors', 'archive', 'page', 'other'].map((g) => p.routes[g]?.spanMs))],
  ['post-build audit (content-guard)', (p) => p.auditMs],
  ['sitemap', (p) => p.sitemapMs],
  ['search index (Pagefind, in build)', (p) => p.searchIndexMs],
  ['last log line to process exit', (p) => p.exitMs],
];

function sumDefined(values: (number | undefined)[]): number | undefined {
  const defined = values.filter((v): v is number => v !== undefined);
  return defined.length ? defined.reduce((a, b) => a + b, 0) : undefined;
}

function metric(baseline: number[] | undefined, ours: number[]): Metric {
  const m: Metric = { ours: stats(ours) };
  if (baseline && baseline.length) {
    m.baseline = stats(baseline);
    m.ratio = m.ours.median / m.baseline.median;
  }
  return m;
}

export function summarise(r: SizeResult): Summary {
  const wall = (runs: BuildRun[]) => runs.map((x) => x.wallMs);
  const exclSearch = (runs: BuildRun[]) => runs.map((x) => x.wallMs - (x.phases.searchIndexMs ?? 0));
  const metrics: Record<string, Metric> = {
    'cold build wall (ms)': metric(wall(r.cold.baseline), wall(r.cold.ours)),
    'cold build wall excl. search index (ms)': metric(wall(r.cold.baseline), exclSearch(r.cold.ours)),
    'cold build CPU (ms)': metric(r.cold.baseline.map((x) => x.cpuMs ?? Number.NaN), r.cold.ours.map((x) => x.cpuMs ?? Number.NaN)),
    'cold build peak RSS, process tree (MiB)': metric(r.cold.baseline.map((x) => x.peakRssMiB), r.cold.ours.map((x) => x.peakRssMiB)),
    'content sync + types (ms)': metric(r.cold.baseline.map((x) => x.phases.contentSyncMs ?? Number.NaN), r.cold.ours.map((x) => x.phases.contentSyncMs ?? Number.NaN)),
    'Vite bundling (ms)': metric(r.cold.baseline.map((x) => x.phases.bundlingMs ?? Number.NaN), r.cold.ours.map((x) => x.phases.bundlingMs ?? Number.NaN)),
    'page rendering (ms)': metric(r.cold.baseline.map((x) => x.phases.renderingMs ?? Number.NaN), r.cold.ours.map((x) => x.phases.renderingMs ?? Number.NaN)),
    'rebuild, one article edited (ms)': metric(wall(r.warm.edit.baseline), wall(r.warm.edit.ours)),
    'rebuild, one article edited, excl. search index (ms)': metric(wall(r.warm.edit.baseline), exclSearch(r.warm.edit.ours)),
    'rebuild, one article added (ms)': metric(wall(r.warm.add.baseline), wall(r.warm.add.ours)),
    'rebuild peak RSS (MiB)': metric(r.warm.edit.baseline.map((x) => x.peakRssMiB), r.warm.edit.ours.map((x) => x.peakRssMiB)),
    'search index in build (ms)': metric(undefined, r.cold.ours.map((x) => x.phases.searchIndexMs ?? Number.NaN)),
    'Pagefind CLI wall (ms)': metric(undefined, r.pagefindCli.map((x) => x.wallMs)),
    'Pagefind CLI peak RSS (MiB)': metric(undefined, r.pagefindCli.map((x) => x.peakRssMiB)),
    'npm run check (ms)': metric(undefined, r.check.map((x) => x.wallMs)),
    'npm run check CPU (ms)': metric(undefined, r.check.map((x) => x.cpuMs ?? Number.NaN)),
    'dist bytes': metric([r.output.baseline.distBytes], [r.output.ours.distBytes]),
    'HTML pages': metric([r.output.baseline.htmlPages], [r.output.ours.htmlPages]),
  };
  if (r.search) {
    metrics['search: first query ms (cold, incl. init)'] = metric(undefined, r.search.cold.map((x) => x.ms));
    metrics['search: first query bytes'] = metric(undefined, r.search.cold.map((x) => x.bytes));
    metrics['search: later query ms (warm)'] = metric(undefined, r.search.warm.map((x) => x.ms));
    metrics['search: later query bytes'] = metric(undefined, r.search.warm.map((x) => x.bytes));
  }
  const phasesOf = (runs: BuildRun[]) => {
    const out: Record<string, Stats> = {};
    for (const [name, get] of PHASES) {
      const values = runs.map((x) => get(x.phases)).filter((v): v is number => v !== undefined);
      if (values.length) out[name] = stats(values);
    }
    return out;
  };
  const phases = phasesOf(r.cold.ours);
  const baselinePhases = phasesOf(r.cold.baseline);
  const memory: Summary['memory'] = {};
  for (const name of Object.keys(r.cold.ours[0]?.memory ?? {})) {
    const ours = r.cold.ours.map((x) => x.memory[name]).filter((m) => m !== undefined);
    const baseline = r.cold.baseline.map((x) => x.memory[name]).filter((m) => m !== undefined);
    memory[name] = { ours: stats(ours.map((m) => m.treeMiB)), oursAstroProcess: stats(ours.map((m) => m.mainMiB)) };
    if (baseline.length) memory[name].baseline = stats(baseline.map((m) => m.treeMiB));
  }

  const goals: Goal[] = [];
  const ratioGoal = (goal: string, m: Metric | undefined, limit: number) => {
    if (m?.ratio !== undefined && Number.isFinite(m.ratio)) goals.push({ goal, value: m.ratio, limit, unit: '×', met: m.ratio <= limit });
  };
  ratioGoal('cold build excl. search index ≤ 1.3× baseline', metrics['cold build wall excl. search index (ms)'], 1.3);
  const searchMs = metrics['search index in build (ms)']!.ours.median;
  const cliMs = metrics['Pagefind CLI wall (ms)']!.ours.median;
  if (Number.isFinite(searchMs) && cliMs > 0) goals.push({ goal: 'search-index phase ≤ 1.1× Pagefind CLI', value: searchMs / cliMs, limit: 1.1, unit: '×', met: searchMs / cliMs <= 1.1 });
  ratioGoal('peak RSS ≤ 1.2× baseline', metrics['cold build peak RSS, process tree (MiB)'], 1.2);
  ratioGoal('edit-one-article rebuild ≤ 1.2× baseline warm rebuild', metrics['rebuild, one article edited (ms)'], 1.2);
  const checkPer1000 = (metrics['npm run check (ms)']!.ours.median / r.corpus.articles) * 1000;
  goals.push({ goal: 'npm run check < 3 s per 1,000 articles', value: checkPer1000 / 1000, limit: 3, unit: 's', met: checkPer1000 < 3000 });
  if (r.search) {
    const firstBytes = Math.max(...r.search.cold.map((x) => x.bytes));
    const firstMs = Math.max(...r.search.cold.map((x) => x.ms));
    const laterMs = Math.max(...r.search.warm.map((x) => x.ms));
    goals.push({ goal: 'first search query < 300 kB (worst of 20)', value: firstBytes / 1000, limit: 300, unit: 'kB', met: firstBytes < 300_000 });
    goals.push({ goal: 'first search query < 300 ms (worst of 20)', value: firstMs, limit: 300, unit: 'ms', met: firstMs < 300 });
    goals.push({ goal: 'later queries < 100 ms (worst of 20)', value: laterMs, limit: 100, unit: 'ms', met: laterMs < 100 });
  }
  return { metrics, phases, baselinePhases, memory, goals };
}

// ---------------------------------------------------------------------------------------------
// Markdown

const fmtMs = (ms: number) => (Number.isFinite(ms) ? (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`) : '–');
const fmtNum = (n: number) => (Number.isFinite(n) ? (Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1)) : '–');
const fmtBytes = (b: number) => (b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${(b / 1e3).toFixed(0)} kB`);

function fmtStats(s: Stats | undefined, unit: string): string {
  if (!s) return '–';
  const f = unit.includes('ms') ? fmtMs : unit === 'bytes' || unit === 'dist bytes' ? fmtBytes : fmtNum;
  return s.values.length > 1 ? `**${f(s.median)}** (${f(s.min)}–${f(s.max)})` : `**${f(s.median)}**`;
}

export function markdown(result: BenchResult): string {
  const out: string[] = [];
  const m = result.machine;
  out.push(
    `Benchmark ${result.date} of ${result.code.commit.slice(0, 7)}${result.code.uncommitted.length ? ` + ${result.code.uncommitted.length} uncommitted file(s)` : ''}: seed ${result.options.seed}, ${result.options.runs} run(s) per size; ${m['cpus']} × ${m['cpuModel']}, ${m['totalMemoryGiB']} GiB, Node ${m['node']}, Astro ${m['astro']}, Pagefind ${m['pagefind']}.`,
    '',
  );
  for (const note of result.notes ?? []) out.push(`> ${note}`, '');
  for (const s of result.sizes) {
    const load = [...s.cold.baseline, ...s.cold.ours].map((x) => x.loadAverage);
    out.push(
      `### ${s.size.toLocaleString('en-US')} articles (${s.corpus.published} published, ${s.corpus.drafts} drafts, ${s.corpus.mdx} MDX; ${fmtBytes(s.corpus.bytes)} of Markdown, mean ${s.corpus.meanWords} words; load average at cold starts ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)})`,
      '',
      '| metric | baseline | ours | ours / baseline |',
      '| --- | --- | --- | --- |',
    );
    for (const [name, metricValue] of Object.entries(s.summary.metrics)) {
      const unit = name.includes('(ms)') || name.includes(' ms') ? 'ms' : name.includes('bytes') ? 'bytes' : '';
      out.push(`| ${name.replace(/ \((ms|MiB)\)$/, (x) => (x.includes('MiB') ? ' (MiB)' : ''))} | ${fmtStats(metricValue.baseline, unit)} | ${fmtStats(metricValue.ours, unit)} | ${metricValue.ratio !== undefined && Number.isFinite(metricValue.ratio) ? `${metricValue.ratio.toFixed(2)}×` : ''} |`);
    }
    const o = s.output.ours;
    out.push(
      '',
      `Output (ours): ${fmtBytes(o.distBytes)} in ${o.distFiles.toLocaleString('en-US')} files, of which pagefind/ ${fmtBytes(o.pagefindBytes)} in ${o.pagefindFiles.toLocaleString('en-US')} files; ${o.htmlPages} HTML pages, ${o.articlePages} article pages, ${o.indexedPages ?? '?'} indexed pages — ${s.indexMatchesArticles ? 'index matches the published articles' : '**MISMATCH with the published articles**'}. Baseline: ${fmtBytes(s.output.baseline.distBytes)}, ${s.output.baseline.htmlPages} HTML pages.`,
      '',
      '| phase of the cold build | baseline | ours | share of our wall |',
      '| --- | --- | --- | --- |',
    );
    const wall = s.summary.metrics['cold build wall (ms)']!.ours.median;
    for (const [name, st] of Object.entries(s.summary.phases)) {
      out.push(`| ${name.replace(/^ {2}/, '↳ ')} | ${fmtStats(s.summary.baselinePhases[name], 'ms')} | ${fmtStats(st, 'ms')} | ${((st.median / wall) * 100).toFixed(0)}% |`);
    }
    out.push(`| **total wall** | ${fmtStats(s.summary.metrics['cold build wall (ms)']!.baseline, 'ms')} | ${fmtStats(s.summary.metrics['cold build wall (ms)']!.ours, 'ms')} | 100% |`, '');
    if (Object.keys(s.summary.memory ?? {}).length) {
      out.push('| peak RSS (MiB) in phase of the cold build | baseline (tree) | ours (tree) | ours (Astro process alone) |', '| --- | --- | --- | --- |');
      for (const [name, m] of Object.entries(s.summary.memory)) out.push(`| ${name} | ${fmtStats(m.baseline, '')} | ${fmtStats(m.ours, '')} | ${fmtStats(m.oursAstroProcess, '')} |`);
      out.push('');
    }
    if (s.search) {
      out.push('| query | filters | hits | first query ms | of which init | bytes | requests | later query ms (after) | bytes |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
      s.search.cold.forEach((c) => {
        const w = s.search!.warm.find((x) => x.q === c.q && JSON.stringify(x.filters ?? {}) === JSON.stringify(c.filters ?? {}));
        out.push(`| ${c.q} | ${c.filters ? Object.entries(c.filters).map(([k, v]) => `${k}=${v}`).join(', ') : ''} | ${c.hits} | ${Math.round(c.ms)} | ${Math.round(c.initMs ?? 0)} | ${fmtBytes(c.bytes)} | ${c.requests} | ${w ? `${Math.round(w.ms)} (${w.after})` : ''} | ${w ? fmtBytes(w.bytes) : ''} |`);
      });
      out.push('');
    }
    out.push('| goal | value | limit | met? |', '| --- | --- | --- | --- |');
    for (const g of s.summary.goals) out.push(`| ${g.goal} | ${g.unit === '×' ? `${g.value.toFixed(2)}×` : `${g.value.toFixed(g.unit === 's' ? 2 : 0)} ${g.unit}`} | ${g.limit}${g.unit === '×' ? '×' : ` ${g.unit}`} | ${g.met ? 'yes' : '**no**'} |`);
    out.push('');
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------

function version(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(join(REPO, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

export const METHOD =
  'Whole-process wall time of `astro build --root <copy of the corpus> --config <site config>` (spawned from Node, timed from spawn to exit); ' +
  'CPU = user+sys from /usr/bin/time; peak RSS = the highest sum of VmRSS over the process and all descendants (Pagefind\'s binary included), polled every 50 ms. ' +
  'Cold = dist/, .astro/, node_modules/ (data store, .vite), the OG image cache (OG_CACHE_DIR) and the Node compile cache (NODE_COMPILE_CACHE) of that root renamed aside before the run and deleted outside the timed part ' +
  '(a fresh CI machine). Baseline and ours alternate run by run over byte-identical content in separate roots. Warm rebuilds keep every cache and move only dist/ aside. ' +
  'Phases come from the arrival time of Astro\'s log lines and from our integrations\' own figures. Search: headless Chromium, fresh context per query, local server without compression.';

/** Reads a log written by writeLog() back into lines with arrival times, and the wall time. */
export function readLog(file: string): { lines: LogLine[]; wallMs: number } {
  const text = readFileSync(file, 'utf8');
  const wall = /^# exit \S+, wall (\d+) ms/m.exec(text);
  const lines: LogLine[] = [];
  for (const raw of text.split('\n')) {
    const m = /^\s*(\d+\.\d{3}) (.*)$/.exec(raw);
    if (m && !raw.startsWith('#')) lines.push({ t: Number(m[1]) * 1000, text: m[2]! });
  }
  return { lines, wallMs: wall ? Number(wall[1]) : Number.NaN };
}

/**
 * Re-derives every build's phases from the logs in the work folder (after a fix to the log parser) and
 * recomputes the summaries. Wall, CPU and RSS figures are kept; per-phase memory windows are not recomputed.
 */
export function reparse(result: BenchResult, workDir: string): BenchResult {
  for (const s of result.sizes) {
    const runs: [string, Record<Site, BuildRun[]>][] = [['cold', s.cold], ['edit', s.warm.edit], ['add', s.warm.add]];
    for (const [kind, bySite] of runs) {
      for (const site of ['baseline', 'ours'] as const) {
        bySite[site].forEach((run, i) => {
          const { lines, wallMs } = readLog(join(workDir, 'logs', `n${s.size}-${site}-${kind}-${i + 1}.log`));
          run.phases = parseBuildLog(lines, Number.isFinite(wallMs) ? wallMs : run.wallMs);
        });
      }
    }
    s.summary = summarise(s);
  }
  return result;
}

function codeState(): BenchResult['code'] {
  const git = (args: string[]) => {
    const r = spawnSync('git', args, { cwd: REPO, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : '';
  };
  const uncommitted = git(['status', '--porcelain', '--', 'src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json'])
    .split('\n')
    .filter(Boolean);
  return { commit: git(['rev-parse', 'HEAD']) || '?', uncommitted };
}

/** Runs the whole benchmark and writes the JSON; returns the result. */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const date = new Date().toISOString().slice(0, 10);
  const result: BenchResult = {
    date,
    code: codeState(),
    options: { sizes: options.sizes, runs: options.runs, seed: options.seed, browser: options.browser },
    method: METHOD,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '?',
      totalMemoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      os: `${platform()} ${release()}`,
      node: process.version,
      astro: version('astro'),
      mdx: version('@astrojs/mdx'),
      pagefind: version('pagefind'),
      playwright: version('playwright-core'),
    },
    sizes: [],
  };
  mkdirSync(options.workDir, { recursive: true });
  for (const size of options.sizes) {
    const sizeResult = await benchSize(options, size);
    result.sizes.push(sizeResult);
    if (sizeResult.search) result.machine['chromium'] = sizeResult.search.chromium;
  }
  const json = `${JSON.stringify(result, null, 1)}\n`;
  if (options.out) {
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, json);
  } else {
    const dir = join(BENCH_DIR, 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${date}-${options.sizes.join(',')}.json`), json);
    writeFileSync(join(dir, 'latest.json'), json);
  }
  return result;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      quick: { type: 'boolean', default: false },
      'no-browser': { type: 'boolean', default: false },
      out: { type: 'string' },
      work: { type: 'string', default: join(BENCH_DIR, '.work') },
      report: { type: 'string' },
      reparse: { type: 'string' },
      note: { type: 'string', multiple: true },
    },
  });
  if (values.reparse) {
    // Re-derives phases from the saved logs (same --work folder) and rewrites the results file in place.
    const file = resolve(values.reparse);
    const result = reparse(JSON.parse(readFileSync(file, 'utf8')) as BenchResult, resolve(values.work));
    if (values.note?.length) result.notes = [...(result.notes ?? []), ...values.note];
    writeFileSync(file, `${JSON.stringify(result, null, 1)}\n`);
    process.stdout.write(`${markdown(result)}\n`);
    return;
  }
  if (values.report) {
    // Prints the Markdown tables of a results file again, without running anything.
    process.stdout.write(`${markdown(JSON.parse(readFileSync(resolve(values.report), 'utf8')) as BenchResult)}\n`);
    return;
  }
  const options: BenchOptions = {
    sizes: values.quick ? [200] : values.sizes.split(',').map((s) => Number(s.trim())),
    runs: values.quick ? 1 : Number(values.runs),
    seed: Number(values.seed),
    browser: !values['no-browser'],
    workDir: resolve(values.work),
  };
  if (values.out) options.out = resolve(values.out);
  if (options.sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(options.runs) || options.runs < 1) {
    process.stderr.write('usage: npm run bench -- [--sizes 1000,10000] [--runs 3] [--quick] [--no-browser] [--seed S] [--out FILE] [--work DIR] | --report FILE\n');
    process.exit(2);
  }
  const result = await runBench(options);
  process.stdout.write(`\n${markdown(result)}\n`);
  process.stdout.write(`JSON: ${options.out ?? `${join(BENCH_DIR, 'results', `${result.date}-${options.sizes.join(',')}.json`)} and latest.json`}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
