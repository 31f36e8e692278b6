/**
 * Phases of a build, read from its log: Astro's own lines ("Syncing content", "generating static
 * routes", "✓ Completed in …", one "├─ /path (+Nms)" line per route) and our own lines ("… valid … (N ms)",
 * "Open Graph images: N drawn, M from cache (N ms)", "search index: N article pages in N ms", "audit: …").
 * Our lines are matched with or without an integration's "[name]" prefix, and in any order, so the same
 * parser reads `astro build` (everything in Astro's process, at astro:build:done) and `node scripts/build.ts`
 * (validation first, Open Graph images in a child process overlapping Astro, Pagefind and the audit after it).
 *
 * Astro prints only hh:mm:ss, so spans between lines use the time each line arrived (`LogLine.t`).
 * Route groups are reported two ways: the sum of Astro's per-route "(+Nms)" figures, and the arrival
 * span (the time from the previous line to each of the group's lines, which also counts getStaticPaths()
 * and anything else done between two routes, such as garbage collection).
 */
import type { LogLine } from './measure.ts';

export interface RouteGroup {
  routes: number;
  /** Sum of Astro's "(+Nms)" per route. */
  sumMs: number;
  /** Sum of the arrival gaps before each of the group's lines. */
  spanMs: number;
}

export interface BuildPhases {
  /** Spawn to "Syncing content": Node and Astro start-up, config, integrations' config hooks (content guard). */
  startupMs?: number;
  /** Our content guard's own figure for validating all content. */
  contentValidationMs?: number;
  /** "Syncing content" to "[types] Generated": content layer sync (loading, parsing, rendering Markdown) + types. */
  contentSyncMs?: number;
  /** "Building static entrypoints" to "generating static routes": Vite/Rollup bundling. */
  bundlingMs?: number;
  /** "generating static routes" to its "✓ Completed in" line. */
  renderingMs?: number;
  /** Astro's own figure for the same. */
  renderingReportedMs?: number;
  /** "generating static routes" to the first route line: loading the prerender chunks (with the content data). */
  renderSetupMs?: number;
  /** Routes by first path segment: articles, og, scripture, topics, … */
  routes: Record<string, RouteGroup>;
  /** The post-build audit: its own "(N ms)" when the audit line has one, else the time since the line before it. */
  auditMs?: number;
  /** Audit line to the sitemap line (when the sitemap follows the audit, as in `astro build`). */
  sitemapMs?: number;
  /** Our og-images integration's own figure for writing the Open Graph images, and how many it drew. */
  ogImagesMs?: number;
  ogImagesDrawn?: number;
  /** Our search-index integration's own figure for Pagefind indexing and writing. */
  searchIndexMs?: number;
  indexedPages?: number;
  /** Pages Astro says it built (summed over its runs, one per edition). */
  pagesBuilt?: number;
  /** Each edition's Astro run (scripts/build.ts runs Astro once per edition), in the order run; see editionRuns. */
  editionRuns?: EditionRun[];
  /** Last line to the process end. */
  exitMs?: number;
  /** When (ms after spawn) each phase began, for slicing other time series (RSS) by phase. */
  marks: Partial<Record<'sync' | 'bundling' | 'rendering' | 'postBuild' | 'searchIndex' | 'end', number>>;
  /**
   * [from, to) in ms after spawn of each phase, for slicing RSS; windows may overlap (Open Graph images
   * drawn in a child process while Astro renders).
   */
  windows: Record<string, [number, number]>;
}

/** "1.52s", "478ms", "6m 19s" → milliseconds. */
export function parseDuration(text: string): number | undefined {
  const minutes = /(\d+)m\s*([\d.]+)s/.exec(text);
  if (minutes) return Number(minutes[1]) * 60_000 + Number(minutes[2]) * 1000;
  const match = /^([\d.]+)(ms|s)$/.exec(text.trim());
  if (!match) return undefined;
  return match[2] === 's' ? Number(match[1]) * 1000 : Number(match[1]);
}

const ROUTE = /[├└]─ (\/\S*)(?: \(\+([\d.]+)(ms|s)\))?/;

