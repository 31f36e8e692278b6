// The reader's side of the built sample site (plus one study article with verse previews) in
// Chromium: verse previews by tap, hover, keyboard and without JavaScript; the phone header; one
// search box on /search/; the footer of a short page; the /scripture/ chapter buttons; the quote
// block; and the print edition, read back from Chromium's PDF output.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { launchBrowser, openPage, type PageProblems } from '../support/browser.ts';
import { pdfPages } from '../support/pdf-text.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

let site: BuildResult;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await buildSite('e2e-reader', ['repo', 'reader']);
  if (site.code !== 0) throw new Error(`build failed:\n${site.output}`);
  server = await serveStatic(site.dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** tests/fixtures/reader: Luke 21:9 (printed under "Scripture cited"), Mark 13:7 (twice) and Joel 2:31, each with a verse box. */
const STUDY = '/articles/verse-previews/';
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } as const;

async function phonePage(path: string): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(`${server.url}${path}`);
  return { page, context, problems };
}

const visible = (page: Page, selector: string) => page.locator(selector).isVisible();

describe('verse previews', () => {
  it('open with a tap on a phone, without leaving the page, and close with a second tap, a tap outside or Escape', async () => {
    const { page, context, problems } = await phonePage(STUDY);
    const toggles = page.locator('.scripture-ref-toggle');
    // Luke 21:9 (its words printed under "Scripture cited"), Mark 13:7, Joel 2:31, and Mark 13:7 again.
    expect(await toggles.count()).toBe(4);
    const luke = toggles.first();
    await luke.tap();
    expect(await page.locator(`#${await luke.getAttribute('aria-controls')}`).textContent()).toContain('But when ye shall hear of wars and commotions');
    await luke.tap();
    const toggle = toggles.nth(1);
    const tip = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.getAttribute('aria-label')).toBe('King James Version text of Mark 13:7');
    expect(await tip.isVisible()).toBe(false);

    await toggle.tap();
    expect(page.url()).toBe(`${server.url}${STUDY}`);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('And when ye shall hear of wars and rumours of wars');
    // Persistent: tapping the text itself keeps it open.
    await tip.tap();
    expect(await tip.isVisible()).toBe(true);
    // A second tap on the toggle closes it.
    await toggle.tap();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await tip.isVisible()).toBe(false);

    // A tap elsewhere on the page closes it.
    await toggle.tap();
    expect(await tip.isVisible()).toBe(true);
    await page.locator('h1').tap();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await tip.isVisible()).toBe(false);

    // Escape closes it and leaves focus on the toggle.
    await toggle.focus();
    await toggle.press('Enter');
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('scripture-ref-toggle');

    // Opening one preview closes another (from the keyboard: the open text covers the next line).
    const joel = toggles.nth(2);
    await toggle.tap();
    await joel.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await joel.getAttribute('aria-expanded')).toBe('true');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('gives a later reference to an already previewed passage a box of its own on a phone, with the words printed once', async () => {
    const { page, context } = await phonePage(STUDY);
    const later = page.locator('.scripture-ref-toggle').nth(3);
    const tip = page.locator(`#${await later.getAttribute('aria-controls')}`);
    await later.tap();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('Mark 13:7 (KJV)');
    expect(await tip.textContent()).toContain('And when ye shall hear of wars and rumours of wars');
    // Ids stay unique, and the link names its own box.
    const ids = await page.$$eval('[id]', (elements) => elements.map((element) => element.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(await later.evaluate((t) => t.previousElementSibling?.getAttribute('aria-describedby'))).toBe(await tip.getAttribute('id'));
    // The HTML carries the verse's words once; the later box is filled from that copy.
    const html = await (await page.request.get(`${server.url}${STUDY}`)).text();
    expect(html.split('And when ye shall hear of wars and rumours of wars')).toHaveLength(2);
    await context.close();
  });

  it('shows on hover and keyboard focus on a desktop, stays while hovered, and hides on Escape', async () => {
    const { page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}${STUDY}`);
    const link = page.locator('.scripture-ref-group > a.scripture-ref').nth(1);
    const tip = page.locator(`#${await link.getAttribute('aria-describedby')}`);
    // No toggle where a mouse can hover.
    expect(await page.locator('.scripture-ref-toggle').first().isVisible()).toBe(false);
    expect(await tip.isVisible()).toBe(false);

    await link.hover();
    expect(await tip.isVisible()).toBe(true);
    // Hoverable: the pointer can move onto the text without it disappearing.
    await tip.hover();
    expect(await tip.isVisible()).toBe(true);
    // Dismissible without moving the pointer.
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    // Back again once the pointer has left and returned.
    await page.mouse.move(5, 5);
    await link.hover();
    expect(await tip.isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    expect(await tip.isVisible()).toBe(false);

    // Keyboard: Tab onto the link shows it; Escape hides it with focus still on the link.
    await link.focus();
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Mark 13:7');
    expectClean(problems);
    await page.context().close();
  });

  it('without JavaScript is a link to the verse on the scripture page, still previewed on hover and focus', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}${STUDY}`);
    expect(await page.locator('.scripture-ref-toggle').count()).toBe(0);
    const link = page.locator('.scripture-ref-group > a.scripture-ref').nth(1);
    await link.focus();
    expect(await visible(page, `#${await link.getAttribute('aria-describedby')}`)).toBe(true);
    await link.click();
    await page.waitForURL(/\/scripture\/mark\/13\/#v7$/);
    expect(await page.locator('#v7').textContent()).toContain('And when ye shall hear of wars');
    expect(await page.textContent('h1')).toBe('Mark 13');
    await context.close();
  });
});

