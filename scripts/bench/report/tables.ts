// The Markdown tables of a results file: each size, the search page, passage checks, cost per article, the goals.
import { formatGoalValue, formatGoalVerdict, formatLimit, GOAL_MIN_SIZE, GOALS, goalSizes } from '../goals.ts';
import { stats, type Stats } from '../measure.ts';
import type { PageQueryCost } from '../search-page-cost.ts';
import { WARM_SCENARIOS, type BenchResult, type SizeResult } from './shape.ts';
import { passageMismatches, perArticleRows, sizeFigures, summariseAll, WARM_METRIC_NAMES, warmRuns, type PerArticleRow } from './summary.ts';

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
  );
  editionsLine(out, s);
  out.push(
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
  warmSection(out, s);
  for (const error of s.browserErrors ?? []) out.push(`**!!!!!! ${error} !!!!!!**`, '');
  if (s.searchPage?.length) searchPageSection(out, s, s.searchPage);
  if (s.passages) passagesSection(out, s.passages);
}

/** Each warm scenario: medians and min–max, the ratio, and every run's 1-minute load at its start (B O pairs); then the incremental check. */
function warmSection(out: string[], s: SizeResult): void {
  const scenarios = WARM_SCENARIOS.filter((x) => s.warm[x]?.ours.length);
  if (scenarios.length) {
    out.push('| warm rebuild (caches kept) | baseline | ours | ours / baseline | load at each run’s start (B / O) |', '| --- | --- | --- | --- | --- |');
    for (const x of scenarios) {
      const runs = warmRuns(s, x);
      const m = s.summary.metrics[WARM_METRIC_NAMES[x]];
      const loads = runs.ours.map((o, i) => `${runs.baseline[i]?.loadAverage.toFixed(1) ?? '–'} / ${o.loadAverage.toFixed(1)}`).join(', ');
      out.push(`| ${WARM_METRIC_NAMES[x].replace(/ \(ms\)$/, '')} | ${fmtStats(m?.baseline, 'ms')} | ${fmtStats(m?.ours, 'ms')} | ${m?.ratio !== undefined && Number.isFinite(m.ratio) ? `${m.ratio.toFixed(2)}×` : ''} | ${loads} |`);
    }
    out.push('');
  }
  const inc = s.incremental;
  if (!inc) return;
  if (inc.differing) {
    out.push(`**!!!!!! INCREMENTAL BUILD DIFFERS FROM A CLEAN BUILD: ${inc.differing} of ${fmtCount(inc.files)} files (${inc.changed} changed, ${inc.onlyIncremental} only in the incremental dist/, ${inc.onlyClean} only in the clean one): ${inc.examples.join(', ')} !!!!!!**`, '');
  } else {
    out.push(`Incremental correctness: after the warm rebuilds, a clean build of the same tree (${fmtMs(inc.cleanBuild.wallMs)}) wrote the same ${fmtCount(inc.files)} files byte for byte.`, '');
  }
}

/** The corpus's edition split, and each edition's Astro run per article it published (medians of the cold builds). */
function editionsLine(out: string[], s: SizeResult): void {
  const editions = s.corpus.editions;
  if (!editions) return;
  const split = Object.entries(editions).map(([lang, e]) => `${lang} ${fmtCount(e.articles)} articles (${fmtCount(e.published)} published${e.translations ? `, ${fmtCount(e.translations)} translations` : ''})`);
  const perArticle = Object.entries(editions).flatMap(([lang, e]) => {
    const run = s.summary.metrics[`Astro run, ${lang} edition (ms)`]?.ours;
    return run?.values.length && e.published ? [`${lang} ${fmtMs(run.median)} (${(run.median / e.published).toFixed(1)} ms per article)`] : [];
  });
  out.push(`Editions: ${split.join('; ')}.${perArticle.length ? ` Astro run per edition (median): ${perArticle.join(', ')}.` : ''}`, '');
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
  const overCdn = rows.filter((x) => x.kind === 'words' && x.cdn).map((x) => x.cdn!);
  if (overCdn.length) {
    const median = (values: number[]) => stats(values).median;
    out.push('', `As a CDN sends the site (text gzipped, files revalidated by ETag or kept as \`_headers\` says; bytes the server sent), a word query after an empty visit to /search/: median ${fmtBytes(median(overCdn.map((c) => c.afterVisitBytes)))}, ${Math.round(median(overCdn.map((c) => c.afterVisitMs)))} ms to results; a first visit straight to a word query's address, nothing cached: median ${fmtBytes(median(overCdn.map((c) => c.firstVisitBytes)))}.`);
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
    `### Goals of issues 24, 12 and 15 (judged at ≥ ${fmtCount(GOAL_MIN_SIZE)} articles)`,
    '',
  );
  for (const s of result.sizes) {
    const wrong = passageMismatches(s);
    if (wrong.length) out.push(`> **PASSAGE SEARCH MISMATCH at ${fmtCount(s.size)} articles: ${wrong.length} of ${s.passages!.checks.length} passage queries** (see that size's table).`, '');
    for (const error of s.browserErrors ?? []) out.push(`> **At ${fmtCount(s.size)} articles the ${error}**`, '');
    if (s.incremental?.differing) out.push(`> **At ${fmtCount(s.size)} articles the incremental build differs from a clean build in ${s.incremental.differing} files: the run failed.**`, '');
  }
  if (!result.sizes.some((s) => s.size >= GOAL_MIN_SIZE)) out.push(`> This run's largest size is ${fmtCount(sizes[0]?.size ?? 0)} articles: shown for information only; the goals apply at ${fmtCount(GOAL_MIN_SIZE)} and more.`, '');
  out.push(`| goal | limit | ${sizes.map((s) => `${fmtCount(s.size)} articles`).join(' | ')} |`, `| --- | --- |${sizes.map(() => ' --- |').join('')}`);
  let met = 0;
  let missed = 0;
  for (const spec of GOALS) {
    const cells = sizes.map((s) => {
      const g = s.summary.goals.find((x) => x.id === spec.id);
      if (!g) return spec.minSize !== undefined && s.size < spec.minSize ? `judged from ${fmtCount(spec.minSize)}` : 'not measured';
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
