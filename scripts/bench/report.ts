/**
 * The benchmark's results: their shape (the JSON run.ts writes), the summary of each size (medians, ratios,
 * phases, memory by phase, issue 12's goals), cost per article across sizes, and the Markdown tables.
 *
 *   node scripts/bench/report.ts scripts/bench/results/latest.json   # the tables of a results file
 *   node scripts/bench/report.ts FILE --reparse [--work DIR] [--note TEXT]   # re-derive phases from the logs, rewrite FILE
 *
 * Summaries are recomputed from the raw runs whenever a report is printed, so an older results file is judged
 * by the current goals (what it did not measure shows as "not measured").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { exitWithUsage, parseToolOptions } from '../../src/lib/cli/options.ts';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBuildLog, type BuildPhases } from './astro-log.ts';
import { evaluateGoals, formatGoalValue, formatGoalVerdict, formatLimit, GOAL_MIN_SIZE, GOALS, goalSizes, type Goal, type SizeFigures } from './goals.ts';
import { stats, type LogLine, type Stats } from './measure.ts';
import type { SearchCost } from './search-cost.ts';
import type { PageQueryCost } from './search-page-cost.ts';
import type { PassageCheck } from './passage-correctness.ts';

export type { Goal } from './goals.ts';
export type Site = 'baseline' | 'ours';
export const SITE_NAMES: readonly Site[] = ['baseline', 'ours'];

export interface PhaseMemory {
  /** Peak summed RSS of the whole process tree in the window (MiB). */
  treeMiB: number;
  /** Peak RSS of the spawned command's own process (with `astro build`, Astro's process). */
  mainMiB: number;
  /** Peak RSS of the largest single process in the tree (Astro's, also when scripts/build.ts spawns it). */
  largestMiB?: number;
}

export interface BuildRun {
  /** Peak RSS in each phase window (see BuildPhases.windows; windows may overlap). */
  memory: Record<string, PhaseMemory>;
  wallMs: number;
  cpuMs?: number;
  peakRssMiB: number;
  maxProcessRssMiB?: number;
  loadAverage: number;
  phases: BuildPhases;
}

export interface CheckRun {
  wallMs: number;
  cpuMs?: number;
  peakRssMiB: number;
}

export interface SiteOutput {
  distBytes: number;
  distFiles: number;
  pagefindBytes: number;
  pagefindFiles: number;
  htmlPages: number;
  articlePages: number;
  indexedPages?: number;
  /** Files by kind (HTML pages, Open Graph images, Pagefind files, other assets): what a deploy uploads. */
  filesByKind?: Record<string, number>;
}

export interface SizeResult {
  size: number;
  corpus: { articles: number; published: number; drafts: number; mdx: number; authors: number; bytes: number; meanWords: number };
  cold: Record<Site, BuildRun[]>;
  pagefindCli: { wallMs: number; finishedMs?: number; peakRssMiB: number; cpuMs?: number; indexedPages?: number }[];
  output: Record<Site, SiteOutput>;
  indexMatchesArticles: boolean;
  /** `npm run check` with its cache folder deleted first (cold). */
  check: CheckRun[];
  /** `npm run check` again right after each cold one, cache kept (warm). Absent in results before issue 12. */
  checkWarm?: CheckRun[];
  warm: { edit: Record<Site, BuildRun[]>; add: Record<Site, BuildRun[]> };
  search?: SearchCost;
  /** The real search page's cost per query (search-page-cost.ts). Absent before issue 15 and with --no-browser. */
  searchPage?: PageQueryCost[];
  /** Passage queries on the search page vs the articles the content says cite them (passage-correctness.ts). */
  passages?: { checks: PassageCheck[]; expectedMs: number; browserMs: number };
  /** Browser steps that failed (search page cost, passage correctness): recorded so the size's other figures still count. */
  browserErrors?: string[];
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
  /** Peak RSS (MiB) per phase window of the cold builds: whole tree for both, and our largest single process. */
  memory: Record<string, { baseline?: Stats; ours: Stats; oursLargestProcess: Stats }>;
  /** Issue 12's goals at this size (growth goals against the smallest size of the run). */
  goals: Goal[];
}