describe('phone layout', () => {
  it('keeps the header to a title row and one line of navigation at 360 px', async () => {
    for (const path of ['/', '/search/', '/scripture/', STUDY]) {
      const { page, context } = await phonePage(path);
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height, path).toBeLessThan(110);
      const items = await page.$$eval('.site-header nav li', (lis) => lis.map((li) => li.getBoundingClientRect()).map((r) => ({ top: r.top, right: r.right })));
      expect(items).toHaveLength(5);
      expect(new Set(items.map((item) => item.top)).size, `${path}: navigation on one line`).toBe(1);
      expect(Math.max(...items.map((item) => item.right)), `${path}: navigation inside the screen`).toBeLessThanOrEqual(360);
      await context.close();
    }
  });

  it('shows one search box on /search/, on a phone and on a desktop', async () => {
    for (const options of [PHONE, { viewport: { width: 1280, height: 900 } }]) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await page.goto(`${server.url}/search/`);
      const boxes = await page.$$eval('input[type="search"]', (inputs) => inputs.filter((input) => (input as HTMLElement).offsetParent !== null).length);
      expect(boxes).toBe(1);
      await context.close();
    }
  });

  it('leads from the phone header to the search page', async () => {
    const { page, context } = await phonePage('/');
    expect(await visible(page, '#site-search-q')).toBe(false);
    await page.locator('.site-search-link').tap();
    await page.waitForURL(/\/search\/$/);
    await context.close();
  });
});

