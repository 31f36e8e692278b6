/**
 * `npm run bench [-- --sizes 1000,10000,30000 --runs 3 --quick --no-browser --seed S --out FILE --work DIR --note TEXT]`
 * `npm run bench -- --report FILE` prints the tables of a results file again (report.ts);
 * `--reparse FILE [--note TEXT]` re-derives the phases of FILE from the logs in the work folder (after a parser fix).
 * `--quick` = 200 articles, 1 run (every phase; add --no-browser to skip Chromium).
 *
 * This file only runs things; report.ts summarises, judges the goals (goals.ts) and prints. For each size:
 * generates the corpus once (cached under scripts/bench/.work/corpus/), copies it into two project roots
 * (baseline and ours, so their caches never mix), then
 *   1. cold builds, alternating baseline and ours run by run (B O B O …); before each, the root's dist/, .astro/,
 *      node_modules/ (Astro's data store .astro, .vite, and our caches in .cache/watchman and the older
 *      .cache/og-images) and Node compile cache are renamed aside and deleted after the timed part; after each of
 *      ours, Pagefind's CLI over the same dist/;
 *   2. the output: sizes, files by kind, HTML/article/indexed pages (indexed must equal published articles);
 *   3. unless --no-browser, in headless Chromium: search cost (20 queries, cold and warm), the search page's cost
 *      (search-page-cost.ts) and passage search correctness against the content (passage-correctness.ts);
 *   4. `npm run check` twice per run: cache folder deleted (cold), then again (warm);
 *   5. warm rebuilds (caches kept, dist/ moved aside): one article edited, then one article added, B O each.
 * Writes JSON to scripts/bench/results/<date>-<sizes>.json and latest.json (or --out) after every size, so a
 * size that fails (say, out of memory at 30,000) keeps the sizes before it.
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseToolOptions } from '../../src/lib/cli/options.ts';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpus, totalmem, release, platform } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBuildLog, parsePagefindCli, type BuildPhases } from './astro-log.ts';
import { countFiles, measure, peakBetween, treeSize, type Measured, type RssSample } from './measure.ts';
import { DEFAULT_SEED, AUTHOR_COUNT, generateArticle, writeCorpus, type ArticleInfo } from './corpus.ts';
import { markdown, reparse, summariseAll, type BenchResult, type BuildRun, type CheckRun, type Site, type SiteOutput, type SizeResult } from './report.ts';

export type { BenchResult, SizeResult } from './report.ts';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(BENCH_DIR, '../..');
const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = join(REPO, 'node_modules/.bin/pagefind');
/** Our build script (validate → OG images beside `astro build` → Pagefind and audit), when the checkout has it. */
const BUILD_SCRIPT = join(REPO, 'scripts/build.ts');
const SITES = { baseline: join(BENCH_DIR, 'baseline/astro.config.mjs'), ours: join(REPO, 'astro.config.mjs') } as const;
/** Where the project keeps its caches (facts, OG images), relative to a project root; beside Astro's node_modules/.astro. */
export const PROJECT_CACHE = 'node_modules/.cache/watchman';
/** The OG image cache of builds before PROJECT_CACHE. */
const OLD_OG_CACHE = 'node_modules/.cache/og-images';

export interface BenchOptions {
  sizes: number[];
  runs: number;
  seed: number;
  browser: boolean;
  workDir: string;
  /** JSON result path; default scripts/bench/results/<date>-<sizes>.json plus latest.json. */
  out?: string;
  notes?: string[];
  log?: (text: string) => void;
}

function say(options: BenchOptions, text: string): void {
  (options.log ?? ((t: string) => process.stdout.write(`${t}\n`)))(text);
}