export interface BenchResult {
  date: string;
  /** The project code measured: HEAD and files with uncommitted changes (others edit the checkout too). */
  code: { commit: string; uncommitted: string[] };
  options: { sizes: number[]; runs: number; seed: number; browser: boolean };
  /** The build command of each site, with <root> and <repo> for the paths. */
  commands?: Record<Site, string>;
  method: string;
  machine: Record<string, string | number>;
  /** Remarks added after the run (e.g. a missed goal's floor, or phases re-derived with a fixed parser). */
  notes?: string[];
  sizes: SizeResult[];
}

// ---------------------------------------------------------------------------------------------
// Summary of one size

const PHASES: [string, (p: BuildPhases) => number | undefined][] = [
  ['start-up incl. content validation', (p) => p.startupMs],
  ['content validation', (p) => p.contentValidationMs],
  ['content sync + types', (p) => p.contentSyncMs],
  ['Vite bundling', (p) => p.bundlingMs],
  ['page rendering (all routes)', (p) => p.renderingMs],
  ['  set-up before the first route', (p) => p.renderSetupMs],
  ['  article pages (span)', (p) => p.routes['articles']?.spanMs],
  ['  OG images as routes (span)', (p) => p.routes['og']?.spanMs],
  ['  scripture index pages (span)', (p) => p.routes['scripture']?.spanMs],
  ['  scripture index pages (sum of +ms)', (p) => p.routes['scripture']?.sumMs],
  ['  topic/source/author/archive/list pages (span)', (p) => sumDefined(['topics', 'sources', 'authors', 'archive', 'page', 'other'].map((g) => p.routes[g]?.spanMs))],
  ['Open Graph images (own figure; may overlap rendering)', (p) => p.ogImagesMs],
  ['post-build audit', (p) => p.auditMs],
  ['sitemap', (p) => p.sitemapMs],
  ['search index (Pagefind, in build)', (p) => p.searchIndexMs],
  ['last log line to process exit', (p) => p.exitMs],
];

function sumDefined(values: (number | undefined)[]): number | undefined {
  const defined = values.filter((v): v is number => v !== undefined);
  return defined.length ? defined.reduce((a, b) => a + b, 0) : undefined;
}

function finite(values: number[]): number[] {
  return values.filter((v) => Number.isFinite(v));
}

function metric(baseline: number[] | undefined, ours: number[]): Metric {
  const m: Metric = { ours: stats(finite(ours)) };
  const base = baseline ? finite(baseline) : [];
  if (base.length) {
    m.baseline = stats(base);
    m.ratio = m.ours.median / m.baseline.median;
  }
  return m;
}

const median = (values: number[]) => {
  const v = finite(values);
  return v.length ? stats(v).median : undefined;
};

