// The German edition of the sample site in Chromium: its search page with German word and passage queries
// (answers computed from the content with the build's parser, not from the index), the link between
// translations, and references in German prose (never English verse text).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { launchBrowser, openPage, type PageProblems } from '../support/browser.ts';
import { checkProject } from '../../src/lib/validation/check-project.ts';
import { parseReference, passagesOverlap, type Passage } from '../../src/lib/scripture/index.ts';

let site: BuildResult;
let server: StaticServer;
let browser: Browser;
let articles: { url: string; lang: string; date: string; passages: Passage[]; text: string }[];
const problems: PageProblems[] = [];

beforeAll(async () => {
  site = await buildSite('e2e-german-edition', ['repo']);
  if (site.code !== 0) throw new Error(`build failed:\n${site.output}`);
  articles = checkProject(site.root, { cache: false })
    .articles.filter((a) => !a.data.draft)
    .map((a) => ({
      lang: a.data.lang,
      url: a.data.lang === 'de' ? `/de/articles/${a.id}/` : `/articles/${a.id}/`,
      date: a.data.date,
      passages: [...a.data.scripture.flatMap((c) => c.passages), ...a.facts.citations.flatMap((c) => c.passages)],
      text: [a.data.title, a.data.summary ?? '', a.body].join(' '),
    }));
  server = await serveStatic(site.dist);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  for (const found of problems) expect(found).toEqual({ consoleErrors: [], cspViolations: [], dialogs: [] });
  await browser?.close();
  await server?.close();
});

/** The German articles citing a passage that overlaps `reference` (read with the English parser: the same passages), newest first. */
function germanCiting(reference: string): string[] {
  const parsed = parseReference(reference);
  if (!parsed.ok) throw new Error(parsed.message);
  return articles
    .filter((a) => a.lang === 'de' && a.passages.some((p) => parsed.passages.some((w) => passagesOverlap(p, w))))
    .sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url))
    .map((a) => a.url);
}

async function open(path: string): Promise<Page> {
  const opened = await openPage(browser);
  problems.push(opened.problems);
  await opened.page.goto(`${server.url}${path}`);
  return opened.page;
}

async function searchDe(query: string): Promise<{ page: Page; urls: string[]; status: string }> {
  const page = await open(`/de/search/?q=${encodeURIComponent(query)}`);
  // The status is empty until a search ran, and ends in an ellipsis while one runs ("Suche läuft …").
  await page.waitForFunction(() => {
    const status = document.getElementById('search-status')?.textContent ?? '';
    return status !== '' && !status.endsWith('…');
  });
  while (await page.isVisible('#search-more')) await page.click('#search-more');
  const hrefs = await page.$$eval('#search-results h2 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
  return { page, urls: hrefs.map((href) => href.replace(/\?.*$/, '')), status: (await page.textContent('#search-status')) ?? '' };
}

describe('the German search page', () => {
  it('is in German', async () => {
    const page = await open('/de/search/');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.textContent('h1')).not.toMatch(/\bSearch\b/);
    await page.context().close();
  });

  it.each([
    ['Offb 13', 'Revelation 13'],
    ['Mt 24,6', 'Matthew 24:6'],
    ['Matthäus 24', 'Matthew 24'],
    ['Lk 21,9-11', 'Luke 21:9-11'],
  ])('"%s" finds exactly the German articles citing %s', async (query, reference) => {
    const expected = germanCiting(reference);
    expect(expected.length, `the sample has a German article citing ${reference}`).toBeGreaterThan(0);
    const { page, urls } = await searchDe(query);
    // Ranked by closeness (tested on the English page); here: exactly these articles.
    expect(new Set(urls)).toEqual(new Set(expected));
    expect(urls).toHaveLength(expected.length);
    await page.context().close();
  });

  it('a German word finds German articles only', async () => {
    const expected = articles.filter((a) => a.lang === 'de' && /Erdbeben/.test(a.text)).map((a) => a.url);
    expect(expected.length).toBeGreaterThan(0);
    const { page, urls } = await searchDe('Erdbeben');
    expect(new Set(urls)).toEqual(new Set(expected));
    await page.context().close();
  });
});

describe('translations and references', () => {
  it('the English article links to its German translation, which links back', async () => {
    const page = await open('/articles/food-price-index-record/');
    const toGerman = await page.getAttribute('a[hreflang="de"][lang="de"]', 'href');
    expect(toGerman).toMatch(/\/de\/articles\/lebensmittelpreise-rekord\/$/);
    await page.goto(`${server.url}${new URL(toGerman!).pathname}`);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.textContent('a[hreflang="en"][lang="en"]')).toBe('English');
    await page.context().close();
  });

  it('a reference in German prose opens a German box that says the text is missing, with no English verse text', async () => {
    const page = await open('/de/articles/lebensmittelpreise-rekord/');
    const reference = page.locator('a.scripture-ref', { hasText: 'Lk 21,11' });
    await reference.hover();
    expect(await reference.getAttribute('href')).toBe('/de/bibel/lukas/21/');
    const box = page.locator(`[id="${await reference.getAttribute('aria-describedby')}"]`);
    expect(await box.isVisible()).toBe(true);
    expect(await box.textContent()).toContain('Lukas 21,11');
    expect(await box.textContent()).toContain('liegt auf dieser Website nicht vor');
    expect(await box.locator('a').getAttribute('href')).toBe('/de/bibel/lukas/21/');
    const body = (await page.textContent('main')) ?? '';
    // Luke 21:11 in the KJV.
    expect(body).not.toContain('divers places');
    expect(body).toContain('Lutherbibel 1912');
    await page.context().close();
  });
});
