// The sample site as a reader's edition (issue 25, items 4 and 5): the front page leads with a story and
// its picture, cards carry their pictures, the site's own typefaces are served and their regular faces
// preloaded, articles show their kind and a labelled news excerpt, updates are a log, and the about page
// exists in both editions, linked from every footer.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { htmlToHast } from 'satteri';
import { textOf, type HastNode } from '../robustness/built-output.ts';

let site: BuildResult;
const page = (path: string) => readFileSync(join(site.dist, path), 'utf8');
const jsonLdOf = (html: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as Record<string, unknown>;
type Node = HastNode;
const parseHtml = (html: string) => htmlToHast(html) as unknown as Node;
/** Every element under `root` (itself included) that `match` accepts, in document order. */
function findAll(root: Node, match: (node: Node) => boolean): Node[] {
  const found: Node[] = [];
  const visit = (node: Node) => {
    if (node.type === 'element' && match(node)) found.push(node);
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return found;
}
const hasClass = (name: string) => (node: Node) => Array.isArray(node.properties?.['className']) && (node.properties!['className'] as string[]).includes(name);
const tag = (name: string) => (node: Node) => node.tagName === name;
const attr = (node: Node | undefined, name: string) => node?.properties?.[name];

beforeAll(async () => {
  site = await buildSite('front-page', ['repo']);
  if (site.code !== 0) throw new Error(`build failed:\n${site.output}`);
});

describe('the front page', () => {
  it('has a visible h1, then a lead story with its picture, loaded at once and sized', () => {
    const tree = parseHtml(page('index.html'));
    const [h1] = findAll(tree, tag('h1'));
    expect(textOf(h1!)).toBe('Latest articles');
    expect(attr(h1, 'className') ?? []).not.toContain('visually-hidden');
    const [lead] = findAll(tree, hasClass('card--lead'));
    expect(lead, 'a lead story').toBeDefined();
    const [img] = findAll(lead!, tag('img'));
    expect(img, 'the lead story has a picture').toBeDefined();
    expect(attr(img, 'loading')).toBe('eager');
    expect(Number(attr(img, 'width'))).toBeGreaterThan(0);
    expect(Number(attr(img, 'height'))).toBeGreaterThan(0);
    expect(String(attr(img, 'srcSet'))).toMatch(/\.webp \d+w/);
    expect(String(attr(img, 'alt'))).not.toBe('');
    const title = findAll(lead!, hasClass('card__title'))[0]!;
    expect(attr(findAll(title, tag('a'))[0], 'href')).toBe('/articles/nineveh-2-gates-of-the-rivers/');
  });

  it('lists the other stories of the page, smaller, each once, with series and topics blocks', () => {
    const tree = parseHtml(page('index.html'));
    const hrefs = findAll(tree, hasClass('card__title')).map((title) => attr(findAll(title, tag('a'))[0], 'href'));
    expect(hrefs).toHaveLength(10);
    expect(new Set(hrefs).size).toBe(10);
    const blocks = findAll(tree, hasClass('front-block')).map((block) => textOf(findAll(block, tag('h2'))[0]!));
    expect(blocks).toEqual(['Series', 'Most-covered topics']);
    expect(page('index.html')).toContain('<a href="/series/ninevehs-warning/">');
  });

  it('shows a card\'s picture small and lazily wherever the article is listed', () => {
    const tree = parseHtml(page('topics/cities/index.html'));
    const pictured = findAll(tree, hasClass('card--pictured'));
    expect(pictured).toHaveLength(1);
    const [img] = findAll(pictured[0]!, tag('img'));
    expect([attr(img, 'loading'), Number(attr(img, 'width')) > 0, Number(attr(img, 'height')) > 0]).toEqual(['lazy', true, true]);
  });

  it('puts newer, position and older on one line of the paging', () => {
    expect(page('page/2/index.html')).toMatch(/<nav class="pagination" aria-label="Pages">.*<span class="pagination__position">Page 2 of 2<\/span>/s);
  });
});

describe('the site\'s typefaces', () => {
  it('serves its woff2 files and preloads only the two regular faces the first paint shows', () => {
    const html = page('index.html');
    const preloads = [...html.matchAll(/<link rel="preload"[^>]*>/g)].map((m) => m[0]);
    expect(preloads).toEqual([
      '<link rel="preload" href="/fonts/source-serif-4-latin-400-normal.woff2" as="font" type="font/woff2" crossorigin>',
      '<link rel="preload" href="/fonts/inter-latin-400-normal.woff2" as="font" type="font/woff2" crossorigin>',
    ]);
    // The German edition is built with base /de/: its CSS asks for /de/fonts/…, and so does its preload.
    expect(page('de/index.html')).toContain('<link rel="preload" href="/de/fonts/inter-latin-400-normal.woff2" as="font" type="font/woff2" crossorigin>');
    expect(page(`de/_astro/${/\/de\/_astro\/(BaseLayout[^"]+\.css)/.exec(page('de/index.html'))![1]}`)).toContain('url(/de/fonts/inter-latin-400-normal.woff2)');
    expect(existsSync(join(site.dist, 'de/fonts/inter-latin-400-normal.woff2'))).toBe(true);
    for (const file of ['source-serif-4-latin-400-normal', 'source-serif-4-latin-400-italic', 'source-serif-4-latin-700-normal', 'inter-latin-400-normal', 'inter-latin-600-normal']) {
      expect(existsSync(join(site.dist, `fonts/${file}.woff2`)), file).toBe(true);
    }
  });
});

describe('an article\'s trust signals', () => {
  it('labels the kind of piece its JSON-LD declares', () => {
    const html = page('articles/missiles-over-the-east-sea/index.html');
    expect(jsonLdOf(html)['@type']).toBe('OpinionNewsArticle');
    expect(html).toContain('<p class="article__kind" data-pagefind-ignore>Opinion</p>');
    expect(page('de/articles/lebensmittelpreise-rekord/index.html')).toContain('<p class="article__kind" data-pagefind-ignore>Meinung</p>');
  });

  it('labels the news excerpt it opens with: source, the day quoted, the source\'s page', () => {
    const tree = parseHtml(page('articles/missiles-over-the-east-sea/index.html'));
    const [prose] = findAll(tree, hasClass('prose'));
    const children = (prose!.children ?? []).filter((child) => child.type === 'element');
    expect(attr(children[0], 'className')).toEqual(['excerpt-label']);
    expect(children[1]!.tagName).toBe('blockquote');
    expect(textOf(children[0]!).replace(/\s+/g, ' ')).toBe('News excerpt · Example Wire · quoted 14 March 2025 · more from Example Wire');
    // Named once as the source: the header does not repeat it.
    expect(findAll(tree, hasClass('source-line'))).toEqual([]);
  });

  it('shows an update as a log at the end, not as a paragraph of the text', () => {
    const html = page('articles/ten-member-security-council/index.html');
    expect(html).toContain('<h2 id="updates-heading">Updates</h2>');
    expect(html.indexOf('id="updates-heading"')).toBeGreaterThan(html.indexOf('<div class="prose">'));
    expect(html).not.toMatch(/<p><em>Updated /);
  });
});

describe('the about page', () => {
  it('exists in both editions with the editorial standards, linked from every footer', () => {
    const about = page('about/index.html');
    expect(about).toContain('<h1>About Watchman Notes</h1>');
    expect(about).toContain('<h2 id="about-standards">Editorial standards</h2>');
    expect(about).toContain('We comment on the news; we do not report it.');
    const german = page('de/about/index.html');
    expect(german).toContain('<html lang="de">');
    expect(german).toContain('<h2 id="about-standards">Redaktionelle Grundsätze</h2>');
    expect(german).toContain('<a href="/de/corrections/">');
    for (const path of ['index.html', 'articles/missiles-over-the-east-sea/index.html']) expect(page(path)).toContain('<a href="/about/">About and standards</a>');
    expect(page('de/index.html')).toContain('<a href="/de/about/">Über uns und Grundsätze</a>');
  });
});
