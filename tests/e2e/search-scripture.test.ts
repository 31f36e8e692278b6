// Scripture-aware search on the built sample site in Chromium. Expected answers are computed from
// the content with the build's own parser and overlap (not from the passage files the page reads).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { launchBrowser, openPage, type PageProblems } from '../support/browser.ts';
import { checkProject } from '../../src/lib/validation/check-project.ts';
import { isWholeBook, parseReference, passagesOverlap, type Passage } from '../../src/lib/scripture/index.ts';
import { parallelPassages } from '../../scripts/bench/passage-correctness.ts';

let site: BuildResult;
let server: StaticServer;
let browser: Browser;
let articles: { url: string; date: string; passages: Passage[]; text: string }[];
const problems: PageProblems[] = [];

beforeAll(async () => {
  site = await buildSite('e2e-scripture-search', ['repo']);
  if (site.code !== 0) throw new Error(`build failed:\n${site.output}`);
  const checked = checkProject(site.root, { cache: false });
  // The English search page searches the English edition (Pagefind's index of its <html lang>); the German
  // edition's search is tested in german-edition.test.ts.
  articles = checked.articles
    .filter((a) => !a.data.draft && a.data.lang === 'en')
    .map((a) => ({
      url: `/articles/${a.id}/`,
      date: a.data.date,
      passages: [...a.data.scripture.flatMap((c) => c.passages), ...a.facts.citations.flatMap((c) => c.passages)],
      // What may appear in a snippet: the body's text, title, summary, quotes and their speakers and roles.
      text: [a.data.title, a.data.summary ?? '', ...a.data.quotes.flatMap((q) => [q.text, q.speaker, q.role ?? '']), a.body].join(' '),
    }));
  server = await serveStatic(site.dist);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function passagesOf(reference: string): Passage[] {
  const result = parseReference(reference);
  if (!result.ok) throw new Error(`${reference}: ${result.message}`);
  return result.passages;
}

/** Newest first, then by address: the articles citing a passage overlapping any of `wanted`. */
function citing(wanted: readonly Passage[]): string[] {
  return articles
    .filter((a) => a.passages.some((p) => wanted.some((w) => passagesOverlap(p, w))))
    .sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url))
    .map((a) => a.url);
}

async function search(query: string, viewport?: { width: number; height: number }): Promise<{ page: Page } & Awaited<ReturnType<typeof read>>> {
  const opened = await openPage(browser, viewport ? { viewport } : {});
  problems.push(opened.problems);
  const { page } = opened;
  await page.goto(`${server.url}/search/${query}`);
  await waitForResults(page);
  return { page, ...(await read(page)) };
}

async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.getElementById('search-status')?.textContent ?? '';
    return status !== '' && status !== 'Searching…';
  });
}

