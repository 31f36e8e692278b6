// The copy of the built sample site (content/), page by page: counts in words, card lines, the quote
// block, what list cards leave off, the scripture counts, the footnotes heading, Open Graph images on
// every page, the sitemap, and the print colophon. Each check names the page it found wrong.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { decodeEntities } from '../support/quality/html.ts';
import { htmlFiles, sitemapPaths, urlPathOf } from '../support/quality/dist.ts';
import { slugify } from '../../src/lib/text/slug.ts';

let site: BuildResult;

beforeAll(async () => {
  site = await buildSite('reader-copy', ['repo']);
  if (site.code !== 0) throw new Error(`build failed:\n${site.output}`);
});

afterAll(() => {
  if (site) rmSync(site.root, { recursive: true, force: true });
});

const page = (path: string): string => readFileSync(join(site.dist, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
const pages = (): { path: string; html: string }[] => htmlFiles(site.dist).map((file) => ({ path: urlPathOf(file), html: readFileSync(join(site.dist, file), 'utf8') }));
/** Text of an HTML fragment: tags dropped, entities decoded, spaces collapsed. */
const text = (html: string): string => decodeEntities(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
const all = (html: string, pattern: RegExp): string[] => [...html.matchAll(pattern)].map((m) => m[1] ?? '');
const subdirs = (dir: string): string[] => readdirSync(join(site.dist, dir), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'page').map((d) => d.name);

describe('counts in words', () => {
  it('never says "1 articles" (or chapters, books, verses), in text or in meta descriptions', () => {
    const wrong = pages().flatMap(({ path, html }) =>
      [...decodeEntities(html).matchAll(/(?<![\d.,])1 (articles|chapters|books|verses)\b/g)].map((m) => `${path}: "${m[0]}"`),
    );
    expect(wrong).toEqual([]);
  });

  it('says "1 article" where an author has one, in the list and in the description', () => {
    expect(text(page('/authors/'))).toMatch(/Daniel Okafor 1 article\b/);
    expect(page('/authors/daniel-okafor/')).toContain('<meta name="description" content="Daniel Okafor, Contributing writer: 1 article.">');
  });
});

describe('article cards', () => {
  it('put a space on both sides of every "·"', () => {
    const lines = pages().flatMap(({ path, html }) => all(html, /<p class="card__meta">(.*?)<\/p>/g).map((line) => ({ path, line: text(line) })));
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.filter(({ line }) => /\S·|·\S/.test(line))).toEqual([]);
  });

  it('leave off the kicker on the page of the topic it names', () => {
    // The North Korea article has the kicker "North Korea" and the topic North Korea.
    const northKorea = page('/topics/north-korea/');
    expect(northKorea).toContain('/articles/missiles-over-the-east-sea/');
    for (const slug of subdirs('topics')) {
      const html = page(`/topics/${slug}/`);
      const kickers = all(html.slice(html.indexOf('class="article-list"')), /<p class="kicker">([^<]*)<\/p>/g);
      expect(kickers.filter((kicker) => slugify(decodeEntities(kicker)) === slug), `/topics/${slug}/`).toEqual([]);
    }
  });

  it('leave off the author on the author\'s page, and the source on the source\'s page', () => {
    for (const id of subdirs('authors')) {
      const list = page(`/authors/${id}/`).split('class="article-list"')[1] ?? '';
      expect(list, `/authors/${id}/`).not.toContain(`href="/authors/${id}/"`);
    }
    for (const slug of subdirs('sources')) {
      const html = page(`/sources/${slug}/`);
      const name = text(all(html, /<h1>(.*?)<\/h1>/g)[0]!);
      const metas = all(html, /<p class="card__meta">(.*?)<\/p>/g).map(text);
      expect(metas.length, `/sources/${slug}/`).toBeGreaterThan(0);
      expect(metas.filter((meta) => meta.endsWith(`· ${name}`)), `/sources/${slug}/`).toEqual([]);
    }
    // Elsewhere both are there.
    expect(text(page('/'))).toMatch(/Miriam Hale · Example Wire/);
  });

  it('on chapter pages name the author', () => {
    const chapters = subdirs('scripture').flatMap((book) => subdirs(`scripture/${book}`).map((chapter) => `/scripture/${book}/${chapter}/`));
    expect(chapters.length).toBeGreaterThan(10);
    for (const path of chapters) {
      const metas = all(page(path), /<p class="card__meta">(.*?)<\/p>/g);
      expect(metas.length, path).toBeGreaterThan(0);
      for (const meta of metas) expect(meta, path).toMatch(/<a href="\/authors\/[^/]+\/">/);
    }
  });
});

describe('the scripture index', () => {
  it('ranks the most-cited chapters by the count their own pages and their book show', () => {
    const index = page('/scripture/');
    const section = index.slice(index.indexOf('id="most-cited"'));
    const items = [...section.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a> <span class="count">(\d+) articles?<\/span><\/li>/g)];
    expect(items.length).toBeGreaterThan(1);
    for (const [, url, label, count] of items) {
      const sub = text(all(page(url!), /<p class="page-header__sub">(.*?)<\/p>/g)[0]!);
      expect(sub, `${label}`).toMatch(new RegExp(`^${count} articles? cites? this chapter$`));
      const book = url!.split('/')[2]!;
      const bookCount = Number(/(\d+) articles?/.exec(text(all(page(`/scripture/${book}/`), /<p class="page-header__sub">(.*?)<\/p>/g)[0]!))![1]);
      expect(Number(count), `${label} within its book`).toBeLessThanOrEqual(bookCount);
    }
    // The case the issue found: Matthew 24 is Matthew's only cited chapter, so the two counts agree.
    expect(text(section)).toContain('Matthew 24 3 articles');
    expect(text(page('/scripture/matthew/'))).toContain('3 articles · 1 chapter cited');
    expect(text(index)).toContain('Each count is the number of articles citing the book or chapter');
  });
});

describe('article pages', () => {
  it('put the quotes of "Who said what" in quotation marks, with a dash before the speaker', () => {
    const html = page('/articles/missiles-over-the-east-sea/');
    const quotes = all(html, /<blockquote><p>(.*?)<\/p><\/blockquote>/g).map(text);
    expect(quotes.length).toBe(3);
    for (const quote of quotes) expect(quote).toMatch(/^“[^“”]+”$/);
    expect(text(html)).toContain('— Min Ha-rin, Defence ministry spokesperson');
  });

  it('hide the footnotes heading with a class the stylesheet defines', () => {
    const html = page('/articles/programmable-money-pilot/');
    expect(html).toMatch(/<h2 class="sr-only" id="footnote-label">Footnotes<\/h2>/);
    const css = all(html, /<link rel="stylesheet" href="([^"]+)"/g).map((href) => readFileSync(join(site.dist, href), 'utf8')).join('\n');
    expect(css).toMatch(/\.sr-only\{[^}]*position:absolute/);
  });

  it('end with the page address for print, and no date: the reader\'s script adds it when printing', () => {
    const html = page('/articles/missiles-over-the-east-sea/');
    expect(html).toContain('<p class="print-colophon" data-pagefind-ignore="all">Watchman Notes: https://watchman.example.org/articles/missiles-over-the-east-sea/<span class="print-colophon__date" data-template=" Printed on {date}." data-locale="en-GB"></span></p>');
    // The German page gives the script its own words and locale.
    expect(page('/de/articles/lebensmittelpreise-rekord/')).toContain('<span class="print-colophon__date" data-template=" Gedruckt am {date}." data-locale="de-DE"></span>');
  });
});