/** The figures issue 12's goals and the per-article table read, from one size's raw runs. */
export function sizeFigures(r: SizeResult): SizeFigures {
  const pair = (get: (run: BuildRun) => number | undefined, runs: Record<Site, BuildRun[]>) => {
    const out: { baseline?: number; ours?: number } = {};
    for (const site of SITE_NAMES) {
      const m = median(runs[site].map((x) => get(x) ?? Number.NaN));
      if (m !== undefined) out[site] = m;
    }
    return out;
  };
  const figures: SizeFigures = {
    size: r.size,
    articles: r.corpus.articles,
    coldWallMs: pair((x) => x.wallMs, r.cold),
    renderingMs: pair((x) => x.phases.renderingMs, r.cold),
    editRebuildMs: pair((x) => x.wallMs, r.warm.edit),
    peakRssMiB: pair((x) => x.peakRssMiB, r.cold),
    distBytes: { baseline: r.output.baseline.distBytes, ours: r.output.ours.distBytes },
  };
  const checkCold = median(r.check.map((x) => x.wallMs));
  if (checkCold !== undefined) figures.checkColdMs = checkCold;
  const checkWarm = median((r.checkWarm ?? []).map((x) => x.wallMs));
  if (checkWarm !== undefined) figures.checkWarmMs = checkWarm;
  if (r.search?.cold.length && r.search.warm.length) {
    figures.search = { firstBytes: stats(r.search.cold.map((x) => x.bytes)), firstMs: stats(r.search.cold.map((x) => x.ms)), laterMs: stats(r.search.warm.map((x) => x.ms)) };
  }
  const words = (r.searchPage ?? []).filter((x) => x.kind === 'words');
  const passages = (r.searchPage ?? []).filter((x) => x.kind === 'passage');
  if (words.length && r.searchPage) {
    const page: NonNullable<SizeFigures['searchPage']> = { wordFirstBytes: stats(words.map((x) => x.bytes)), wordFirstMs: stats(words.map((x) => x.ms)), nextMs: stats(r.searchPage.map((x) => x.nextMs)) };
    if (passages.length) {
      page.passageFirstBytes = stats(passages.map((x) => x.bytes));
      page.passageExtraBytes = page.passageFirstBytes.median - page.wordFirstBytes.median;
    }
    figures.searchPage = page;
  }
  return figures;
}

/** Passage queries whose results differ from the content's answer (none when correctness was not measured). */
export function passageMismatches(r: SizeResult): PassageCheck[] {
  return (r.passages?.checks ?? []).filter((c) => !c.ok);
}

