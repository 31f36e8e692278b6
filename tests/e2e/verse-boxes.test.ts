// Every scripture reference in every sample article (both editions) in Chromium, on a desktop and on a
// phone: its verse box opens (hover and keyboard focus; a tap on the toggle) with the verse text the
// edition has (checked against the verse source, not against the page) or the edition's no-text note,
// stays within the phone's screen, and links to a chapter page and verse anchor that exist.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { launchBrowser, openPage, type PageProblems } from '../support/browser.ts';
import { KJV } from '../../src/lib/scripture/verse-source.ts';
import { toVerseText } from '../../src/lib/scripture/text.ts';
import { de } from '../../src/lib/i18n/de.ts';
import { LUTHER_1912 } from '../../src/lib/scripture/verse-source.ts';

let site: BuildResult;
let server: StaticServer;
let browser: Browser;
let articles: { path: string; lang: 'en' | 'de' }[];
const problems: PageProblems[] = [];
const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true } as const;

beforeAll(async () => {
  site = await buildSite('e2e-verse-boxes', ['repo']);
  if (site.code !== 0) throw new Error(`build failed:\n${site.output}`);
  const list = (dir: string) => (existsSync(join(site.dist, dir)) ? readdirSync(join(site.dist, dir)).map((id) => `/${dir}/${id}/`) : []);
  articles = [...list('articles').map((path) => ({ path, lang: 'en' as const })), ...list('de/articles').map((path) => ({ path, lang: 'de' as const }))];
  server = await serveStatic(site.dist);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  for (const found of problems) expect(found).toEqual({ consoleErrors: [], cspViolations: [], dialogs: [] });
  await browser?.close();
  await server?.close();
});