describe('Open Graph images and the sitemap', () => {
  it('give every page an og:image: an article its lead image or else its own card, the site card for the rest', () => {
    let leadImages = 0;
    for (const { path, html } of pages()) {
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      // An article of either edition: /articles/<id>/ or /de/articles/<id>/, whose card is in that edition's og/.
      const article = /^\/((?:de\/)?)articles\/([^/]+)\/$/.exec(path);
      if (article && html.includes('<figure class="lead-image"')) {
        leadImages++;
        // The lead image, optimised by Astro's pipeline into a JPEG of its own under /_astro/.
        expect(image, path).toMatch(/^https:\/\/watchman\.example\.org\/(?:de\/)?_astro\/[^"/]+\.jpe?g$/);
        expect(existsSync(join(site.dist, new URL(image!).pathname)), path).toBe(true);
      } else {
        const expected = article ? `https://watchman.example.org/${article[1]}og/${article[2]}.png` : `https://watchman.example.org/${path.startsWith('/de/') ? 'site-card-de.png' : 'site-card.png'}`;
        expect(image, path).toBe(expected);
      }
      expect(html, path).toMatch(/<meta property="og:image:alt" content="[^"]+"/);
    }
    expect(leadImages).toBeGreaterThan(0);
    // Cards are drawn only where they are shown: one per article without a lead image, none for the others, per edition.
    let cards = 0;
    for (const prefix of ['', 'de/']) {
      const articles = subdirs(`${prefix}articles`);
      const withLeadImage = articles.filter((id) => page(`/${prefix}articles/${id}/`).includes('<figure class="lead-image"'));
      expect(readdirSync(join(site.dist, `${prefix}og`)).sort(), prefix || 'en').toEqual(articles.filter((id) => !withLeadImage.includes(id)).map((id) => `${id}.png`).sort());
      cards += articles.length - withLeadImage.length;
    }
    expect(site.output).toContain(`${cards} Open Graph cards and ${leadImages} lead`);
    const png = readFileSync(join(site.dist, 'site-card.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('leaves /search/ and the 404 page out of the sitemap', () => {
    const index = readFileSync(join(site.dist, 'sitemap-index.xml'), 'utf8');
    const paths = sitemapPaths(index).flatMap((sitemap) => sitemapPaths(readFileSync(join(site.dist, sitemap), 'utf8')));
    expect(paths).toContain('/topics/');
    expect(paths.filter((path) => path.startsWith('/search') || path.includes('404'))).toEqual([]);
    expect(existsSync(join(site.dist, 'search/index.html'))).toBe(true);
  });
});

describe('figures in article bodies', () => {
  const figures = (html: string) => all(html, /(<figure class="figure">.*?<\/figure>)/gs);
  /** Every /_astro/ file an img points to (src and srcset) must be in the built site. */
  const expectFilesExist = (figure: string) => {
    const files = figure.match(/\/_astro\/[^" ,]+/g) ?? [];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(existsSync(join(site.dist, file)), file).toBe(true);
  };

  it('makes a captioned Markdown picture a figure whose optimised img has width and height', () => {
    const [figure, ...rest] = figures(page('/articles/black-sea-grain-corridor/'));
    expect(rest).toEqual([]);
    expect(figure).toMatch(/^<figure class="figure"><img [^>]+><figcaption>The rider of the third seal carries a pair of balances: bread weighed against a day’s wage\.<\/figcaption><\/figure>$/);
    const img = /<img [^>]+>/.exec(figure!)![0];
    expect(img).toMatch(/ src="\/_astro\/third-seal-balances\.[^"]+\.webp"/);
    expect(img).toContain(' alt="A balance scale with a sheaf of wheat on its lower pan and three coins on the higher one"');
    expect(img).toContain(' width="960" height="540"');
    // Built as production although vitest runs with NODE_ENV=test: no dev-toolbar attribute from Astro's content runtime.
    expect(process.env.NODE_ENV).toBe('test');
    expect(img).not.toContain('data-image-component');
    // The title became the caption, not also a tooltip.
    expect(img).not.toContain('title=');
    expectFilesExist(figure!);
  });

  it('renders the MDX <Figure> like the lead image: srcset, width, height, caption, credit and licence', () => {
    const [figure, ...rest] = figures(page('/articles/the-date-that-passed/'));
    expect(rest).toEqual([]);
    const img = /<img [^>]+>/.exec(figure!)![0];
    expect(img).toMatch(/ src="\/_astro\/lowfield-hall\.[^"]+\.webp" srcset="[^"]+ 480w, [^"]+ 800w, [^"]+ 960w"/);
    expect(img).toContain(' alt="Rows of grey folding chairs in a plain hall, facing a pair of double doors between two windows"');
    expect(img).toContain(' sizes="(min-width: 50rem) 46rem, 100vw"');
    expect(img).toContain(' width="960" height="540"');
    expect(text(/<figcaption>.*?<\/figcaption>/s.exec(figure!)![0])).toBe('The hall of Lowfield Community Church, set out for families who gave up jobs or homes for the date. Illustration: Watchman Notes, CC BY 4.0');
    expect(figure).toContain('<span class="figure__credit">Illustration: Watchman Notes, CC BY 4.0</span>');
    expectFilesExist(figure!);
  });

  it('gives every img of every page a width and a height', () => {
    const unsized = pages().flatMap(({ path, html }) => all(html, /(<img\b[^>]*>)/g).filter((img) => !/\swidth="\d+"/.test(img) || !/\sheight="\d+"/.test(img)).map((img) => `${path}: ${img}`));
    expect(unsized).toEqual([]);
  });
});
