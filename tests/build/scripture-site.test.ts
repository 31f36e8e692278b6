// Builds the scripture fixture once and checks the scripture index pages, cited-passage text and related articles.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';

let site: BuildResult;
const page = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf8');
const exists = (path: string) => existsSync(join(site.dist, path, 'index.html'));
/** Article ids linked from the page, in document order, each once. */
const articleLinks = (html: string) => [...new Set([...html.matchAll(/href="\/articles\/([^/]+)\/"/g)].map((m) => m[1]))];
const main = (html: string) => /<main[^>]*>([\s\S]*)<\/main>/.exec(html)![1]!;

beforeAll(async () => {
  site = await buildSite('scripture-site', ['scripture-site']);
  if (site.code !== 0) throw new Error(`build failed:\n${site.output}`);
});

describe('the scripture index', () => {
  it('lists every cited book in canonical order, by testament, with article counts', () => {
    const html = page('scripture');
    const books = [...html.matchAll(/class="book-index__name" href="\/scripture\/([^/]+)\/">([^<]+)<\/a>\s*<span class="count">(\d+) articles?<\/span>/g)].map((m) => [m[2], Number(m[3])]);
    expect(books).toEqual([
      ['Psalms', 1],
      ['Ezekiel', 1],
      ['Daniel', 1],
      ['Joel', 1],
      ['Matthew', 1],
      ['Mark', 1],
      ['Luke', 3],
      ['Revelation', 2],
    ]);
    expect(html.indexOf('>Old Testament</h2>')).toBeLessThan(html.indexOf('>Daniel</a>'));
    expect(html.indexOf('>New Testament</h2>')).toBeGreaterThan(html.indexOf('>Daniel</a>'));
    expect(html.indexOf('>New Testament</h2>')).toBeLessThan(html.indexOf('>Matthew</a>'));
    expect(html).toContain('<a href="/scripture/daniel/8/" aria-label="Daniel 8">8</a>');
    expect((html.match(/<h1[\s>]/g) ?? []).length).toBe(1);
  });

  it('builds pages only for cited books and chapters, and nothing from drafts', () => {
    for (const path of ['scripture/luke', 'scripture/luke/21', 'scripture/daniel/7', 'scripture/daniel/8', 'scripture/psalms/2', 'scripture/ezekiel']) {
      expect(exists(path), path).toBe(true);
    }
    for (const path of ['scripture/genesis', 'scripture/luke/20', 'scripture/ezekiel/1', 'scripture/daniel/9']) expect(exists(path), path).toBe(false);
    expect(page('scripture/luke/21')).not.toContain('hidden-draft');
  });

  it('indexes passages cited only in the text, so every inline link lands on a page', () => {
    expect(page('scripture/joel/2')).toContain('href="/articles/grain-prices/"');
    const dir = site.dist;
    const links = new Set<string>();
    for (const id of readdirSync(join(dir, 'articles'))) {
      const html = readFileSync(join(dir, 'articles', id, 'index.html'), 'utf8');
      for (const m of html.matchAll(/class="scripture-ref" href="(\/[^"]+)"/g)) links.add(m[1]!);
    }
    expect(links).toContain('/scripture/joel/2/#v25');
    // A verse-level address (`/scripture/joel/2/#v25`) lands on the chapter page beside that verse's text.
    expect([...links].some((link) => link.includes('#v'))).toBe(true);
    for (const link of links) {
      const [path = '', verse] = link.split('#');
      expect(existsSync(join(dir, path, 'index.html')), link).toBe(true);
      if (verse) expect(readFileSync(join(dir, path, 'index.html'), 'utf8'), link).toContain(`id="${verse}"`);
    }
  });

  it('lists a book by its cited chapters with counts, and only whole-book citations as articles', () => {
    const luke = page('scripture/luke');
    expect(luke).toContain('<h1>Luke</h1>');
    expect(luke).toContain('<a class="citing-list__title" href="/scripture/luke/21/">Luke 21</a> <span class="count">3 articles</span>');
    // Articles citing a chapter are listed on the chapter's page, not again here.
    expect(articleLinks(main(luke))).toEqual([]);
    const ezekiel = page('scripture/ezekiel');
    expect(ezekiel).toContain('The book of Ezekiel as a whole');
    expect(articleLinks(main(ezekiel))).toEqual(['mark-of-the-beast']);
  });

  it('lists the articles citing a chapter, then prints each cited verse of it once', () => {
    const html = page('scripture/luke/21');
    expect(html).toContain('<h1>Luke 21</h1>');
    expect(articleLinks(main(html))).toEqual(['luke-twenty-one', 'olivet-signs', 'false-christs']);
    // Three articles cite verse 8 (the chapter, 7–8 and 8–9); its text is there once.
    const verse8 = 'Take heed that ye be not deceived: for many shall come in my name';
    expect(html.split(verse8)).toHaveLength(2);
    // The whole chapter is cited, so all 38 verses are printed, each once, with an anchor.
    for (let verse = 1; verse <= 38; verse++) expect(html.split(`id="v${verse}"`), `verse ${verse}`).toHaveLength(2);
    expect(html).toContain('<span class="chapter-text__verse" id="v7"><sup class="verse-num">7</sup> And they asked him, saying, Master, but when shall these things be? and what sign <i>will there be</i> when these things shall come to pass?');
    // Each article links to the first verse it cites.
    expect(html).toContain('<p class="citing__ref">Cites <a href="#v7">Luke 21:7–8</a></p>');
    expect(html).toContain('<p class="citing__ref">Cites <a href="#v8">Luke 21:8–9</a></p>');
    expect(html).toMatch(/<nav class="breadcrumb crumbs" aria-label="Breadcrumb">.*href="\/scripture\/".*href="\/scripture\/luke\/"/s);
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('lists an article citing Matthew 24:6–7 under Matthew 24 with only those verses, and a range under both its chapters', () => {
    const chapter = page('scripture/matthew/24');
    expect(articleLinks(main(chapter))).toEqual(['rumours-of-wars']);
    expect(chapter).toContain('Matthew 24:6–7');
    expect(chapter).toContain('<sup class="verse-num">6</sup> And ye shall hear of wars and rumours of wars');
    expect(chapter).not.toContain('id="v5"');
    expect(chapter).not.toContain('id="v8"');
    expect(page('scripture/matthew')).toContain('href="/scripture/matthew/24/"');
    expect(articleLinks(main(page('scripture/daniel/7')))).toEqual(['daniels-beasts']);
    const daniel8 = page('scripture/daniel/8');
    expect(articleLinks(main(daniel8))).toEqual(['daniels-beasts']);
    // Daniel 7:1–8:2 prints 8:1–2 on the chapter 8 page, its link pointing at verse 1.
    expect(daniel8).toContain('<span class="chapter-text__verse" id="v1"><sup class="verse-num">1</sup>');
    expect(daniel8).toContain('id="v2"');
    expect(daniel8).not.toContain('id="v3"');
  });
});

describe('an article page', () => {
  it('shows each cited passage with its text, kept out of the search index, linking into the index', () => {
    const html = page('articles/olivet-signs');
    expect(html).toContain('<a href="/scripture/luke/21/">Luke 21:7–8</a>');
    expect(html).toMatch(/<div class="passage-text" data-pagefind-ignore="all"><blockquote class="passage-text__body"><p><sup class="verse-num">7<\/sup> <span data-verse="Luke.21.7">And they asked him/);
    const beast = page('articles/mark-of-the-beast');
    expect(beast).toContain('<a href="/scripture/ezekiel/">Ezekiel</a>');
  });

  it('lists related articles: shared verses by closeness, then the synoptic parallel, then shared topics', () => {
    const html = page('articles/olivet-signs');
    const related = /<aside class="related"[^>]*>([\s\S]*?)<\/aside>/.exec(html)?.[1] ?? '';
    expect(related).toContain('<h2 id="related-heading">Related articles</h2>');
    expect(articleLinks(related)).toEqual(['false-christs', 'luke-twenty-one', 'rumours-of-wars', 'mark-of-the-beast', 'grain-prices']);
    expect(related).toContain('Also cites Luke 21:8–9');
    expect(related).toContain('Parallel passage: Matthew 24:6–7; Mark 13:7');
    expect(related).toContain('Also on Wars, Israel');
    // Outside the indexed article body, before the older/newer links.
    expect(html.indexOf('<aside class="related"')).toBeGreaterThan(html.indexOf('</article>'));
    expect(html.indexOf('<aside class="related"')).toBeLessThan(html.indexOf('<nav class="neighbours"'));
  });

  it('has no related list when nothing relates', () => {
    expect(page('articles/daniels-beasts')).not.toContain('Related articles');
  });
});