/** The built file of a site address, or undefined when the site has no such page. */
function builtPage(href: string): string | undefined {
  const path = join(site.dist, decodeURI(new URL(href, 'http://site').pathname), 'index.html');
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** The address leads to a built page and, with a fragment, to an element with that id on it. */
function expectTarget(href: string, from: string): void {
  const html = builtPage(href);
  expect(html, `${from}: ${href} has no page`).toBeDefined();
  const hash = new URL(href, 'http://site').hash.slice(1);
  if (hash) expect(html!.includes(`id="${hash}"`), `${from}: ${href} has no anchor #${hash}`).toBe(true);
}

interface Reference {
  text: string;
  href: string;
  tipId: string | null;
  contextHref: string | null;
}

async function referencesOn(page: Page): Promise<Reference[]> {
  return page.$$eval('article a.scripture-ref', (links) =>
    links.map((link) => {
      const tipId = link.getAttribute('aria-describedby');
      const tip = tipId ? document.getElementById(tipId) : null;
      return { text: link.textContent ?? '', href: link.getAttribute('href') ?? '', tipId, contextHref: tip?.querySelector('a.scripture-ref-tip__context')?.getAttribute('href') ?? null };
    }),
  );
}

/** What the open box says: every verse's words as the source has them, or (German) the no-text note. */
async function expectBoxText(page: Page, tipId: string, lang: 'en' | 'de', where: string): Promise<void> {
  const tip = page.locator(`#${tipId}`);
  if (lang === 'de') {
    expect(await tip.textContent(), where).toContain(de['passage.no-text'](LUTHER_1912.translation.name));
    expect(await tip.locator('[data-verse], [data-verse-from]').count(), where).toBe(0);
    return;
  }
  const verses = await tip.locator('[data-verse], [data-verse-from]').evaluateAll((slots) =>
    slots.map((slot) => ({ key: slot.getAttribute('data-verse') ?? slot.getAttribute('data-verse-from') ?? '', text: slot.textContent ?? '' })),
  );
  expect(verses.length, `${where}: a box without verses`).toBeGreaterThan(0);
  for (const { key, text } of verses) {
    const [book, chapter, verse] = key.split('.');
    const raw = KJV.kind === 'text' ? KJV.rawVerse(book!, Number(chapter), Number(verse)) : undefined;
    expect(raw, `${where}: ${key} is no KJV verse`).toBeDefined();
    expect(text, `${where}: the words of ${key}`).toBe(toVerseText(Number(chapter), Number(verse), raw!).text);
  }
}

describe('a verse behind every reference', () => {
  it('finds the sample articles of both editions, with references to check', () => {
    expect(articles.filter((a) => a.lang === 'en').length).toBeGreaterThan(5);
    expect(articles.filter((a) => a.lang === 'de').length).toBeGreaterThan(0);
  });

  it('opens every reference\'s box on hover and keyboard focus on a desktop, with the verse or the note, linking to an existing chapter and verse', async () => {
    let boxes = 0;
    for (const { path, lang } of articles) {
      const { page, problems: found } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
      problems.push(found);
      await page.goto(`${server.url}${path}`);
      const references = await referencesOn(page);
      for (const [index, reference] of references.entries()) {
        const where = `${path} reference ${index + 1} (${reference.text})`;
        expectTarget(reference.href, where);
        // German pages have no verse text, so no verse anchors: never a link to one that is missing.
        if (lang === 'de') expect(reference.href, where).not.toContain('#');
        if (!reference.tipId) {
          // Only a whole book has no box: it links to the book's page.
          expect(reference.href, `${where}: no box`).toMatch(/^(\/de)?\/(scripture|bibel)\/[^/]+\/$/);
          continue;
        }
        boxes++;
        expect(reference.contextHref, where).toBe(reference.href);
        const link = page.locator('article a.scripture-ref').nth(index);
        const tip = page.locator(`#${reference.tipId}`);
        await link.hover();
        expect(await tip.isVisible(), `${where}: hover`).toBe(true);
        await expectBoxText(page, reference.tipId, lang, where);
        await page.mouse.move(1, 1);
        expect(await tip.isVisible(), `${where}: after hover`).toBe(false);
        await link.focus();
        expect(await tip.isVisible(), `${where}: focus`).toBe(true);
        // The link to the chapter is reachable from the keyboard: Tab moves into the box, which stays open.
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.className), where).toBe('scripture-ref-tip__context');
        expect(await tip.isVisible(), `${where}: focus in the box`).toBe(true);
        // Escape closes it and returns focus to the reference.
        await page.keyboard.press('Escape');
        expect(await tip.isVisible(), `${where}: Escape`).toBe(false);
        expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby')), where).toBe(reference.tipId);
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      }
      await page.context().close();
    }
    expect(boxes).toBeGreaterThan(30);
  }, 300_000);

  it('opens every reference\'s box with a tap on a phone (375×667), within the screen, and closes it again', async () => {
    let boxes = 0;
    for (const { path, lang } of articles) {
      const context = await browser.newContext(PHONE);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`${server.url}${path}`);
      const toggles = page.locator('article .scripture-ref-toggle');
      const count = await toggles.count();
      expect(count, path).toBe((await referencesOn(page)).filter((r) => r.tipId).length);
      for (let index = 0; index < count; index++) {
        const toggle = toggles.nth(index);
        const tipId = (await toggle.getAttribute('aria-controls'))!;
        const tip = page.locator(`#${tipId}`);
        const where = `${path} toggle ${index + 1}`;
        await toggle.tap();
        expect(await toggle.getAttribute('aria-expanded'), where).toBe('true');
        expect(await tip.isVisible(), where).toBe(true);
        await expectBoxText(page, tipId, lang, where);
        const box = await tip.evaluate((element) => {
          const rect = element.getBoundingClientRect();
          return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right, width: window.innerWidth, height: window.innerHeight };
        });
        expect(box.top, `${where}: top`).toBeGreaterThanOrEqual(0);
        expect(box.left, `${where}: left`).toBeGreaterThanOrEqual(0);
        // Scrolled into view to whole pixels: a fraction of one may remain.
        expect(box.bottom, `${where}: bottom`).toBeLessThanOrEqual(box.height + 1);
        expect(box.right, `${where}: right`).toBeLessThanOrEqual(box.width);
        await toggle.tap();
        expect(await tip.isVisible(), `${where}: closed`).toBe(false);
        boxes++;
      }
      expect(errors, path).toEqual([]);
      await context.close();
    }
    expect(boxes).toBeGreaterThan(30);
  }, 300_000);
});
