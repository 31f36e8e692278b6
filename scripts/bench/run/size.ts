// One size of the benchmark, step by step: cold builds, the output, the browser, check, warm rebuilds.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parsePagefindCli } from '../astro-log.ts';
import { AUTHOR_COUNT, type ArticleInfo } from '../corpus/index.ts';
import { measure } from '../measure.ts';
import type { BuildRun, CheckRun, EditionSplit, Site, SizeResult } from '../report/index.ts';
import { build, check, writeLog } from './commands.ts';
import { PAGEFIND, REPO, say, type BenchOptions } from './context.ts';
import { outputOf } from './output.ts';
import { coldPaths, corpusFor, makeRoot, moveAside, type Root } from './roots.ts';
import { warmRebuilds } from './warm.ts';
import { validationCachePath } from '../../../src/lib/validation/check-project.ts';

export async function benchSize(options: BenchOptions, size: number): Promise<SizeResult> {
  say(options, `\n== ${size} articles ==`);
  const corpus = corpusFor(options, size);
  const published = corpus.articles.filter((a) => !a.draft).length;
  const split = editionSplit(corpus.articles);
  const roots: Record<Site, Root> = {
    baseline: makeRoot(options, size, 'baseline', corpus.contentDir),
    ours: makeRoot(options, size, 'ours', corpus.contentDir),
  };
  const cold: Record<Site, BuildRun[]> = { baseline: [], ours: [] };
  const pagefindCli: SizeResult['pagefindCli'] = [];
  const cliOut = join(options.workDir, 'runs', `n${size}`, 'pagefind-cli');

  if (options.german > 0) say(options, `  editions: ${Object.entries(split).map(([lang, e]) => `${lang} ${e.articles} (${e.published} published, ${e.translations} translations)`).join(', ')}`);
  say(options, `  cold builds (${options.runs} × baseline, ours${options.pagefindCli ? ', Pagefind CLI' : ''}; alternating)`);
  for (let run = 0; run < options.runs; run++) {
    for (const site of ['baseline', 'ours'] as const) {
      const root = roots[site];
      const cleanup = moveAside(root, coldPaths(root));
      cold[site].push(await build(options, root, `n${size}-${site}-cold-${run + 1}`));
      cleanup();
    }
    if (!options.pagefindCli) continue;
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

  // The baseline renders every article under /articles/; ours puts another edition's under /<lang>/articles/.
  const output = { baseline: outputOf(roots.baseline.dist), ours: outputOf(roots.ours.dist, Object.keys(split).filter((lang) => lang !== 'en')) };
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
    const { measureSearch, benchQueries } = await import('../search-cost.ts');
    search = await measureSearch(roots.ours.dist, benchQueries(options.seed));
    // A failure here is recorded and reported, not thrown: the size's builds and the sizes after it still count.
    const { measureSearchPage, PAGE_QUERIES } = await import('../search-page-cost.ts');
    say(options, `  search page in Chromium (${PAGE_QUERIES.length} queries: words, passages, parallels; then a next query)`);
    searchPage = await measureSearchPage(roots.ours.dist).catch((error: unknown) => void browserErrors.push(failed(options, 'search page cost', error)));
    passages = await checkPassages(options, roots.ours, corpus.articles).catch((error: unknown) => void browserErrors.push(failed(options, 'passage correctness', error)));
  }

  // A cold check starts without the validation cache alone: deleting the whole project cache also
  // dropped the build's caches (Open Graph cards, audit, search), so the first warm rebuild after it was not warm.
  say(options, `  npm run check (${options.runs} × validation cache deleted, then warm)`);
  const checkCold: CheckRun[] = [];
  const checkWarm: CheckRun[] = [];
  for (let run = 0; run < options.runs; run++) {
    rmSync(validationCachePath(roots.ours.dir), { force: true });
    checkCold.push(await check(options, roots.ours, `n${size}-check-${run + 1}`));
    checkWarm.push(await check(options, roots.ours, `n${size}-check-warm-${run + 1}`));
  }

  const { warm, incremental } = await warmRebuilds(options, size, roots, corpus.articles);

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
      ...(options.german > 0 ? { editions: split } : {}),
    },
    cold,
    pagefindCli,
    output,
    indexMatchesArticles,
    check: checkCold,
    checkWarm,
    warm,
    ...(incremental ? { incremental } : {}),
    summary: { metrics: {}, phases: {}, baselinePhases: {}, memory: {}, goals: [] },
  };
  if (search) result.search = search;
  if (searchPage) result.searchPage = searchPage;
  if (passages) result.passages = passages;
  if (browserErrors.length) result.browserErrors = browserErrors;
  return result;
}

/** Articles per edition; a corpus cached before editions has no `lang` (all English). */
export function editionSplit(articles: readonly ArticleInfo[]): Record<string, EditionSplit> {
  const split: Record<string, EditionSplit> = {};
  for (const article of articles) {
    const entry = (split[article.lang ?? 'en'] ??= { articles: 0, published: 0, translations: 0 });
    entry.articles++;
    if (!article.draft) entry.published++;
    if (article.translationOf) entry.translations++;
  }
  return split;
}

function failed(options: BenchOptions, step: string, error: unknown): string {
  const message = `${step} failed: ${error instanceof Error ? error.message : String(error)}`;
  say(options, `\n  !!!!!! ${message} !!!!!!\n`);
  return message;
}

/** Passage queries on the real search page against the articles the content says cite them (passage-correctness.ts). */
async function checkPassages(options: BenchOptions, root: Root, articles: ArticleInfo[]): Promise<SizeResult['passages']> {
  const { passageQueries, expectedSets, checkPassagesInBrowser } = await import('../passage-correctness.ts');
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