/** Medians, ratios, phases, memory by phase and goals of one size; `smallest` is the run's smallest size. */
export function summarise(r: SizeResult, smallest: SizeResult = r): Summary {
  const wall = (runs: BuildRun[]) => runs.map((x) => x.wallMs);
  const exclSearch = (runs: BuildRun[]) => runs.map((x) => x.wallMs - (x.phases.searchIndexMs ?? 0));
  const phase = (runs: BuildRun[], get: (p: BuildPhases) => number | undefined) => runs.map((x) => get(x.phases) ?? Number.NaN);
  const metrics: Record<string, Metric> = {
    'cold build wall (ms)': metric(wall(r.cold.baseline), wall(r.cold.ours)),
    'cold build wall excl. search index (ms)': metric(wall(r.cold.baseline), exclSearch(r.cold.ours)),
    'cold build CPU (ms)': metric(r.cold.baseline.map((x) => x.cpuMs ?? Number.NaN), r.cold.ours.map((x) => x.cpuMs ?? Number.NaN)),
    'cold build peak RSS, process tree (MiB)': metric(r.cold.baseline.map((x) => x.peakRssMiB), r.cold.ours.map((x) => x.peakRssMiB)),
    'content sync + types (ms)': metric(phase(r.cold.baseline, (p) => p.contentSyncMs), phase(r.cold.ours, (p) => p.contentSyncMs)),
    'Vite bundling (ms)': metric(phase(r.cold.baseline, (p) => p.bundlingMs), phase(r.cold.ours, (p) => p.bundlingMs)),
    'page rendering (ms)': metric(phase(r.cold.baseline, (p) => p.renderingMs), phase(r.cold.ours, (p) => p.renderingMs)),
    'rebuild, one article edited (ms)': metric(wall(r.warm.edit.baseline), wall(r.warm.edit.ours)),
    'rebuild, one article edited, excl. search index (ms)': metric(wall(r.warm.edit.baseline), exclSearch(r.warm.edit.ours)),
    'rebuild, one article added (ms)': metric(wall(r.warm.add.baseline), wall(r.warm.add.ours)),
    'rebuild peak RSS (MiB)': metric(r.warm.edit.baseline.map((x) => x.peakRssMiB), r.warm.edit.ours.map((x) => x.peakRssMiB)),
    'search index in build (ms)': metric(undefined, phase(r.cold.ours, (p) => p.searchIndexMs)),
    'Pagefind CLI wall (ms)': metric(undefined, r.pagefindCli.map((x) => x.wallMs)),
    'Pagefind CLI peak RSS (MiB)': metric(undefined, r.pagefindCli.map((x) => x.peakRssMiB)),
    'npm run check, cache empty (ms)': metric(undefined, r.check.map((x) => x.wallMs)),
    'npm run check, cache empty, CPU (ms)': metric(undefined, r.check.map((x) => x.cpuMs ?? Number.NaN)),
    'npm run check, cache warm (ms)': metric(undefined, (r.checkWarm ?? []).map((x) => x.wallMs)),
    'npm run check, cache warm, CPU (ms)': metric(undefined, (r.checkWarm ?? []).map((x) => x.cpuMs ?? Number.NaN)),
    'dist bytes': metric([r.output.baseline.distBytes], [r.output.ours.distBytes]),
    'dist files': metric([r.output.baseline.distFiles], [r.output.ours.distFiles]),
    'HTML pages': metric([r.output.baseline.htmlPages], [r.output.ours.htmlPages]),
  };
  if (r.search) {
    metrics['search: first query ms (cold, incl. init)'] = metric(undefined, r.search.cold.map((x) => x.ms));
    metrics['search: first query bytes'] = metric(undefined, r.search.cold.map((x) => x.bytes));
    metrics['search: later query ms (warm)'] = metric(undefined, r.search.warm.map((x) => x.ms));
    metrics['search: later query bytes'] = metric(undefined, r.search.warm.map((x) => x.bytes));
  }
  for (const [name, m] of Object.entries(metrics)) if (!m.ours.values.length) delete metrics[name];

  const phasesOf = (runs: BuildRun[]) => {
    const out: Record<string, Stats> = {};
    for (const [name, get] of PHASES) {
      const values = runs.map((x) => get(x.phases)).filter((v): v is number => v !== undefined);
      if (values.length) out[name] = stats(values);
    }
    return out;
  };
  const memory: Summary['memory'] = {};
  const windowNames = [...new Set(r.cold.ours.flatMap((x) => Object.keys(x.memory)))];
  for (const name of windowNames) {
    const ours = r.cold.ours.map((x) => x.memory[name]).filter((m) => m !== undefined);
    const baseline = r.cold.baseline.map((x) => x.memory[name]).filter((m) => m !== undefined);
    memory[name] = { ours: stats(ours.map((m) => m.treeMiB)), oursLargestProcess: stats(ours.map((m) => m.largestMiB ?? m.mainMiB)) };
    if (baseline.length) memory[name].baseline = stats(baseline.map((m) => m.treeMiB));
  }
  return {
    metrics,
    phases: phasesOf(r.cold.ours),
    baselinePhases: phasesOf(r.cold.baseline),
    memory,
    goals: evaluateGoals(sizeFigures(r), sizeFigures(smallest)),
  };
}

