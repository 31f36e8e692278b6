// Quality gates over one fresh build of the sample site (content/): accessibility (axe-core in
// Chromium, light and dark), HTML validity (html-validate), internal links and fragments, gzipped
// size budgets, and CSP/hygiene (in the browser and statically). Lighthouse is not installed and not
// run. The site is built once, in beforeAll, and served the way a CDN serves it: with `_headers`.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { launchBrowser, openPage, type PageProblems } from '../support/browser.ts';
import { runAxe, formatViolations, type AxeViolation } from '../support/quality/axe.ts';
import { BUDGETS } from '../support/quality/budgets.ts';
import { serveLikeCdn, type CdnServer } from '../support/quality/cdn-server.ts';
import { htmlFiles, listFiles, sitemapPaths, urlPathOf } from '../support/quality/dist.ts';
import { headersFor, parseHeadersFile } from '../support/quality/csp.ts';
import { checkHygiene, formatHygieneProblems } from '../support/quality/hygiene.ts';
import { formatHtmlProblems, validateHtml } from '../support/quality/html-validity.ts';
import { checkLinks, formatLinkProblems } from '../support/quality/links.ts';
import { groupByMessage } from '../support/quality/report.ts';
import { articlePageSizes, cssSizes, javascriptSizes, sizeBreakdown, sizeTable, total } from '../support/quality/sizes.ts';
import { site as siteConfig } from '../../src/site.config.ts';
import { SITE_EDITIONS } from '../../src/lib/editions/config.ts';

/** Pages that are not in the sitemap but must pass too: search with results and filters, and 404. */
const EXTRA_PATHS = ['/search/', '/search/?q=Luke', '/404.html', '/de/search/?q=Offb%2013'];

let site: BuildResult;
let server: CdnServer;
let browser: Browser;
const started = Date.now();

beforeAll(async () => {
  // A name of its own per run: engineers share this checkout, and buildSite() first deletes
  // tests/.tmp/<name>, so two runs with one name would pull the site out from under each other.
  site = await buildSite(`quality-${process.pid}`, ['repo']);
  if (site.code !== 0) throw new Error(`build failed:\n${site.output}`);
  server = await serveLikeCdn(site.dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  // Kept with QUALITY_KEEP_BUILD=1 for a look at the output.
  if (site && !process.env.QUALITY_KEEP_BUILD) rmSync(site.root, { recursive: true, force: true });
  console.log(`quality suite: ${((Date.now() - started) / 1000).toFixed(1)} s (build, browser and all gates)`);
});

/**
 * Every URL of every sitemap the sitemap index lists (origin rewritten to the local server), every
 * HTML file (so a page left out of the sitemap is not left out of the gates), and the extra paths.
 */
function pagePaths(): string[] {
  const sitemaps = sitemapPaths(readFileSync(join(site.dist, 'sitemap-index.xml'), 'utf8'));
  expect(sitemaps.length).toBeGreaterThan(0);
  const fromSitemaps = sitemaps.flatMap((sitemap) => sitemapPaths(readFileSync(join(site.dist, sitemap), 'utf8')));
  return [...new Set([...fromSitemaps, ...htmlFiles(site.dist).map(urlPathOf), ...EXTRA_PATHS])];
}

/** Loads a page; on the search page, waits until the search script has rendered its state (results and filters). */
async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  if (response?.status() !== 200) throw new Error(`${path}: HTTP ${response?.status()}`);
  if (/^\/(?:[a-z]{2}\/)?search\//.test(path)) {
    // Every edition's status ends in an ellipsis while a search runs ("Searching…", "Suche läuft …").
    await page.waitForFunction(() => {
      const status = document.getElementById('search-status')?.textContent ?? '';
      return status !== '' && !status.endsWith('…');
    });
    // With a query, the results list and the filters must be there to be checked.
    if (path.includes('?q=')) {
      await page.waitForSelector('#search-results li', { timeout: 10_000 });
      // The filter panel starts closed: open it, so its values are checked too.
      if ((await page.getAttribute('#search-filter-panel', 'open')) === null) await page.click('#search-filter-panel > summary');
      await page.waitForSelector('#search-filters fieldset', { state: 'attached', timeout: 10_000 });
    }
  }
  await settle(page);
}