// ---------------------------------------------------------------------------------------------
// Corpus and project roots

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
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  const corpus = writeCorpus(join(dir, 'content'), { count: size, seed: options.seed });
  writeFileSync(marker, JSON.stringify({ key, articles: corpus.articles, bytes: corpus.bytes }));
  say(options, `  generated ${(corpus.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { contentDir: join(dir, 'content'), articles: corpus.articles, bytes: corpus.bytes };
}

/** A project root per site: content/ copied from the corpus, caches beside it. */
interface Root {
  site: Site;
  dir: string;
  dist: string;
  compileCache: string;
}

function makeRoot(options: BenchOptions, size: number, site: Site, contentDir: string): Root {
  const dir = join(options.workDir, 'runs', `n${size}`, site);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(contentDir, join(dir, 'content'), { recursive: true });
  return { site, dir, dist: join(dir, 'dist'), compileCache: join(dir, 'cache/node-compile-cache') };
}

/**
 * What a cold build starts without: the output, Astro's .astro/, the root's node_modules/ (Astro's data store
 * node_modules/.astro, Vite's .vite, our caches under PROJECT_CACHE and the older OLD_OG_CACHE) and the Node
 * compile cache. The caches are named although node_modules/ holds them, so the list says what "cold" means.
 */
export function coldPaths(root: { dir: string; dist: string; compileCache: string }): string[] {
  return [
    root.dist,
    join(root.dir, '.astro'),
    join(root.dir, PROJECT_CACHE),
    join(root.dir, OLD_OG_CACHE),
    join(root.dir, 'node_modules/.astro'),
    join(root.dir, 'node_modules'),
    root.compileCache,
  ];
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

// ---------------------------------------------------------------------------------------------
// Building

/**
 * The one place that decides how a site is built. Ours: `node scripts/build.ts` when the checkout has it (it
 * runs Astro, OG drawing and Pagefind as child processes), else `astro build` as before. The baseline is
 * always bare `astro build`. Every path is absolute: commands run with the root as working directory, so a
 * cache placed relative to the working directory also lands in the root.
 */
export function buildCommand(site: Site, root: { dir: string; dist: string }, hasBuildScript = existsSync(BUILD_SCRIPT)): { command: string; args: string[] } {
  if (site === 'ours' && hasBuildScript) {
    return { command: process.execPath, args: [BUILD_SCRIPT, '--root', root.dir, '--config', SITES.ours, '--outDir', root.dist] };
  }
  return { command: process.execPath, args: [ASTRO, 'build', '--root', root.dir, '--config', relative(root.dir, SITES[site])] };
}

/** The build commands with <repo> and <root> for the paths, for the results file. */
function describeCommands(): Record<Site, string> {
  const placeholder = { dir: '/ROOT', dist: '/ROOT/dist' };
  const describe = (site: Site) => {
    const { args } = buildCommand(site, placeholder);
    return ['node', ...args].join(' ').replaceAll(REPO, '<repo>').replaceAll('/ROOT', '<root>').replace(/--config \S+baseline\/astro\.config\.mjs/, '--config <repo>/scripts/bench/baseline/astro.config.mjs');
  };
  return { baseline: describe('baseline'), ours: describe('ours') };
}

async function build(options: BenchOptions, root: Root, label: string): Promise<BuildRun> {
  const logFile = join(options.workDir, 'logs', `${label}.log`);
  mkdirSync(dirname(logFile), { recursive: true });
  const { command, args } = buildCommand(root.site, root);
  const measured = await measure(command, args, {
    cwd: root.dir,
    env: { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', NODE_COMPILE_CACHE: root.compileCache },
  });
  writeLog(logFile, measured);
  if (measured.code !== 0) {
    throw new Error(`${label}: build failed (exit ${measured.code}); log in ${logFile}\n${measured.lines.slice(-30).map((l) => l.text).join('\n')}`);
  }
  const phases = parseBuildLog(measured.lines, measured.wallMs);
  const run: BuildRun = { wallMs: measured.wallMs, peakRssMiB: measured.peakTreeRssMiB, loadAverage: measured.loadAverage, phases, memory: memoryByPhase(measured.samples, phases) };
  if (measured.cpuMs !== undefined) run.cpuMs = measured.cpuMs;
  if (measured.maxProcessRssMiB !== undefined) run.maxProcessRssMiB = measured.maxProcessRssMiB;
  say(options, `    ${label}: ${(measured.wallMs / 1000).toFixed(2)} s, peak ${Math.round(measured.peakTreeRssMiB)} MiB (load ${measured.loadAverage.toFixed(1)})`);
  return run;
}

/** Peak RSS within each phase window, from the 50 ms samples and the log's phase windows. */
function memoryByPhase(samples: RssSample[], phases: BuildPhases): BuildRun['memory'] {
  const out: BuildRun['memory'] = {};
  for (const [name, [from, to]] of Object.entries(phases.windows)) {
    const end = name === 'whole build' ? Number.POSITIVE_INFINITY : to;
    // A window shorter than the 50 ms poll may hold no sample: left out rather than reported as 0 MiB.
    if (samples.some((s) => s.t >= from && s.t < end)) out[name] = peakBetween(samples, from, end);
  }
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

/** Files a deploy uploads, by kind: HTML pages, Open Graph images, Pagefind's files, everything else. */
export function filesByKind(dist: string): Record<string, number> {
  const all = treeSize(dist).files;
  const html = countFiles(dist, '.html');
  const og = existsSync(join(dist, 'og')) ? treeSize(join(dist, 'og')).files : 0;
  const pagefind = treeSize(join(dist, 'pagefind')).files;
  return { 'HTML pages': html, 'Open Graph images': og, 'Pagefind files': pagefind, 'other files': all - html - og - pagefind };
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
    filesByKind: filesByKind(dist),
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
    if (entry.isDirectory() && existsSync(join(abs, name))) return join(abs, name);
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

async function check(options: BenchOptions, root: Root, label: string): Promise<CheckRun> {
  const measured = await measure(process.execPath, [join(REPO, 'scripts/check.ts'), '--root', root.dir], { cwd: root.dir, env: { NO_COLOR: '1' } });
  writeLog(join(options.workDir, 'logs', `${label}.log`), measured);
  if (measured.code !== 0) throw new Error(`check failed on the corpus:\n${measured.lines.slice(-20).map((l) => l.text).join('\n')}`);
  const entry: CheckRun = { wallMs: measured.wallMs, peakRssMiB: measured.peakTreeRssMiB };
  if (measured.cpuMs !== undefined) entry.cpuMs = measured.cpuMs;
  say(options, `    ${label}: ${(measured.wallMs / 1000).toFixed(2)} s`);
  return entry;
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
  let searchPage: SizeResult['searchPage'];
  let passages: SizeResult['passages'];
  const browserErrors: string[] = [];
  if (options.browser) {
    say(options, '  search in Chromium (20 queries, cold and warm)');
    const { measureSearch, benchQueries } = await import('./search-cost.ts');
    search = await measureSearch(roots.ours.dist, benchQueries(options.seed));
    // A failure here is recorded and reported, not thrown: the size's builds and the sizes after it still count.
    const { measureSearchPage, PAGE_QUERIES } = await import('./search-page-cost.ts');
    say(options, `  search page in Chromium (${PAGE_QUERIES.length} queries: words, passages, parallels; then a next query)`);
    searchPage = await measureSearchPage(roots.ours.dist).catch((error: unknown) => void browserErrors.push(failed(options, 'search page cost', error)));
    passages = await checkPassages(options, roots.ours, corpus.articles).catch((error: unknown) => void browserErrors.push(failed(options, 'passage correctness', error)));
  }

  say(options, `  npm run check (${options.runs} × cache deleted, then warm)`);
  const checkCold: CheckRun[] = [];
  const checkWarm: CheckRun[] = [];
  for (let run = 0; run < options.runs; run++) {
    rmSync(join(roots.ours.dir, PROJECT_CACHE), { recursive: true, force: true });
    checkCold.push(await check(options, roots.ours, `n${size}-check-${run + 1}`));
    checkWarm.push(await check(options, roots.ours, `n${size}-check-warm-${run + 1}`));
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
      authors: AUTHOR_COUNT,
      bytes: corpus.bytes,
      meanWords: Math.round(corpus.articles.reduce((s, a) => s + a.words, 0) / corpus.articles.length),
    },
    cold,
    pagefindCli,
    output,
    indexMatchesArticles,
    check: checkCold,
    checkWarm,
    warm,
    summary: { metrics: {}, phases: {}, baselinePhases: {}, memory: {}, goals: [] },
  };
  if (search) result.search = search;
  if (searchPage) result.searchPage = searchPage;
  if (passages) result.passages = passages;
  if (browserErrors.length) result.browserErrors = browserErrors;
  return result;
}

function failed(options: BenchOptions, step: string, error: unknown): string {
  const message = `${step} failed: ${error instanceof Error ? error.message : String(error)}`;
  say(options, `\n  !!!!!! ${message} !!!!!!\n`);
  return message;
}

/** Passage queries on the real search page against the articles the content says cite them (passage-correctness.ts). */
async function checkPassages(options: BenchOptions, root: Root, articles: ArticleInfo[]): Promise<SizeResult['passages']> {
  const { passageQueries, expectedSets, checkPassagesInBrowser } = await import('./passage-correctness.ts');
  const queries = passageQueries(articles, options.seed);
  say(options, `  passage correctness (${queries.length} passage queries on the search page vs the content)`);
  const started = performance.now();
  // The content this root was built from (the warm rebuilds edit it only later).
  const expected = expectedSets(join(root.dir, 'content'), queries);
  const expectedMs = performance.now() - started;
  const checks = await checkPassagesInBrowser(root.dist, queries, expected);
  const browserMs = performance.now() - started - expectedMs;
  const wrong = checks.filter((c) => !c.ok);
  say(options, `    expected sets in ${(expectedMs / 1000).toFixed(1)} s, page checked in ${(browserMs / 1000).toFixed(1)} s: ${checks.length - wrong.length} of ${checks.length} queries match`);
  if (wrong.length) {
    say(options, `\n  !!!!!! PASSAGE SEARCH MISMATCH: ${wrong.map((c) => `"${c.q}${c.parallels ? ' +parallels' : ''}" (expected ${c.expected}, shown ${c.shown}, missing ${c.missingCount}, extra ${c.extraCount})`).join('; ')} !!!!!!\n`);
  }
  return { checks, expectedMs, browserMs };
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
  'Whole-process wall time of each site\'s build command (see `commands`; spawned from Node with the project root as working directory, timed from spawn to exit); ' +
  'CPU = user+sys from /usr/bin/time; peak RSS = the highest sum of VmRSS over the process and all descendants (Astro, OG and Pagefind child processes included), polled every 50 ms. ' +
  `Cold = dist/, .astro/, node_modules/ (Astro's data store node_modules/.astro, .vite, the project's caches in ${PROJECT_CACHE} and ${OLD_OG_CACHE}) and the Node compile cache (NODE_COMPILE_CACHE) of that root renamed aside before the run and deleted outside the timed part ` +
  '(a fresh CI machine). Baseline and ours alternate run by run over byte-identical content in separate roots. Warm rebuilds keep every cache and move only dist/ aside. ' +
  `\`npm run check\`: once with ${PROJECT_CACHE} deleted (cold), then again (warm). ` +
  'Phases come from the arrival time of the log lines and from our own figures. Search: headless Chromium, fresh context per query, local server without compression (bytes are uncompressed response bodies). ' +
  'Search page: the real /search/ page per query after an empty visit, then a next query typed in the same page. Passage correctness: each passage query\'s articles computed from the content (parseReference, bodyFacts citations, passagesOverlap, PARALLELS) vs those the page shows.';

function codeState(): BenchResult['code'] {
  const git = (args: string[]) => {
    const r = spawnSync('git', args, { cwd: REPO, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : '';
  };
  const uncommitted = git(['status', '--porcelain', '--', 'src', 'public', 'scripts/build.ts', 'astro.config.mjs', 'package.json', 'package-lock.json'])
    .split('\n')
    .filter(Boolean);
  return { commit: git(['rev-parse', 'HEAD']) || '?', uncommitted };
}

function writeResult(options: BenchOptions, result: BenchResult): void {
  const json = `${JSON.stringify(summariseAll(result), null, 1)}\n`;
  if (options.out) {
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, json);
  } else {
    const dir = join(BENCH_DIR, 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${result.date}-${options.sizes.join(',')}.json`), json);
    writeFileSync(join(dir, 'latest.json'), json);
  }
}

/** Runs the whole benchmark, writing the JSON after each size; returns the result. */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const date = new Date().toISOString().slice(0, 10);
  const result: BenchResult = {
    date,
    code: codeState(),
    options: { sizes: options.sizes, runs: options.runs, seed: options.seed, browser: options.browser },
    commands: describeCommands(),
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
  if (options.notes?.length) result.notes = [...options.notes];
  mkdirSync(options.workDir, { recursive: true });
  for (const size of options.sizes) {
    const sizeResult = await benchSize(options, size);
    result.sizes.push(sizeResult);
    if (sizeResult.search) result.machine['chromium'] = sizeResult.search.chromium;
    writeResult(options, result);
  }
  return result;
}

async function main(): Promise<void> {
  const tool = { name: 'npm run bench', usage: 'Usage: npm run bench -- [--sizes 1000,10000] [--runs N] [--seed S] [--quick] [--no-browser] [--out FILE] [--work DIR] [--report FILE] [--reparse FILE] [--note TEXT]' };
  const { values } = parseToolOptions(tool, {
    strict: true,
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
  if (values.note?.length) options.notes = values.note;
  if (options.sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(options.runs) || options.runs < 1) {
    process.stderr.write('usage: npm run bench -- [--sizes 1000,10000,30000] [--runs 3] [--quick] [--no-browser] [--seed S] [--out FILE] [--work DIR] [--note TEXT] | --report FILE | --reparse FILE\n');
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