/** Recomputes every size's summary (growth goals against the smallest size). */
export function summariseAll(result: BenchResult): BenchResult {
  const smallest = [...result.sizes].sort((a, b) => a.size - b.size)[0];
  for (const s of result.sizes) s.summary = summarise(s, smallest);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Cost per article across sizes

export interface PerArticleRow {
  name: string;
  unit: 'ms' | 'bytes' | 'MiB/1,000';
  /** Per size (in the order of result.sizes): the value per article, and its growth against the smallest size. */
  values: ({ perArticle: number; growth?: number } | undefined)[];
}

/** Cost per article at each size, and how it grows from the smallest size: linear costs stay near 1×. */
export function perArticleRows(result: BenchResult): PerArticleRow[] {
  const figures = result.sizes.map(sizeFigures);
  const rows: [string, PerArticleRow['unit'], (f: SizeFigures) => number | undefined][] = [
    ['cold build wall, ours', 'ms', (f) => f.coldWallMs.ours],
    ['cold build wall, baseline', 'ms', (f) => f.coldWallMs.baseline],
    ['page rendering, ours', 'ms', (f) => f.renderingMs.ours],
    ['page rendering, baseline', 'ms', (f) => f.renderingMs.baseline],
    ['rebuild after one edit, ours', 'ms', (f) => f.editRebuildMs.ours],
    ['rebuild after one edit, baseline', 'ms', (f) => f.editRebuildMs.baseline],
    ['`npm run check`, cache empty', 'ms', (f) => f.checkColdMs],
    ['`npm run check`, cache warm', 'ms', (f) => f.checkWarmMs],
    ['dist/ bytes, ours', 'bytes', (f) => f.distBytes.ours],
    ['dist/ bytes, baseline', 'bytes', (f) => f.distBytes.baseline],
    ['peak RSS, ours', 'MiB/1,000', (f) => (f.peakRssMiB.ours === undefined ? undefined : f.peakRssMiB.ours * 1000)],
    ['peak RSS, baseline', 'MiB/1,000', (f) => (f.peakRssMiB.baseline === undefined ? undefined : f.peakRssMiB.baseline * 1000)],
  ];
  const smallestIndex = figures.reduce((best, f, i) => (f.size < figures[best]!.size ? i : best), 0);
  return rows
    .map(([name, unit, get]) => {
      const per = figures.map((f) => {
        const v = get(f);
        return v === undefined || !Number.isFinite(v) ? undefined : v / f.articles;
      });
      const base = per[smallestIndex];
      return {
        name,
        unit,
        values: per.map((v, i) => (v === undefined ? undefined : i !== smallestIndex && base ? { perArticle: v, growth: v / base } : { perArticle: v })),
      };
    })
    .filter((row) => row.values.some((v) => v !== undefined));
}

// ---------------------------------------------------------------------------------------------
// Markdown

const fmtMs = (ms: number) => (Number.isFinite(ms) ? (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`) : '–');
const fmtNum = (n: number) => (Number.isFinite(n) ? (Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1)) : '–');
const fmtBytes = (b: number) => (b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${(b / 1e3).toFixed(0)} kB`);
const fmtCount = (n: number) => n.toLocaleString('en-US');

function fmtStats(s: Stats | undefined, unit: string): string {
  if (!s || !s.values.length) return '–';
  const f = unit === 'ms' ? fmtMs : unit === 'bytes' ? fmtBytes : fmtNum;
  return s.values.length > 1 ? `**${f(s.median)}** (${f(s.min)}–${f(s.max)})` : `**${f(s.median)}**`;
}

function fmtPerArticle(v: number, unit: PerArticleRow['unit']): string {
  if (unit === 'bytes') return v >= 1e6 ? `${(v / 1e6).toFixed(2)} MB` : `${(v / 1e3).toFixed(1)} kB`;
  if (unit === 'MiB/1,000') return `${Math.round(v).toLocaleString('en-US')} MiB`;
  return v >= 100 ? `${Math.round(v)} ms` : v >= 10 ? `${v.toFixed(1)} ms` : `${v.toFixed(2)} ms`;
}

function metricUnit(name: string): string {
  return /\(ms\)$/.test(name) || / ms\b/.test(name) ? 'ms' : /bytes$/.test(name) ? 'bytes' : '';
}

function sizeSection(out: string[], s: SizeResult): void {
  const load = [...s.cold.baseline, ...s.cold.ours].map((x) => x.loadAverage);
  out.push(
    `### ${fmtCount(s.size)} articles (${s.corpus.published} published, ${s.corpus.drafts} drafts, ${s.corpus.mdx} MDX; ${fmtBytes(s.corpus.bytes)} of Markdown, mean ${s.corpus.meanWords} words; load average at cold starts ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)})`,
    '',
    '| metric | baseline | ours | ours / baseline |',
    '| --- | --- | --- | --- |',
  );
  for (const [name, m] of Object.entries(s.summary.metrics)) {
    const label = name.replace(/ \(ms\)$/, '');
    out.push(`| ${label} | ${fmtStats(m.baseline, metricUnit(name))} | ${fmtStats(m.ours, metricUnit(name))} | ${m.ratio !== undefined && Number.isFinite(m.ratio) ? `${m.ratio.toFixed(2)}×` : ''} |`);
  }
  const o = s.output.ours;
  const kinds = o.filesByKind ? ` (${Object.entries(o.filesByKind).map(([k, n]) => `${fmtCount(n)} ${k}`).join(', ')})` : '';
  out.push(
    '',
    `Output (ours): ${fmtBytes(o.distBytes)} in ${fmtCount(o.distFiles)} files${kinds}, of which pagefind/ ${fmtBytes(o.pagefindBytes)} in ${fmtCount(o.pagefindFiles)} files; ${fmtCount(o.htmlPages)} HTML pages, ${fmtCount(o.articlePages)} article pages, ${o.indexedPages ?? '?'} indexed pages — ${s.indexMatchesArticles ? 'index matches the published articles' : '**MISMATCH with the published articles**'}. Baseline: ${fmtBytes(s.output.baseline.distBytes)} in ${fmtCount(s.output.baseline.distFiles)} files, ${fmtCount(s.output.baseline.htmlPages)} HTML pages.`,
    '',
    '| phase of the cold build | baseline | ours | share of our wall |',
    '| --- | --- | --- | --- |',
  );
  const wall = s.summary.metrics['cold build wall (ms)']?.ours.median ?? Number.NaN;
  for (const [name, st] of Object.entries(s.summary.phases)) {
    out.push(`| ${name.replace(/^ {2}/, '↳ ')} | ${fmtStats(s.summary.baselinePhases[name], 'ms')} | ${fmtStats(st, 'ms')} | ${((st.median / wall) * 100).toFixed(0)}% |`);
  }
  out.push(`| **total wall** | ${fmtStats(s.summary.metrics['cold build wall (ms)']?.baseline, 'ms')} | ${fmtStats(s.summary.metrics['cold build wall (ms)']?.ours, 'ms')} | 100% |`, '');
  if (Object.keys(s.summary.memory).length) {
    out.push('| peak RSS (MiB) in window of the cold build | baseline (tree) | ours (tree) | ours (largest single process) |', '| --- | --- | --- | --- |');
    for (const [name, m] of Object.entries(s.summary.memory)) out.push(`| ${name} | ${fmtStats(m.baseline, '')} | ${fmtStats(m.ours, '')} | ${fmtStats(m.oursLargestProcess, '')} |`);
    out.push('');
  }
  if (s.search) {
    out.push('| query | filters | hits | first query ms | of which init | bytes | requests | later query ms (after) | bytes |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const c of s.search.cold) {
      const w = s.search.warm.find((x) => x.q === c.q && JSON.stringify(x.filters ?? {}) === JSON.stringify(c.filters ?? {}));
      out.push(`| ${c.q} | ${c.filters ? Object.entries(c.filters).map(([k, v]) => `${k}=${v}`).join(', ') : ''} | ${c.hits} | ${Math.round(c.ms)} | ${Math.round(c.initMs ?? 0)} | ${fmtBytes(c.bytes)} | ${c.requests} | ${w ? `${Math.round(w.ms)} (${w.after})` : ''} | ${w ? fmtBytes(w.bytes) : ''} |`);
    }
    out.push('');
  }
  for (const error of s.browserErrors ?? []) out.push(`**!!!!!! ${error} !!!!!!**`, '');
  if (s.searchPage?.length) searchPageSection(out, s, s.searchPage);
  if (s.passages) passagesSection(out, s.passages);
}

function searchPageSection(out: string[], s: SizeResult, rows: PageQueryCost[]): void {
  out.push(
    '| search page query | kind | first: bytes | of which passage files | requests | ms to results | next query: bytes | ms | status |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const x of rows) out.push(`| ${x.query.replace('&', ' & ')} | ${x.kind} | ${fmtBytes(x.bytes)} | ${fmtBytes(x.passageBytes)} | ${x.requests} | ${Math.round(x.ms)} | ${fmtBytes(x.nextBytes)} | ${Math.round(x.nextMs)} | ${x.status.replace(/\|/g, '\\|')} |`);
  const page = sizeFigures(s).searchPage;
  if (page) {
    const extra = page.passageExtraBytes === undefined ? 'no passage query measured' : `a passage query transfers ${fmtBytes(page.passageExtraBytes)} beyond a word query (median of the ${rows.filter((x) => x.kind === 'passage').length} passage queries' first-query bytes ${fmtBytes(page.passageFirstBytes!.median)} − median of the ${rows.filter((x) => x.kind === 'words').length} word queries' ${fmtBytes(page.wordFirstBytes.median)})`;
    const files = rows.filter((x) => x.kind === 'passage').map((x) => x.passageBytes);
    const filesText = files.length ? `; the passage files themselves: median ${fmtBytes(stats(files).median)}, largest ${fmtBytes(Math.max(...files))} per query` : '';
    out.push('', `Search page, uncompressed response bodies after an empty visit to /search/: ${extra}${filesText}; first word query median ${Math.round(page.wordFirstMs.median)} ms; next query median ${Math.round(page.nextMs.median)} ms.`);
  }
  out.push('');
}

function passagesSection(out: string[], passages: NonNullable<SizeResult['passages']>): void {
  const wrong = passages.checks.filter((c) => !c.ok);
  out.push(
    '| passage query | parallels | expected articles | page shows | read as | missing | extra | listed twice | |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const c of passages.checks) {
    const how = c.method === 'list' ? `list of ${c.listed}` : `status + passage files (first ${c.listed} listed)`;
    out.push(`| ${c.q} | ${c.parallels ? 'yes' : ''} | ${c.expected} | ${c.shown} | ${how} | ${c.missingCount} | ${c.extraCount} | ${c.duplicates.length} | ${c.ok ? 'ok' : '**MISMATCH**'} |`);
  }
  out.push('');
  if (wrong.length) {
    out.push(`**!!!!!! PASSAGE SEARCH MISMATCH: ${wrong.length} of ${passages.checks.length} passage queries differ from the articles the content says cite the passage !!!!!!**`, '');
    for (const c of wrong) {
      const parts = [`page says “${c.understood}”`];
      if (c.missing.length) parts.push(`missing ${c.missing.join(', ')}${c.missingCount > c.missing.length ? ' …' : ''}`);
      if (c.extra.length) parts.push(`extra ${c.extra.join(', ')}${c.extraCount > c.extra.length ? ' …' : ''}`);
      if (c.duplicates.length) parts.push(`listed twice ${c.duplicates.join(', ')}`);
      out.push(`- ${c.q}${c.parallels ? ' (with parallels)' : ''}: ${parts.join('; ')}`);
    }
    out.push('');
  } else {
    out.push(`All ${passages.checks.length} passage queries show exactly the articles that cite an overlapping passage (expected sets computed in ${fmtMs(passages.expectedMs)}, page checked in ${fmtMs(passages.browserMs)}).`, '');
  }
}

function perArticleSection(out: string[], result: BenchResult): void {
  const rows = perArticleRows(result);
  const sizes = result.sizes.map((s) => s.size);
  const smallest = Math.min(...sizes);
  out.push(
    `### Cost per article${sizes.length > 1 ? ` (growth against ${fmtCount(smallest)} articles in brackets; linear costs stay near 1×)` : ''}`,
    '',
    `| per article | ${sizes.map((n) => `${fmtCount(n)} articles`).join(' | ')} |`,
    `| --- |${sizes.map(() => ' --- |').join('')}`,
  );
  for (const row of rows) {
    const cells = row.values.map((v) => (v === undefined ? '–' : `${fmtPerArticle(v.perArticle, row.unit)}${v.growth !== undefined ? ` (${v.growth.toFixed(2)}×)` : ''}`));
    out.push(`| ${row.name}${row.unit === 'MiB/1,000' ? ' per 1,000 articles' : ''} | ${cells.join(' | ')} |`);
  }
  out.push('');
}

function goalsSection(out: string[], result: BenchResult): void {
  const judged = goalSizes(result.sizes.map((s) => s.size));
  const sizes = judged.map((n) => result.sizes.find((s) => s.size === n)!);
  out.push(
    `### Goals of issues 12 and 15 (judged at ≥ ${fmtCount(GOAL_MIN_SIZE)} articles)`,
    '',
  );
  for (const s of result.sizes) {
    const wrong = passageMismatches(s);
    if (wrong.length) out.push(`> **PASSAGE SEARCH MISMATCH at ${fmtCount(s.size)} articles: ${wrong.length} of ${s.passages!.checks.length} passage queries** (see that size's table).`, '');
    for (const error of s.browserErrors ?? []) out.push(`> **At ${fmtCount(s.size)} articles the ${error}**`, '');
  }
  if (!result.sizes.some((s) => s.size >= GOAL_MIN_SIZE)) out.push(`> This run's largest size is ${fmtCount(sizes[0]?.size ?? 0)} articles: shown for information only; the goals apply at ${fmtCount(GOAL_MIN_SIZE)} and more.`, '');
  out.push(`| goal | limit | ${sizes.map((s) => `${fmtCount(s.size)} articles`).join(' | ')} |`, `| --- | --- |${sizes.map(() => ' --- |').join('')}`);
  let met = 0;
  let missed = 0;
  for (const spec of GOALS) {
    const cells = sizes.map((s) => {
      const g = s.summary.goals.find((x) => x.id === spec.id);
      if (!g) return 'not measured';
      if (g.met) met++;
      else missed++;
      return `${formatGoalValue(g)}: ${formatGoalVerdict(g)}`;
    });
    out.push(`| ${spec.label} | ${formatLimit(spec)} | ${cells.join(' | ')} |`);
  }
  out.push('', `${met} met, ${missed} missed.`, '');
}

export function markdown(input: BenchResult): string {
  const result = summariseAll(structuredClone(input));
  const out: string[] = [];
  const m = result.machine;
  out.push(
    `Benchmark ${result.date} of ${result.code.commit.slice(0, 7)}${result.code.uncommitted.length ? ` + ${result.code.uncommitted.length} uncommitted file(s)` : ''}: seed ${result.options.seed}, ${result.options.runs} run(s) per size; ${m['cpus']} × ${m['cpuModel']}, ${m['totalMemoryGiB']} GiB, Node ${m['node']}, Astro ${m['astro']}, Pagefind ${m['pagefind']}.${result.commands ? ` Ours built with \`${result.commands.ours}\`.` : ''}`,
    '',
  );
  for (const note of result.notes ?? []) out.push(`> ${note}`, '');
  for (const s of result.sizes) sizeSection(out, s);
  perArticleSection(out, result);
  goalsSection(out, result);
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Re-deriving phases from saved logs

/** Reads a log written by run.ts back into lines with arrival times, and the wall time. */
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
      for (const site of SITE_NAMES) {
        bySite[site].forEach((run, i) => {
          const { lines, wallMs } = readLog(join(workDir, 'logs', `n${s.size}-${site}-${kind}-${i + 1}.log`));
          run.phases = parseBuildLog(lines, Number.isFinite(wallMs) ? wallMs : run.wallMs);
        });
      }
    }
  }
  return summariseAll(result);
}

const TOOL = { name: 'bench report', usage: 'Usage: node scripts/bench/report.ts RESULTS.json [--reparse [--work DIR]] [--note TEXT]' };

function main(): void {
  const { values, positionals } = parseToolOptions(TOOL, {
    strict: true,
    allowPositionals: true,
    options: {
      reparse: { type: 'boolean', default: false },
      work: { type: 'string', default: join(import.meta.dirname, '.work') },
      note: { type: 'string', multiple: true },
    },
  });
  const file = positionals[0];
  if (!file) exitWithUsage(TOOL, 'give the results file');
  let result = JSON.parse(readFileSync(resolve(file), 'utf8')) as BenchResult;
  if (values.reparse || values.note?.length) {
    if (values.reparse) result = reparse(result, resolve(values.work));
    if (values.note?.length) result.notes = [...(result.notes ?? []), ...values.note];
    writeFileSync(resolve(file), `${JSON.stringify(result, null, 1)}\n`);
  }
  process.stdout.write(`${markdown(result)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