const VALIDATION = /\bvalid\b.*\((\d+) ms\)/;
const OG_IMAGES = /Open Graph images: (\d+) drawn, (\d+) from cache \((\d+) ms\)/;
const SEARCH_INDEX = /search index: (\d+) article pages in (\d+) ms/;
const AUDIT = /(?:^|\s|\])audit: .*?(?:\((\d+) ms\))?\s*$/;

/** One Astro run of a build with editions: its edition and its wall time as the log shows it. */
export interface EditionRun {
  lang: string;
  /** From the line before the run starts (our "content valid" line, or the previous run's "Complete!") to its own "[build] Complete!". */
  ms: number;
  /** Published articles the run rendered, from the content guard's line in it. */
  articles?: number;
}

const EDITION_GUARD = /(\d+) published articles in the (\S+) edition/;

/**
 * The Astro runs of `node scripts/build.ts`, one per edition: each begins after the previous one's
 * "[build] Complete!" (the first after our "content valid" line) and names its edition in the content
 * guard's line ("… 30 published articles in the de edition …"). Empty for a log without such lines.
 */
export function parseEditionRuns(lines: readonly LogLine[]): EditionRun[] {
  const runs: EditionRun[] = [];
  let from = 0;
  let current: { lang: string; articles: number } | undefined;
  for (const { t, text } of lines) {
    let m: RegExpExecArray | null;
    if (runs.length === 0 && current === undefined && /\bcontent valid\b/.test(text) && !/\[content-guard\]/.test(text)) from = t;
    else if ((m = EDITION_GUARD.exec(text))) current = { lang: m[2]!, articles: Number(m[1]) };
    else if (/\[build\] Complete!/.test(text) && current) {
      runs.push({ lang: current.lang, ms: t - from, articles: current.articles });
      from = t;
      current = undefined;
    }
  }
  return runs;
}