/** Lets queued securitypolicyviolation events and console messages arrive. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/**
 * Visits every path with `workers` pages at a time (2 cores). Each worker keeps one page (made by
 * openPage, which records console errors, CSP violations and dialogs) and navigates it from URL to
 * URL: a new page per URL would cost a new renderer process each time, about 3× slower. `check`
 * gets the problems recorded during this visit only.
 */
async function eachPage(
  paths: string[],
  options: { colorScheme: 'light' | 'dark'; workers?: number },
  check: (page: Page, path: string, problems: () => PageProblems) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    const { page, problems } = await openPage(browser, { colorScheme: options.colorScheme });
    try {
      while (next < paths.length) {
        const path = paths[next++]!;
        const mark = { consoleErrors: problems.consoleErrors.length, cspViolations: problems.cspViolations.length, dialogs: problems.dialogs.length };
        const since = (): PageProblems => ({
          consoleErrors: problems.consoleErrors.slice(mark.consoleErrors),
          cspViolations: problems.cspViolations.slice(mark.cspViolations),
          dialogs: problems.dialogs.slice(mark.dialogs),
        });
        await visit(page, path);
        await check(page, path, since);
      }
    } finally {
      await page.context().close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.workers ?? 2, paths.length) }, worker));
}

describe('accessibility: axe-core on every page, light and dark', () => {
  it('has 0 violations (wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa, best-practice)', async () => {
    const paths = pagePaths();
    expect(paths.length).toBeGreaterThan(10);
    const violations: AxeViolation[] = [];
    const injectionProblems: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      // No bypassCSP: axe is evaluated over the DevTools protocol (see tests/support/quality/axe.ts).
      await eachPage(paths, { colorScheme }, async (page, path, problems) => {
        const before = problems();
        violations.push(...(await runAxe(page, { url: path, scheme: colorScheme })));
        await settle(page);
        const after = problems();
        const added = [...after.cspViolations.slice(before.cspViolations.length), ...after.consoleErrors.slice(before.consoleErrors.length)];
        if (added.length) injectionProblems.push(`${path} [${colorScheme}]: ${added.join('; ')}`);
      });
    }
    console.log(`axe: ${paths.length} URLs × 2 colour schemes = ${paths.length * 2} runs, ${violations.length} rule violations`);
    violations.sort((a, b) => a.id.localeCompare(b.id) || a.url.localeCompare(b.url) || a.scheme.localeCompare(b.scheme));
    expect(formatViolations(violations), `${violations.length} axe violations`).toBe('');
    // Evaluating axe must not itself trip the CSP or log errors (the CSP gate checks the pages alone).
    expect(injectionProblems).toEqual([]);
  }, 240_000);
});

describe('HTML validity: html-validate:recommended', () => {
  it('every HTML file in dist has 0 errors', async () => {
    const { files, problems } = await validateHtml(site.dist);
    console.log(`html-validate: ${files} files, ${problems.length} errors`);
    expect(files).toBeGreaterThan(10);
    expect(formatHtmlProblems(problems), `${problems.length} html-validate errors`).toBe('');
  }, 60_000);
});

describe('links: internal hrefs, srcs, actions and fragments', () => {
  it('every internal link and #fragment resolves to a file and an element id', () => {
    const report = checkLinks(site.dist, { siteOrigins: [siteConfig.url] });
    console.log(`links: ${report.checked} internal references on ${report.pages} pages, ${report.problems.length} broken`);
    expect(report.checked).toBeGreaterThan(100);
    expect(formatLinkProblems(report.problems), `${report.problems.length} broken links`).toBe('');
  });
});

