// The built sample site (plus an XSS probe article) in real Chromium: search, theme.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { launchBrowser, openPage, type PageProblems } from '../support/browser.ts';

let site: BuildResult;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await buildSite('e2e-search', ['repo', 'xss']);
  if (site.code !== 0) throw new Error(`build failed:\n${site.output}`);
  server = await serveStatic(site.dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Article facts read from the built pages, so expectations follow the content. */
function builtArticles(): { id: string; date: string; books: string[]; years: string[] }[] {
  const dir = join(site.dist, 'articles');
  return readdirSync(dir).map((id) => {
    const html = readFileSync(join(dir, id, 'index.html'), 'utf8');
    const date = /data-pagefind-sort="date:(\d{4}-\d{2}-\d{2})"/.exec(html)![1]!;
    const books = [...html.matchAll(/data-pagefind-filter="book:([^"]+)"/g)].map((m) => m[1]!);
    return { id, date, books, years: [date.slice(0, 4)] };
  });
}

async function search(query: string): Promise<{ page: Page; problems: PageProblems; urls: string[]; status: string }> {
  const { page, problems } = await openPage(browser);
  await page.goto(`${server.url}/search/${query}`);
  await page.waitForFunction(() => {
    const status = document.getElementById('search-status')?.textContent ?? '';
    return status !== '' && status !== 'Searching…';
  });
  // Result links carry ?highlight= and ?cite= for the article page; the article is the path.
  const urls = await page.$$eval('#search-results h2 a', (links) => links.map((a) => (a.getAttribute('href') ?? '').replace(/\?.*$/, '')));
  const status = (await page.textContent('#search-status')) ?? '';
  return { page, problems, urls, status };
}

const KNOWN_ANSWERS: [string, string][] = [
  ['Haddad', 'ceasefire-talks-resume'],
  ['Leila Marchetti', 'ceasefire-talks-resume'],
  ['Ri Chol-gyu', 'pyongyang-moscow-treaty'],
  ['Aalund', 'ten-member-security-council'],
  ['Nandakumar', 'food-price-index-record'],
  ['Korver', 'programmable-money-pilot'],
  ['Luke 21', 'missiles-over-the-east-sea'],
  ['Daniel 9:27', 'ceasefire-talks-resume'],
  ['Revelation 13', 'programmable-money-pilot'],
  ['Ezekiel', 'pyongyang-moscow-treaty'],
  ['insurers', 'black-sea-grain-corridor'],
  ['congregation', 'the-date-that-passed'],
  ['drought', 'food-price-index-record'],
  ['programmable', 'programmable-money-pilot'],
  ['Europe', 'ten-member-security-council'],
  ['missiles', 'missiles-over-the-east-sea'],
];

describe('search in the browser', () => {
  it.each(KNOWN_ANSWERS)('"%s" finds %s in the top 3', async (query, id) => {
    const { page, urls, problems } = await search(`?q=${encodeURIComponent(query)}`);
    expect(urls.slice(0, 3)).toContain(`/articles/${id}/`);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await page.context().close();
  });

  // Source names are filters, not article text (issue 15: only the article's own words are content).
  it.each([['The Northern Ledger', 'ceasefire-talks-resume'], ['Harbor City Times', 'black-sea-grain-corridor']])('the source filter "%s" finds %s', async (source, id) => {
    const { page, urls } = await search(`?source=${encodeURIComponent(source)}`);
    expect(urls).toContain(`/articles/${id}/`);
    await page.context().close();
  });

  it('pre-fills the box from ?q= and counts the results', async () => {
    const { page, status } = await search('?q=Haddad');
    expect(await page.inputValue('#search-q')).toBe('Haddad');
    expect(status).toMatch(/^1 article found for “Haddad”\.$/);
    expect(await page.textContent('#search-results .card__meta')).toBe('9 June 2025 · Daniel Okafor');
    expect(await page.textContent('#search-results .kicker')).toBe('Middle East');
    await page.context().close();
  });

  it('shows a no-results state', async () => {
    const { page, urls, status } = await search('?q=xylophonequartz');
    expect(urls).toEqual([]);
    expect(status).toContain('No articles found for “xylophonequartz”');
    await page.context().close();
  });

  it('never finds a draft', async () => {
    // content/articles/2026/border-face-recognition.md is a draft.
    const { page, urls } = await search('?q=face%20recognition%20land%20crossings&sort=relevance');
    expect(urls).not.toContain('/articles/border-face-recognition/');
    await page.context().close();
  });

  it('filters by book alone, newest first', async () => {
    const expected = builtArticles()
      .filter((a) => a.books.includes('Luke'))
      .sort((a, b) => b.date.localeCompare(a.date))
      .map((a) => `/articles/${a.id}/`);
    expect(expected.length).toBeGreaterThan(1);
    const { page, urls } = await search('?book=Luke');
    expect(urls).toEqual(expected);
    expect(await page.isChecked('input[name="book"][value="Luke"]')).toBe(true);
    await page.context().close();
  });

  it('combines a query with a year filter', async () => {
    const all = await search('?q=said');
    await all.page.click('#search-filter-panel > summary');
    await all.page.waitForSelector('input[name="year"]');
    const years = await all.page.$$eval('input[name="year"]', (boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(years.length).toBeGreaterThan(1);
    await all.page.context().close();
    const { page, urls } = await search('?q=said&year=2025');
    const in2025 = new Set(builtArticles().filter((a) => a.years.includes('2025')).map((a) => `/articles/${a.id}/`));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.length).toBeLessThan(all.urls.length);
    for (const url of urls) expect(in2025.has(url), url).toBe(true);
    await page.context().close();
  });

  it('narrows by ticking a filter, and Back restores the previous results', async () => {
    const { page, urls } = await search('?q=Russia');
    const before = urls;
    await page.click('#search-filter-panel > summary');
    await page.check('input[name="author"][value="Samuel Thorne"]');
    await page.waitForURL(/author=Samuel\+Thorne/);
    await page.waitForFunction((n) => document.querySelectorAll('#search-results h2 a').length !== n, before.length);
    const narrowed = await page.$$eval('#search-results h2 a', (links) => links.map((a) => a.getAttribute('href')));
    expect(narrowed.length).toBeLessThan(before.length);
    await page.goBack();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results h2 a').length === n, before.length);
    expect(await page.isChecked('input[name="author"][value="Samuel Thorne"]')).toBe(false);
    await page.context().close();
  });

  it('folds the filters away on a phone unless the address selects some', async () => {
    const phone = { viewport: { width: 390, height: 844 } };
    const plain = await openPage(browser, phone);
    const filterRequests: string[] = [];
    plain.page.on('request', (request) => {
      if (request.url().includes('/pagefind/filter/')) filterRequests.push(request.url());
    });
    await plain.page.goto(`${server.url}/search/?q=Russia`);
    await plain.page.waitForSelector('#search-results h2 a');
    expect(await plain.page.getAttribute('#search-filter-panel', 'open')).toBeNull();
    expect(await plain.page.isVisible('input[name="topic"]')).toBe(false);
    // Filter values are a large download at archive scale: none is fetched until the panel opens.
    expect(filterRequests).toEqual([]);
    await plain.page.click('#search-filter-panel > summary');
    await plain.page.waitForSelector('input[name="topic"]', { state: 'visible' });
    expect(filterRequests.length).toBeGreaterThan(0);
    await plain.page.context().close();
    const filtered = await openPage(browser, phone);
    await filtered.page.goto(`${server.url}/search/?q=Russia&topic=Russia`);
    await filtered.page.waitForSelector('#search-results h2 a');
    expect(await filtered.page.getAttribute('#search-filter-panel', 'open')).not.toBeNull();
    expect(await filtered.page.textContent('#search-filter-panel > summary')).toBe('Filter results (1 selected)');
    await filtered.page.context().close();
  });

  it('sorts by relevance when asked', async () => {
    const { page } = await search('?q=Luke&sort=relevance');
    expect(await page.inputValue('#search-sort')).toBe('relevance');
    await page.context().close();
  });

  it('shows hostile titles and names as text: no dialog, no injected element', async () => {
    const { page, urls, problems } = await search('?q=xssprobe');
    expect(urls).toEqual(['/articles/xss-probe/']);
    const title = await page.textContent('#search-results h2 a');
    // Titles print with typographic quotes (src/lib/typography): the straight quote that opens it is “, still text.
    expect(title).toBe('“><img src=x onerror=alert(1)> Xssprobe title');
    expect(await page.$$('#search-results img, #search-results script, #search-results svg, #search-results iframe')).toEqual([]);
    await page.goto(`${server.url}/articles/xss-probe/`);
    expect(await page.$$('main img, main svg, main iframe, main b')).toEqual([]);
    expect(await page.textContent('h1')).toBe('“><img src=x onerror=alert(1)> Xssprobe title');
    expect(problems.dialogs).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await page.context().close();
  });

  it('leads from the header box to the search page', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}/`);
    await page.fill('#site-search-q', 'Haddad');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=Haddad/);
    await page.waitForSelector('#search-results h2 a');
    // The article page marks the query's words (?highlight=).
    expect(await page.getAttribute('#search-results h2 a', 'href')).toBe('/articles/ceasefire-talks-resume/?highlight=Haddad');
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await page.context().close();
  });
});

describe('theme toggle', () => {
  it('follows the system setting, remembers the reader\'s choice and applies it before the first paint', async () => {
    const { page, problems } = await openPage(browser, { colorScheme: 'dark' });
    await page.goto(`${server.url}/`);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(21, 23, 27)');
    const toggle = page.locator('#theme-toggle');
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-label')).toBe('Switch to light theme');
    await toggle.click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    expect(await background()).toBe('rgb(251, 248, 243)');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    // On the next page the choice is applied by the head script, before any content is parsed.
    await page.goto(`${server.url}/topics/`, { waitUntil: 'commit' });
    await page.waitForSelector('html[data-theme="light"]', { state: 'attached' });
    const themeAtFirstBodyElement = await page.evaluate(() => document.documentElement.getAttribute('data-theme'));
    expect(themeAtFirstBodyElement).toBe('light');
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await page.context().close();
  });

  it('leads back to following the system setting: a click to the system\'s theme forgets the choice', async () => {
    const { page, problems } = await openPage(browser, { colorScheme: 'dark' });
    await page.goto(`${server.url}/`);
    const toggle = page.locator('#theme-toggle');
    const stored = () => page.evaluate(() => localStorage.getItem('theme'));
    await toggle.click();
    expect(await stored()).toBe('light');
    // The next click shows the system's theme again, and says so.
    expect(await toggle.getAttribute('aria-label')).toBe('Switch to dark theme, following the system setting');
    await toggle.click();
    expect(await page.getAttribute('html', 'data-theme')).toBeNull();
    expect(await stored()).toBeNull();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 27)');
    expect(await toggle.getAttribute('aria-label')).toBe('Switch to light theme');
    // Following the system: a change of the system setting changes the page, and the label with it.
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(251, 248, 243)');
    // The media query's change event comes with the next rendering step.
    await expect.poll(() => toggle.getAttribute('aria-label')).toBe('Switch to dark theme');
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBeNull();
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await page.context().close();
  });

  it('loads the theme script synchronously in <head>, before the stylesheet', () => {
    const html = readFileSync(join(site.dist, 'index.html'), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    const script = head.indexOf('<script src="/scripts/theme.js"></script>');
    expect(script).toBeGreaterThan(-1);
    expect(script).toBeLessThan(head.indexOf('<link rel="stylesheet"'));
  });

  it('keeps the toggle hidden without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    expect(await page.locator('#theme-toggle').isVisible()).toBe(false);
    await context.close();
  });
});