export function parseBuildLog(lines: readonly LogLine[], wallMs: number): BuildPhases {
  const phases: BuildPhases = { routes: {}, marks: {}, windows: {} };
  let sitemapAt: number | undefined;
  let syncStart: number | undefined;
  let typesAt: number | undefined;
  let bundleStart: number | undefined;
  let renderStart: number | undefined;
  let renderEnd: number | undefined;
  let buildDone: number | undefined;
  let astroComplete: number | undefined;
  let ogAt: number | undefined;
  let searchAt: number | undefined;
  let auditAt: number | undefined;
  let previous = 0;
  for (const { t, text } of lines) {
    const gap = t - previous;
    previous = t;
    let m: RegExpExecArray | null;
    if (phases.contentValidationMs === undefined && !/audit:/.test(text) && (m = VALIDATION.exec(text))) phases.contentValidationMs = Number(m[1]);
    else if (/\[content\] Syncing content/.test(text)) syncStart ??= t;
    else if (/\[types\] Generated/.test(text)) typesAt ??= t;
    else if (/\[build\] Building static entrypoints/.test(text)) bundleStart ??= t;
    else if (/generating static routes/.test(text)) renderStart ??= t;
    else if (renderStart !== undefined && renderEnd === undefined && (m = /(?:^|\s)✓ Completed in (\d+m\s*[\d.]+s|[\d.]+m?s)/.exec(text)) && !/\[\w+\]/.test(text)) {
      renderEnd = t;
      const reported = parseDuration(m[1]!);
      if (reported !== undefined) phases.renderingReportedMs = reported;
    } else if (renderEnd !== undefined && /\[build\] ✓ Completed in/.test(text)) buildDone ??= t;
    else if ((m = AUDIT.exec(text))) {
      auditAt = t;
      // Its own figure when it prints one; else the time since the line before it (what it waited on).
      phases.auditMs = m[1] !== undefined ? Number(m[1]) : gap;
    } else if (/\[@astrojs\/sitemap\]/.test(text)) sitemapAt ??= t;
    else if ((m = OG_IMAGES.exec(text))) {
      ogAt = t;
      phases.ogImagesDrawn = Number(m[1]);
      phases.ogImagesMs = Number(m[3]);
    } else if ((m = SEARCH_INDEX.exec(text))) {
      searchAt = t;
      phases.indexedPages = Number(m[1]);
      phases.searchIndexMs = Number(m[2]);
    } else if ((m = /\[build\] (\d+) page\(s\) built in/.exec(text))) phases.pagesBuilt = (phases.pagesBuilt ?? 0) + Number(m[1]);
    else if (/\[build\] Complete!/.test(text)) astroComplete ??= t;
    else if (renderStart !== undefined && renderEnd === undefined && (m = ROUTE.exec(text))) {
      const segment = m[1]!.split('/')[1] ?? '';
      const group = /\.\w+$/.test(segment) || segment === '' ? 'other' : segment;
      const entry = (phases.routes[group] ??= { routes: 0, sumMs: 0, spanMs: 0 });
      entry.routes++;
      entry.sumMs += m[2] ? Number(m[2]) * (m[3] === 's' ? 1000 : 1) : 0;
      if (phases.renderSetupMs === undefined) phases.renderSetupMs = t - renderStart;
      else entry.spanMs += gap;
    }
  }
  if (syncStart !== undefined) phases.startupMs = syncStart;
  if (syncStart !== undefined && typesAt !== undefined) phases.contentSyncMs = typesAt - syncStart;
  if (bundleStart !== undefined && renderStart !== undefined) phases.bundlingMs = renderStart - bundleStart;
  if (renderStart !== undefined && renderEnd !== undefined) phases.renderingMs = renderEnd - renderStart;
  if (sitemapAt !== undefined && auditAt !== undefined && sitemapAt > auditAt) phases.sitemapMs = sitemapAt - auditAt;
  if (lines.length) phases.exitMs = wallMs - lines[lines.length - 1]!.t;
  const searchStart = searchAt !== undefined && phases.searchIndexMs !== undefined ? searchAt - phases.searchIndexMs : undefined;
  const marks = phases.marks;
  if (syncStart !== undefined) marks.sync = syncStart;
  if (bundleStart !== undefined) marks.bundling = bundleStart;
  if (renderStart !== undefined) marks.rendering = renderStart;
  if (renderEnd !== undefined) marks.postBuild = renderEnd;
  if (searchStart !== undefined) marks.searchIndex = searchStart;
  else if (sitemapAt !== undefined) marks.searchIndex = sitemapAt;
  marks.end = wallMs;
  const windows = phases.windows;
  const add = (name: string, from: number | undefined, to: number | undefined) => {
    if (from !== undefined && to !== undefined && to > from) windows[name] = [from, to];
  };
  add('start-up', 0, syncStart ?? bundleStart ?? renderStart);
  add('sync', syncStart, bundleStart ?? renderStart);
  add('bundling', bundleStart, renderStart);
  add('rendering', renderStart, renderEnd);
  // After the last page to Astro's "Complete!": its build:done hooks (with `astro build` these include the
  // audit, Open Graph images and Pagefind, whose own windows then overlap this one).
  add('postBuild', renderEnd, astroComplete ?? searchStart ?? wallMs);
  if (ogAt !== undefined && phases.ogImagesMs !== undefined) add('ogImages', ogAt - phases.ogImagesMs, ogAt);
  if (searchAt !== undefined && searchStart !== undefined) add('searchIndex', searchStart, searchAt);
  add('whole build', 0, wallMs);
  const editionRuns = parseEditionRuns(lines);
  if (editionRuns.length) phases.editionRuns = editionRuns;
  return phases;
}

/** Pagefind CLI's own "Finished in N seconds" figure, in ms. */
export function parsePagefindCli(lines: readonly LogLine[]): { finishedMs?: number; indexedPages?: number } {
  const out: { finishedMs?: number; indexedPages?: number } = {};
  for (const { text } of lines) {
    let m: RegExpExecArray | null;
    if ((m = /Finished in ([\d.]+) seconds/.exec(text))) out.finishedMs = Number(m[1]) * 1000;
    if ((m = /Indexed (\d+) pages?/.exec(text))) out.indexedPages = Number(m[1]);
  }
  return out;
}
