// What a size's raw runs come to: medians, ratios, phases, memory by phase, the goals; and cost per article across sizes.
import type { BuildPhases } from '../astro-log.ts';
import { evaluateGoals, type SizeFigures } from '../goals.ts';
import { stats, type Stats } from '../measure.ts';
import type { PassageCheck } from '../passage-correctness.ts';
import { SITE_NAMES, WARM_SCENARIOS, type BenchResult, type BuildRun, type Metric, type Site, type SizeResult, type Summary, type WarmScenario } from './shape.ts';

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

/** A warm scenario's runs (none when the run skipped it, or predates it). */
export function warmRuns(r: SizeResult, scenario: WarmScenario): Record<Site, BuildRun[]> {
  return r.warm[scenario] ?? { baseline: [], ours: [] };
}

/** What each warm scenario is called in the metrics table. */
export const WARM_METRIC_NAMES: Record<WarmScenario, string> = {
  edit: 'rebuild, one article edited (ms)',
  title: 'rebuild, one title changed (ms)',
  add: 'rebuild, one article added (ms)',
  delete: 'rebuild, one article deleted (ms)',
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
    editRebuildMs: pair((x) => x.wallMs, warmRuns(r, 'edit')),
    titleRebuildMs: pair((x) => x.wallMs, warmRuns(r, 'title')),
    addRebuildMs: pair((x) => x.wallMs, warmRuns(r, 'add')),
    deleteRebuildMs: pair((x) => x.wallMs, warmRuns(r, 'delete')),
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

/** Each edition's Astro run in our cold builds (scripts/build.ts runs Astro once per edition): `Astro run, de edition (ms)`. */
function editionRunMetrics(runs: BuildRun[]): Record<string, Metric> {
  const langs = [...new Set(runs.flatMap((x) => (x.phases.editionRuns ?? []).map((e) => e.lang)))];
  if (langs.length < 2) return {};
  return Object.fromEntries(langs.map((lang) => [`Astro run, ${lang} edition (ms)`, metric(undefined, runs.map((x) => x.phases.editionRuns?.find((e) => e.lang === lang)?.ms ?? Number.NaN))]));
}

/** Medians, ratios, phases, memory by phase and goals of one size; `smallest` is the run's smallest size. */
export function summarise(r: SizeResult, smallest: SizeResult = r): Summary {
  const wall = (runs: BuildRun[]) => runs.map((x) => x.wallMs);
  const exclSearch = (runs: BuildRun[]) => runs.map((x) => x.wallMs - (x.phases.searchIndexMs ?? 0));
  const phase = (runs: BuildRun[], get: (p: BuildPhases) => number | undefined) => runs.map((x) => get(x.phases) ?? Number.NaN);
  const edit = warmRuns(r, 'edit');
  const metrics: Record<string, Metric> = {
    'cold build wall (ms)': metric(wall(r.cold.baseline), wall(r.cold.ours)),
    'cold build wall excl. search index (ms)': metric(wall(r.cold.baseline), exclSearch(r.cold.ours)),
    'cold build CPU (ms)': metric(r.cold.baseline.map((x) => x.cpuMs ?? Number.NaN), r.cold.ours.map((x) => x.cpuMs ?? Number.NaN)),
    'cold build peak RSS, process tree (MiB)': metric(r.cold.baseline.map((x) => x.peakRssMiB), r.cold.ours.map((x) => x.peakRssMiB)),
    'content sync + types (ms)': metric(phase(r.cold.baseline, (p) => p.contentSyncMs), phase(r.cold.ours, (p) => p.contentSyncMs)),
    'Vite bundling (ms)': metric(phase(r.cold.baseline, (p) => p.bundlingMs), phase(r.cold.ours, (p) => p.bundlingMs)),
    'page rendering (ms)': metric(phase(r.cold.baseline, (p) => p.renderingMs), phase(r.cold.ours, (p) => p.renderingMs)),
    [WARM_METRIC_NAMES.edit]: metric(wall(edit.baseline), wall(edit.ours)),
    'rebuild, one article edited, excl. search index (ms)': metric(wall(edit.baseline), exclSearch(edit.ours)),
    ...Object.fromEntries(WARM_SCENARIOS.filter((x) => x !== 'edit').map((x) => [WARM_METRIC_NAMES[x], metric(wall(warmRuns(r, x).baseline), wall(warmRuns(r, x).ours))])),
    'rebuild peak RSS (MiB)': metric(edit.baseline.map((x) => x.peakRssMiB), edit.ours.map((x) => x.peakRssMiB)),
    'search index in build (ms)': metric(undefined, phase(r.cold.ours, (p) => p.searchIndexMs)),
    ...editionRunMetrics(r.cold.ours),
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