describe('page layout', () => {
  it('puts the footer at the bottom of the window on a short page', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
    for (const path of ['/404.html', '/authors/']) {
      await page.goto(`${server.url}${path}`);
      const footer = (await page.locator('.site-footer').boundingBox())!;
      expect(Math.round(footer.y + footer.height), path).toBe(1000);
    }
    await page.context().close();
  });

  it('lines up the chapter buttons on /scripture/ in one column, on one line each', async () => {
    for (const width of [1280, 360]) {
      const { page } = await openPage(browser, { viewport: { width, height: 900 } });
      await page.goto(`${server.url}/scripture/`);
      const lists = await page.$$eval('.chapter-links', (uls) =>
        uls.map((ul) => ({ left: ul.getBoundingClientRect().left, tops: [...ul.children].map((li) => li.getBoundingClientRect().top) })),
      );
      expect(lists.length).toBeGreaterThan(5);
      expect(new Set(lists.map((list) => list.left)).size, `${width} px: one left edge`).toBe(1);
      for (const list of lists) expect(new Set(list.tops).size, `${width} px: one line`).toBe(1);
      await page.context().close();
    }
  });

  it('prints "Who said what" with quotation marks and the speaker line on the edge of the words', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${server.url}/articles/missiles-over-the-east-sea/`);
    const rows = await page.$$eval('.quote-list figure', (figures) =>
      figures.map((figure) => ({
        words: figure.querySelector('blockquote p')!.textContent,
        wordsLeft: figure.querySelector('blockquote p')!.getBoundingClientRect().left,
        captionLeft: figure.querySelector('figcaption')!.getBoundingClientRect().left,
      })),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.words).toMatch(/^“.+”$/);
      expect(row.captionLeft).toBe(row.wordsLeft);
    }
    await page.context().close();
  });
});

describe('the print edition (Chromium PDF)', () => {
  it('has the article, its quotes, passages, address and print date, and none of the site around it', async () => {
    const { page, problems } = await openPage(browser, { colorScheme: 'dark' });
    await page.goto(`${server.url}/articles/missiles-over-the-east-sea/`);
    const before = await today(page);
    const text = (await pdfPages(new Uint8Array(await page.pdf({ format: 'A4' })))).join('\n');
    const after = await today(page);
    const flat = text.replace(/\s+/g, ' ');
    for (const present of [
      'Pyongyang Fires Missiles Toward the East Sea as Talks Stall',
      'By Miriam Hale, Editor',
      'Published 14 March 2025',
      // The article opens with the news excerpt, so its label names the source (no source line in the header).
      'NEWS EXCERPT · Example Wire · quoted 14 March 2025',
      'North Korea launched three short-range ballistic missiles',
      'So we watch, as we were told to.',
      'Who said what',
      '“We will not be drawn into a cycle of provocation and response”',
      '— Min Ha-rin, Defence ministry spokesperson',
      'Scripture cited',
      'Take heed that ye be not deceived',
      // Matthew 24 is folded on screen: printed whole.
      'there shall be weeping and gnashing of teeth',
      'Watchman Notes: https://watchman.example.org/articles/missiles-over-the-east-sea/',
    ]) {
      expect(flat, present).toContain(present);
    }
    expect([`Printed on ${before}.`, `Printed on ${after}.`].some((stamp) => flat.includes(stamp)), flat.slice(-200)).toBe(true);
    // The address and the date come last.
    expect(flat.trimEnd()).toMatch(/missiles-over-the-east-sea\/ Printed on [^.]+\.$/);
    for (const absent of ['Skip to content', 'Latest', 'Archive', 'Search', 'Switch', 'Contents', 'Topics', 'Related articles', 'Show the text', 'more from', 'Older', 'Newer', 'RSS feed', 'No tracking', '▸', '▾']) {
      expect(flat, absent).not.toContain(absent);
    }
    expectClean(problems);
    await page.context().close();
  });

  it('prints the address after a link outside the site, but not again after a link whose words are its address', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}/articles/programmable-money-pilot/`);
    await page.emulateMedia({ media: 'print' });
    const after = (selector: string) => page.locator(selector).first().evaluate((link) => getComputedStyle(link, '::after').content);
    // `<https://example.org/report>` in the body: the words already are the address.
    expect(await page.locator('.prose a[href="https://example.org/report"]').textContent()).toBe('https://example.org/report');
    expect(await after('.prose a[href="https://example.org/report"]')).toBe('none');
    // The source’s name (in the excerpt’s label) says nothing of where it is: its address follows.
    await page.goto(`${server.url}/articles/ceasefire-talks-resume/`);
    expect(await page.locator('.excerpt-label__source a[href^="http"]').first().textContent()).not.toMatch(/^https?:/);
    const source = await page.locator('.excerpt-label__source a[href^="http"]').first().getAttribute('href');
    expect(await after('.excerpt-label__source a[href^="http"]')).toBe(`" (${source})"`);
    expectClean(problems);
    await page.context().close();
  });

  it('leaves the print date out of the built page: it is the reader\'s day, not the build\'s', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${server.url}/articles/missiles-over-the-east-sea/`);
    expect(await page.textContent('.print-colophon__date')).toBe('');
    expect(await visible(page, '.print-colophon')).toBe(false);
    await page.context().close();
  });
});

function today(page: Page): Promise<string> {
  return page.evaluate(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
}

function expectClean(problems: PageProblems): void {
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
}