async function read(page: Page): Promise<{ urls: string[]; hrefs: string[]; understood: string; cites: string[]; status: string }> {
  while (await page.isVisible('#search-more')) await page.click('#search-more');
  const hrefs = await page.$$eval('#search-results h2 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
  // What each result says it cites (passage queries), '' where it says nothing.
  const cites = await page.$$eval('#search-results > li', (items) => items.map((li) => li.querySelector('.card__cites')?.textContent ?? ''));
  return { hrefs, cites, urls: hrefs.map((href) => href.replace(/\?.*$/, '')), understood: (await page.textContent('#search-understood')) ?? '', status: (await page.textContent('#search-status')) ?? '' };
}

/** True when the article cites (a chapter or verses, not the whole book) a passage overlapping `wanted`. */
function citesOverlapping(url: string, wanted: readonly Passage[]): boolean {
  return articles.find((a) => a.url === url)!.passages.some((p) => !isWholeBook(p) && wanted.some((w) => passagesOverlap(p, w)));
}

// Each form, and the reference the build's parser reads for it.
const PASSAGE_FORMS: [string, string][] = [
  ['Mt 24', 'Matthew 24'],
  ['Matt 24:6', 'Matthew 24:6'],
  ['matthew 24:6-8', 'Matthew 24:6-8'],
  ['Luke 21:7-8', 'Luke 21:7-8'],
  ['Lk 21.11', 'Luke 21:11'],
  ['Luke 21 : 9 – 11', 'Luke 21:9-11'],
  ['Dan 9:24–27', 'Daniel 9:24-27'],
  ['Daniel 9', 'Daniel 9'],
  ['1 Thess 5:3', '1 Thessalonians 5:3'],
  ['I Thessalonians 5', '1 Thessalonians 5'],
  ['Revelation 13', 'Revelation 13'],
  ['Rev 6:5-6', 'Revelation 6:5-6'],
  ['Ps 2', 'Psalm 2'],
  ['Ezek 38', 'Ezekiel 38'],
  ['Luke 21; Revelation 13', 'Luke 21; Revelation 13'],
];

describe('passage queries', () => {
  it('the sample site cites what the forms ask for', () => {
    const found = PASSAGE_FORMS.filter(([, reference]) => citing(passagesOf(reference)).length > 0);
    expect(found.length).toBeGreaterThanOrEqual(10);
  });

  it.each(PASSAGE_FORMS)('"%s" finds exactly the articles citing an overlapping passage, citers first, each saying what it cites', async (query, reference) => {
    const { page, urls, understood, cites, status } = await search(`?q=${encodeURIComponent(query)}`);
    const wanted = passagesOf(reference);
    const expected = citing(wanted);
    expect(new Set(urls)).toEqual(new Set(expected));
    expect(urls).toHaveLength(expected.length);
    // The count is said once, by the status line.
    expect(status).toMatch(new RegExp(`^${expected.length} ${expected.length === 1 ? 'article' : 'articles'} found`));
    expect(understood).not.toMatch(/\d+ articles?/);
    expect(understood).toContain('Search the words instead');
    // An article citing the passage says `cites …`; one only mentioning the book says `mentions …` and comes after every citer.
    const kinds = urls.map((url) => (citesOverlapping(url, wanted) ? 'cites' : 'mentions'));
    expect(cites.map((text) => text.split(' ')[0])).toEqual(kinds);
    expect(kinds.indexOf('mentions') === -1 || kinds.lastIndexOf('cites') < kinds.indexOf('mentions')).toBe(true);
    await page.context().close();
  });

  it.each([['Mt 24', 'Matthew 24'], ['Luke 21:8', 'Luke 21:8'], ['Mark 13:1-2', 'Mark 13:1-2']])('"%s" with parallels adds the articles citing the parallel passages', async (query, reference) => {
    const wanted = passagesOf(reference);
    const { page, urls, understood } = await search(`?q=${encodeURIComponent(query)}&parallels=1`);
    expect(new Set(urls)).toEqual(new Set(citing([...wanted, ...parallelPassages(wanted)])));
    expect(understood).toContain('and its parallels');
    expect(await page.isChecked('#search-parallels')).toBe(true);
    await page.context().close();
  });

  it('a passage with words searches the words within the passage\'s articles', async () => {
    const within = citing(passagesOf('Luke 21'));
    const { page, urls } = await search('?q=Luke+21+drought');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(within).toContain(url);
    await page.context().close();
  });

  it('one click searches the words instead, and Back returns to the passage', async () => {
    const { page, urls } = await search('?q=Luke+21');
    await page.click('#search-understood a');
    await page.waitForURL(/mode=words/);
    await waitForResults(page);
    const words = await read(page);
    expect(words.understood).not.toContain('Passage:');
    await page.goBack();
    await page.waitForFunction(() => (document.getElementById('search-understood')?.textContent ?? '').startsWith('Passage:'));
    expect((await read(page)).urls).toEqual(urls);
    await page.context().close();
  });

  it('a chapter that does not exist is said so and searched as words', async () => {
    const { page, understood } = await search('?q=Luke+25');
    expect(understood).toContain('Luke has 24 chapters');
    await page.context().close();
  });

  it('links a passage result to its first citation and a word result to its highlighted words', async () => {
    const { page, hrefs } = await search('?q=Daniel+9');
    expect(hrefs[0]).toContain('cite=Dan%2Fdaniel%2F9-9');
    await page.goto(`${server.url}${hrefs[0]}`);
    await page.waitForSelector('.search-target');
    // A reference in the prose links to the chapter's index page, at its verse.
    expect(await page.getAttribute('.search-target', 'href')).toMatch(/^\/scripture\/daniel\/9\/(?:#v\d+)?$/);
    const words = await search('?q=ceasefire');
    await words.page.goto(`${server.url}${words.hrefs[0]}`);
    await words.page.waitForSelector('mark.search-hit');
    expect((await words.page.textContent('mark.search-hit'))?.toLowerCase()).toBe('ceasefire');
    await page.context().close();
    await words.page.context().close();
  });
});

describe('book-like words', () => {
  it('"Amos" finds the word Amos, never a page that only says "among"', async () => {
    const among = articles.filter((a) => /\bamong\b/i.test(a.text) && !/\bamos\b/i.test(a.text));
    expect(among.length, 'the sample has pages with "among" and no "Amos"').toBeGreaterThan(0);
    const { page, urls } = await search('?q=Amos');
    for (const url of urls) expect(articles.find((a) => a.url === url)!.text, url).toMatch(/\bAmos\b/i);
    await page.context().close();
  });

  it('"Job losses" searches the words and offers no book', async () => {
    const { page, understood } = await search('?q=Job+losses');
    expect(understood).not.toContain('book of Job');
    await page.context().close();
  });

  it.each(['Mark Rutte', 'a new job', 'acts of war', 'Job', 'Daniel'])('"%s" is a word search, not a passage', async (query) => {
    const { page, understood } = await search(`?q=${encodeURIComponent(query)}`);
    expect(understood).not.toContain('Passage:');
    expect(await page.isVisible('#search-parallels')).toBe(false);
    await page.context().close();
  });

  it('"Daniel" offers the book\'s passages, and the offer finds the articles citing Daniel', async () => {
    const { page, understood } = await search('?q=Daniel');
    expect(understood).toBe('Search passages in the book of Daniel');
    await page.click('#search-understood a');
    await page.waitForURL(/mode=passage/);
    await page.waitForFunction(() => (document.getElementById('search-understood')?.textContent ?? '').startsWith('Passage: Daniel'));
    expect((await read(page)).urls).toEqual(citing(passagesOf('Daniel')));
    await page.context().close();
  });
});

describe('clean snippets and ranking', () => {
  it.each(['Russia', 'ceasefire', 'prophecy', 'treaty', 'Luke', 'Korver', 'grain'])('every snippet for "%s" is the article\'s own text', async (query) => {
    const { page, urls } = await search(`?q=${encodeURIComponent(query)}`);
    expect(urls.length).toBeGreaterThan(0);
    const snippets = await page.$$eval('#search-results .card__summary', (nodes) => nodes.map((n) => n.textContent ?? ''));
    const squash = (text: string) => text.replace(/[*_`#>\[\]()“”"‘’']/g, '').replace(/[\s\u00A0]+/g, ' ').toLowerCase();
    for (const [i, snippet] of snippets.entries()) {
      const own = squash(articles.find((a) => a.url === urls[i])!.text);
      // Pagefind joins blocks with ". " and may cut words at either end: compare the inner words in runs.
      for (const part of snippet.split(/\.\s/)) {
        const words = squash(part).split(' ').filter(Boolean).slice(1, -1).join(' ').replace(/\.$/, '');
        if (words.split(' ').length >= 3) expect(own, `${urls[i]}: “${part}”`).toContain(words);
      }
    }
    await page.context().close();
  });

  it('words rank by best match; the reader can switch to newest first, and it is in the address', async () => {
    const { page } = await search('?q=Russia');
    expect(await page.inputValue('#search-sort')).toBe('relevance');
    await page.selectOption('#search-sort', 'date');
    await page.waitForURL(/sort=date/);
    await waitForResults(page);
    const dates = await page.$$eval('#search-results .card__meta', (nodes) => nodes.map((n) => n.textContent ?? ''));
    expect(dates.length).toBeGreaterThan(1);
    const order = (await read(page)).urls.map((url) => articles.find((a) => a.url === url)!.date);
    expect(order).toEqual([...order].sort().reverse());
    await page.context().close();
  });

  it('a passage ranks by closeness by default: "Rev 13" lists the chapter\'s citers first, then the articles that only mention Revelation, labelled', async () => {
    const { page, urls, cites, status } = await search('?q=Rev+13');
    expect(await page.inputValue('#search-sort')).toBe('relevance');
    const chapter = citing(passagesOf('Revelation 13')).filter((url) => citesOverlapping(url, passagesOf('Revelation 13')));
    const mentions = citing(passagesOf('Revelation 13')).filter((url) => !chapter.includes(url));
    expect(chapter.length).toBeGreaterThan(0);
    expect(mentions.length, 'the sample has an article only mentioning Revelation').toBeGreaterThan(0);
    expect(new Set(urls.slice(0, chapter.length))).toEqual(new Set(chapter));
    expect(cites.slice(0, chapter.length).every((text) => /^cites Revelation 13(:\d+(–\d+)?)?$/.test(text))).toBe(true);
    expect(cites.slice(chapter.length)).toEqual(mentions.map(() => 'mentions Revelation'));
    expect(status).toContain(`Articles that only mention the whole book come last (${mentions.length} ${mentions.length === 1 ? 'article' : 'articles'})`);
    // Newest first stays one choice away, and in the address.
    await page.selectOption('#search-sort', 'date');
    await page.waitForURL(/sort=date/);
    await waitForResults(page);
    expect((await read(page)).urls).toEqual(citing(passagesOf('Revelation 13')));
    await page.context().close();
    const best = await search('?q=Matthew+24%3A6&sort=relevance');
    expect(best.urls.length).toBeGreaterThan(0);
    const exact = articles.filter((a) => a.passages.some((p) => p.book === 'Matt' && p.start?.verse === 6 && p.end?.verse === 6)).map((a) => a.url);
    if (exact.length) expect(exact).toContain(best.urls[0]);
    await best.page.context().close();
  });
});

describe('filters', () => {
  it('hide values with no hits, offer a chapter filter, and clear', async () => {
    const { page } = await search('?q=Russia');
    if ((await page.getAttribute('#search-filter-panel', 'open')) === null) await page.click('#search-filter-panel > summary');
    await page.waitForSelector('input[name="chapter"]');
    const counts = await page.$$eval('#search-filters .count', (nodes) => nodes.map((n) => n.textContent ?? ''));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts).not.toContain(' (0)');
    const chapter = await page.getAttribute('input[name="chapter"]', 'value');
    await page.check(`input[name="chapter"][value="${chapter}"]`);
    await page.waitForURL(/chapter=/);
    await waitForResults(page);
    expect(await page.isVisible('#search-clear')).toBe(true);
    await page.click('#search-clear');
    await page.waitForURL((url) => !url.search.includes('chapter='));
    // The button hides when the search without the filter has rendered, which may be just after the address changed.
    await page.waitForSelector('#search-clear', { state: 'hidden' });
    expect(await page.isVisible('#search-clear')).toBe(false);
    await page.context().close();
  });

  it('in passage mode count each value over the passage\'s own results', async () => {
    const { page, urls } = await search('?q=Luke+21');
    await page.click('#search-filter-panel > summary');
    await page.waitForSelector('input[name="chapter"][value="Luke 21"]');
    // Every result is filed under its book's filter (it cites or mentions Luke): the count is the results'.
    const count = await page.textContent('label[for="f-book-Luke"] .count');
    expect(count).toBe(` (${urls.length})`);
    const chapterCount = await page.textContent('label[for="f-chapter-Luke-21"] .count');
    expect(chapterCount).toBe(` (${urls.filter((url) => citesOverlapping(url, passagesOf('Luke 21'))).length})`);
    await page.context().close();
  });

  it('on a wide screen a closed panel leaves no empty column beside the results', async () => {
    const { page } = await search('?q=Russia', { width: 1280, height: 900 });
    const panel = await page.locator('#search-filter-panel').boundingBox();
    const results = await page.locator('.search-layout__results').boundingBox();
    expect(results!.x).toBeLessThanOrEqual(panel!.x + 1);
    await page.context().close();
  });

  it('shows the 12 values with most hits per group, and "Show all" lists the rest with focus on the first added', async () => {
    // Every chapter the built articles can be filtered by: with no query the panel lists them all.
    const chapters = new Set<string>();
    for (const file of readdirSync(join(site.dist, 'articles'))) {
      const html = readFileSync(join(site.dist, 'articles', file, 'index.html'), 'utf8');
      for (const match of html.matchAll(/data-pagefind-filter="chapter:([^"]+)"/g)) chapters.add(match[1]!);
    }
    expect(chapters.size).toBeGreaterThan(14); // the sample site must be big enough for this test to mean something
    const opened = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    problems.push(opened.problems);
    const { page } = opened;
    await page.goto(`${server.url}/search/`);
    await page.click('#search-filter-panel > summary');
    await page.waitForSelector('input[name="chapter"]');
    expect(await page.locator('input[name="chapter"]').count()).toBe(12);
    const showAll = page.locator('.search-filter', { has: page.locator('input[name="chapter"]') }).locator('button.search-filter__all');
    expect(await showAll.textContent()).toBe(`Show all ${chapters.size} scripture chapter values`);
    await showAll.click();
    expect(await page.locator('input[name="chapter"]').count()).toBe(chapters.size);
    expect(await page.evaluate(() => { const box = document.activeElement as HTMLInputElement; return [box.name, [...document.querySelectorAll('input[name="chapter"]')].indexOf(box)]; })).toEqual(['chapter', 12]);
    await page.context().close();
  });

  it('on a wide screen too, the panel starts closed and no filter values load until the reader opens it', async () => {
    const opened = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    problems.push(opened.problems);
    const { page } = opened;
    const filterRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/filter/')) filterRequests.push(request.url());
    });
    await page.goto(`${server.url}/search/?q=ceasefire`);
    await waitForResults(page);
    await page.locator('#search-more, #search-results li').first().waitFor();
    expect(await page.getAttribute('#search-filter-panel', 'open')).toBeNull();
    await page.fill('#search-q', 'Russia');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').includes('Russia'));
    expect(filterRequests).toEqual([]);
    await page.click('#search-filter-panel > summary');
    await page.waitForSelector('input[name="topic"]');
    expect(filterRequests.length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('on a phone the closed panel is one line above the results, and an open one scrolls inside itself', async () => {
    const { page } = await search('?q=Russia', { width: 390, height: 844 });
    const firstResult = await page.locator('#search-results li').first().boundingBox();
    expect(firstResult!.y).toBeLessThan(844);
    await page.click('#search-filter-panel > summary');
    await page.waitForSelector('input[name="topic"]', { state: 'visible' });
    const panel = await page.locator('#search-filters').boundingBox();
    expect(panel!.height).toBeLessThanOrEqual(844 * 0.5 + 1);
    await page.context().close();
  });
});

describe('what the page downloads', () => {
  it('a word query loads no passage file; a passage query loads only its book', async () => {
    const requested: string[] = [];
    const opened = await openPage(browser);
    problems.push(opened.problems);
    opened.page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await opened.page.goto(`${server.url}/search/?q=ceasefire`);
    await waitForResults(opened.page);
    expect(requested.filter((path) => path.startsWith('/search/passages/'))).toEqual([]);
    await opened.page.goto(`${server.url}/search/?q=Luke+21`);
    await waitForResults(opened.page);
    expect(requested.filter((path) => path.startsWith('/search/passages/'))).toEqual(['/search/passages/Luke.json']);
    await opened.page.context().close();
  });

  it('every article is in exactly the passage files of the books it cites', () => {
    const ids = new Map<string, string>();
    const dir = join(site.dist, 'pagefind/fragment');
    for (const name of readdirSync(dir)) {
      const json = JSON.parse(gunzipSync(readFileSync(join(dir, name))).subarray(12).toString('utf8')) as { url: string };
      ids.set(json.url, name.replace('.pf_fragment', ''));
    }
    for (const article of articles) {
      for (const book of new Set(article.passages.map((p) => p.book))) {
        const file = JSON.parse(readFileSync(join(site.dist, 'search/passages', `${book}.json`), 'utf8')) as { pages: string[] };
        expect(file.pages, `${article.url} in ${book}`).toContain(ids.get(article.url));
      }
    }
  });
});

describe('more results and the next query', () => {
  it('a second click on "More results" while a batch loads lists no article twice', async () => {
    const opened = await openPage(browser);
    problems.push(opened.problems);
    const { page } = opened;
    await page.goto(`${server.url}/search/?q=the`);
    await waitForResults(page);
    const count = Number(/^(\d+) articles? found/.exec((await page.textContent('#search-status')) ?? '')?.[1]);
    expect(count).toBeGreaterThan(10);
    await page.evaluate(() => {
      const more = document.getElementById('search-more')!;
      more.click();
      more.click();
    });
    await page.waitForFunction(() => document.getElementById('search-more')?.hidden);
    while (await page.isVisible('#search-more')) await page.click('#search-more');
    const hrefs = await page.$$eval('#search-results h2 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toHaveLength(count);
    expect(new Set(hrefs).size).toBe(count);
    await page.context().close();
  });

  it('"More results" moves focus to the first new result', async () => {
    const opened = await openPage(browser);
    problems.push(opened.problems);
    const { page } = opened;
    await page.goto(`${server.url}/search/?q=the`);
    await waitForResults(page);
    await page.focus('#search-more');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 10);
    await page.waitForFunction(() => document.activeElement?.closest('#search-results > li') !== null);
    expect(await page.evaluate(() => [...document.querySelectorAll('#search-results > li')].indexOf(document.activeElement!.closest('li')!))).toBe(10);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    await page.context().close();
  });

  it('typing a query and pressing Enter searches once', async () => {
    const { page } = await search('?q=temple');
    await page.evaluate(() => {
      const status = document.getElementById('search-status')!;
      const w = window as unknown as { searches: number };
      w.searches = 0;
      new MutationObserver(() => {
        if (status.textContent === 'Searching…') w.searches++;
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await page.fill('#search-q', 'covenant');
    await page.press('#search-q', 'Enter');
    await waitForResults(page);
    // Longer than the typing pause (250 ms) after which the page searches what was typed.
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => (window as unknown as { searches: number }).searches)).toBe(1);
    await page.context().close();
  });
});

describe('the whole run', () => {
  it('had 0 console errors and 0 CSP violations on every page opened', () => {
    expect(problems.length).toBeGreaterThan(10);
    expect(problems.flatMap((found) => found.consoleErrors)).toEqual([]);
    expect(problems.flatMap((found) => found.cspViolations)).toEqual([]);
  });
});
