// The shape of a results file (the JSON run.ts writes): per size, the raw runs and their summary.
import type { BuildPhases } from '../astro-log.ts';
import type { Goal } from '../goals.ts';
import type { Stats } from '../measure.ts';
import type { SearchCost } from '../search-cost.ts';
import type { PageQueryCost } from '../search-page-cost.ts';
import type { PassageCheck } from '../passage-correctness.ts';

export type { Goal } from '../goals.ts';
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
  corpus: {
    articles: number;
    published: number;
    drafts: number;
    mdx: number;
    authors: number;
    bytes: number;
    meanWords: number;
    /** Articles per edition (`--german`): all, published, and German translations of an English article. Absent before editions. */
    editions?: Record<string, EditionSplit>;
  };
  cold: Record<Site, BuildRun[]>;
  pagefindCli: { wallMs: number; finishedMs?: number; peakRssMiB: number; cpuMs?: number; indexedPages?: number }[];
  output: Record<Site, SiteOutput>;
  indexMatchesArticles: boolean;
  /** `npm run check` with its cache folder deleted first (cold). */
  check: CheckRun[];
  /** `npm run check` again right after each cold one, cache kept (warm). Absent in results before issue 12. */
  checkWarm?: CheckRun[];
  /**
   * Warm rebuilds per scenario (WARM_SCENARIOS; those chosen with --scenarios), baseline and ours alternating run by
   * run. Results before issue 24 have only `edit` and `add`.
   */
  warm: Partial<Record<WarmScenario, Record<Site, BuildRun[]>>>;
  /** After the warm rebuilds: our last warm dist/ against a clean build of the same tree. Absent without warm rebuilds. */
  incremental?: IncrementalCheck;
  search?: SearchCost;
  /** The real search page's cost per query (search-page-cost.ts). Absent before issue 15 and with --no-browser. */
  searchPage?: PageQueryCost[];
  /** Passage queries on the search page vs the articles the content says cite them (passage-correctness.ts). */
  passages?: { checks: PassageCheck[]; expectedMs: number; browserMs: number };
  /** Browser steps that failed (search page cost, passage correctness): recorded so the size's other figures still count. */
  browserErrors?: string[];
  summary: Summary;
}

/** The warm rebuild scenarios in the order they run: a body edit, a title edit, one article added, one deleted. */
export const WARM_SCENARIOS = ['edit', 'title', 'add', 'delete'] as const;
export type WarmScenario = (typeof WARM_SCENARIOS)[number];

/** An incremental build's dist/ compared with a clean build's: any differing file fails the run. */
export interface IncrementalCheck {
  cleanBuild: BuildRun;
  /** Files in either tree. */
  files: number;
  /** changed + onlyIncremental + onlyClean. */
  differing: number;
  changed: number;
  onlyIncremental: number;
  onlyClean: number;
  /** The first differing paths (sorted), each with how it differs. */
  examples: string[];
}

export interface EditionSplit {
  articles: number;
  published: number;
  translations: number;
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
  options: {
    sizes: number[];
    runs: number;
    seed: number;
    browser: boolean;
    /** German share of the corpus (absent = 0). */
    german?: number;
    /** Whether Pagefind's CLI indexed each cold dist/ for comparison (absent before issue 24 = yes). */
    pagefindCli?: boolean;
    /** The warm scenarios run (absent before issue 24 = edit and add). */
    scenarios?: WarmScenario[];
  };
  /** The build command of each site, with <root> and <repo> for the paths. */
  commands?: Record<Site, string>;
  method: string;
  machine: Record<string, string | number>;
  /** Remarks added after the run (e.g. a missed goal's floor, or phases re-derived with a fixed parser). */
  notes?: string[];
  sizes: SizeResult[];
}