describe('size budgets (gzip level 9)', () => {
  it(`each article page without its text is under ${BUDGETS.articleHtmlWithoutText / 1000} kB`, () => {
    const rows = articlePageSizes(site.dist);
    console.log(sizeTable('article page HTML, text removed', rows, { label: 'gzip budget', bytes: BUDGETS.articleHtmlWithoutText, perRow: true }));
    expect(rows.length).toBeGreaterThan(0);
    // For a page over budget: what each part of it costs (gzipped bytes saved without that part).
    const over = rows
      .filter((r) => r.gzip >= BUDGETS.articleHtmlWithoutText)
      .map((r) => `${r.name}: ${r.gzip} B; ${sizeBreakdown(r.html!).map((p) => `${p.part} ${p.gzip} B`).join(', ')}`);
    expect(over.join('\n'), `${over.length} article pages over budget`).toBe('');
  });

  // Per edition: a reader of one edition loads its scripts only (each /<lang>/ edition is built with its own).
  it(`all site JavaScript of each edition (Pagefind's excluded) is under ${BUDGETS.javascriptTotal / 1000} kB in total`, () => {
    const prefixed = SITE_EDITIONS.editions.filter((edition) => edition.lang !== SITE_EDITIONS.defaultLang && existsSync(join(site.dist, edition.lang))).map((edition) => edition.lang);
    expect(prefixed, 'the sample site has a /de/ edition').toContain('de');
    for (const [name, dist, others] of [[SITE_EDITIONS.defaultLang, site.dist, prefixed], ...prefixed.map((lang) => [lang, join(site.dist, lang), []])] as [string, string, string[]][]) {
      const rows = javascriptSizes(dist, others);
      console.log(sizeTable(`JavaScript of the ${name} edition (pagefind/ excluded)`, rows, { label: 'gzip budget', bytes: BUDGETS.javascriptTotal }));
      expect(rows.length).toBeGreaterThan(0);
      expect(total(rows), name).toBeLessThan(BUDGETS.javascriptTotal);
    }
  });

  it(`all CSS is under ${BUDGETS.cssTotal / 1000} kB in total`, () => {
    const rows = cssSizes(site.dist);
    console.log(sizeTable('CSS (files and distinct inline <style>)', rows, { label: 'gzip budget', bytes: BUDGETS.cssTotal }));
    expect(rows.length).toBeGreaterThan(0);
    expect(total(rows)).toBeLessThan(BUDGETS.cssTotal);
  });
});

describe('CSP and hygiene', () => {
  it('every page loads with 0 CSP violations and 0 console errors (real CSP: <meta> and _headers, no bypass)', async () => {
    expect(server.headersApplied).toBe(true);
    const paths = pagePaths();
    const found: { message: string; where: string }[] = [];
    // A fresh page per worker, nothing injected: only what the site itself does is recorded.
    await eachPage(paths, { colorScheme: 'light' }, async (_page, path, problems) => {
      const { cspViolations, consoleErrors, dialogs } = problems();
      for (const v of cspViolations) found.push({ message: `CSP violation: ${v}`, where: path });
      for (const e of consoleErrors) found.push({ message: `console error: ${e.slice(0, 240)}`, where: path });
      for (const d of dialogs) found.push({ message: `dialog: ${d}`, where: path });
    });
    console.log(`CSP in the browser: ${paths.length} URLs, ${found.length} problems`);
    expect(groupByMessage(found), `${found.length} CSP/console problems`).toBe('');
  }, 120_000);

  it('marks immutable only files whose names carry a hash of their content', () => {
    // A name without a hash would keep a reader on an old file for a year after it changed.
    const rules = parseHeadersFile(readFileSync(join(site.dist, '_headers'), 'utf8'));
    const immutable = listFiles(site.dist).filter((file) => headersFor(rules, `/${file}`).some(([name, value]) => name === 'cache-control' && value.includes('immutable')));
    console.log(`immutable caching: ${immutable.length} files`);
    expect(immutable.length).toBeGreaterThan(10);
    // Astro's `name.<hash>.ext` (an image's `name.<hash>_<variant>.ext`), Pagefind's `<lang>_<hex>.pf_<kind>`.
    const hashed = (name: string) => /\.[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(name) || /_[0-9a-f]{7,}\.pf_[a-z]+$/.test(name);
    const unhashed = immutable.filter((file) => !hashed(file.split('/').pop()!));
    expect(unhashed, 'immutable files named without a content hash').toEqual([]);
  });

  it('has no inline handlers, style attributes, javascript: URLs or source maps, and every inline script/style is hashed in the CSP', () => {
    const { htmlFiles: count, inlineBlocks, problems } = checkHygiene(site.dist);
    console.log(`hygiene: ${count} HTML files, ${inlineBlocks} inline <script>/<style> blocks, ${problems.length} problems`);
    expect(count).toBeGreaterThan(10);
    expect(formatHygieneProblems(problems), `${problems.length} hygiene problems`).toBe('');
  });
});
