// Builds a small valid site once and checks the pages, feeds and the absence of drafts.
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, REPO, type BuildResult } from '../support/build-site.ts';
import { bodyOf } from '../../src/lib/content/frontmatter.ts';
import { bodyKey } from '../../src/lib/facts/parse-log.ts';
import { readSiteContent, siteContentPath } from '../../src/lib/build/site-content.ts';

let site: BuildResult;
const page = (path: string) => readFileSync(join(site.dist, path), 'utf8');

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    return statSync(abs).isDirectory() ? allFiles(abs) : [abs];
  });
}

// Every body parse of the build, in every process (src/lib/facts/parse-log.ts).
const PARSE_LOG = join(REPO, 'tests/.tmp/valid-site.parses.log');

beforeAll(async () => {
  rmSync(PARSE_LOG, { force: true });
  site = await buildSite('valid-site', ['valid-site'], { WATCHMAN_PARSE_LOG: PARSE_LOG });
  if (site.code !== 0) throw new Error(`build failed:\n${site.output}`);
});

describe('a valid site', () => {
  it('builds one page per published article, at /articles/<file name>/', () => {
    const ids = readdirSync(join(site.dist, 'articles')).sort();
    expect(ids).toEqual(['filler-1', 'filler-10', 'filler-11', 'filler-2', 'filler-3', 'filler-4', 'filler-5', 'filler-6', 'filler-7', 'filler-8', 'filler-9', 'gfm-sample', 'mdx-sample']);
    expect(site.output).toContain('13 published articles, 1 drafts, 2 authors');
    expect(site.output).toContain('audit: 13 article pages, no drafts in the output');
    expect(site.output).toMatch(/\[og-images\] Open Graph images: \d+ drawn, \d+ from cache \(\d+ ms\)/);
    expect(site.output).toMatch(/\[search-index\] search index: 13 article pages in \d+ ms/);
    // Astro's store module is read from its file, not compiled as one literal (src/integrations/data-store-file.ts).
    expect(site.output).toMatch(/content store \([\d.]+ MB\) read from its file as pages render/);
  });

  it('parses every article body once across the whole build, and compiles every MDX body once', () => {
    const articles = allFiles(join(site.root, 'content/articles')).filter((file) => /\.mdx?$/.test(file));
    expect(articles.some((file) => file.endsWith('.mdx')) && articles.some((file) => file.endsWith('.md'))).toBe(true);
    const lines = readFileSync(PARSE_LOG, 'utf8').trim().split('\n').map((line) => line.split('\t'));
    const count = (kind: string, key: string) => lines.filter(([k, body]) => k === kind && body === key).length;
    const counts = articles.map((file) => {
      const key = bodyKey(bodyOf(readFileSync(file, 'utf8'))!);
      return [relative(site.root, file), count('facts', key), count('mdx-compile', key)];
    });
    expect(counts).toEqual(articles.map((file) => [relative(site.root, file), 1, file.endsWith('.mdx') ? 1 : 0]));
    // The validate process parsed them all; Astro's process (pages, content config) parsed none.
    expect(new Set(lines.map(([, , pid]) => pid)).size).toBe(1);
    // The build reports the same per article, in the validated site it handed to Astro.
    const validated = readSiteContent(siteContentPath(site.root));
    for (const article of Object.values(validated.articles)) expect(article.parses).toEqual({ facts: 1, mdxCompile: article.file.endsWith('.mdx') ? 1 : 0 });
    expect(Object.keys(validated.articles)).toHaveLength(articles.length);
    expect(site.output).toContain(`bodies parsed once each: ${articles.length} parsed, 1 MDX compiled, 0 from the cache; pages parse none`);
  });

  it('never lets a draft leak into any file', () => {
    expect(existsSync(join(site.dist, 'articles/secret-draft'))).toBe(false);
    expect(existsSync(join(site.dist, 'topics/draft-only-topic'))).toBe(false);
    for (const file of allFiles(site.dist)) {
      if (!/\.(html|xml|txt|json|js)$/.test(file)) continue;
      const text = readFileSync(file, 'utf8');
      expect(text.includes('secret-draft') || text.includes('A Draft That Must Not Leak'), file).toBe(false);
    }
  });

  it('shows every field of an article', () => {
    const html = page('articles/gfm-sample/index.html');
    expect(html).toContain('<p class="kicker" data-pagefind-meta="kicker" data-pagefind-ignore>Formatting</p>');
    expect(html).toContain('<h1 class="article__title" data-pagefind-meta="title">Tables, Footnotes and Other GFM</h1>');
    expect(html).toMatch(/By <a href="\/authors\/ada-author\/" rel="author"[^>]*>Ada Author<\/a>/);
    expect(html).toContain('<time datetime="2025-02-10">10 February 2025</time>');
    expect(html).toContain('<time datetime="2025-02-12">12 February 2025</time>');
    expect(html).toContain('<a href="https://example.org/ledger/story" rel="noopener noreferrer" data-pagefind-filter="source">The Northern Ledger</a>');
    expect(html).toContain('<span>, World</span>');
    expect(html).toContain('<span class="quote__speaker">C. Analyst</span>');
    expect(html).toContain('<span class="quote__role">Senior analyst</span>');
    for (const display of ['Ezekiel', 'Matthew 24', 'Luke 21:7–8', 'Matthew 24:6–7', 'Daniel 7:1–8:2', 'Revelation 13:1–18', 'Revelation 17:3']) {
      expect(html).toContain(`>${display}</a>`);
    }
    expect(html).toContain('href="/scripture/luke/21/"');
    expect(html).toContain('href="/scripture/ezekiel/"');
    expect(html).toContain('<a href="/topics/formatting/" data-pagefind-filter="topic">Formatting</a>');
    expect(html).toContain('<meta name="description" content="A fixture that exercises GitHub-flavoured Markdown.">');
    expect(html).toContain('<link rel="canonical" href="https://watchman.example.org/articles/gfm-sample/">');
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toContain('<meta property="og:image" content="https://watchman.example.org/og/gfm-sample.png">');
    expect(html).toContain('<meta property="og:image:alt" content="Formatting: Tables, Footnotes and Other GFM. By Ada Author, 10 February 2025. Watchman Notes.">');
    expect(existsSync(join(site.dist, 'og/gfm-sample.png'))).toBe(true);
    expect(existsSync(join(site.dist, 'og/secret-draft.png'))).toBe(false);
  });

  it('lists the headings of a long article in a table of contents, and not for a short one', () => {
    const html = page('articles/gfm-sample/index.html');
    expect(html).toMatch(/<nav class="toc"[^>]*>[\s\S]*<a href="#background">Background<\/a>[\s\S]*<a href="#the-report">The report<\/a>[\s\S]*<a href="#commentary">Commentary<\/a>/);
    expect(html).toContain('<h2 id="background">Background</h2>');
    expect(page('articles/mdx-sample/index.html')).not.toContain('class="toc"');
  });

  it('emits NewsArticle JSON-LD with author, dates and the cited source', () => {
    const html = page('articles/gfm-sample/index.html');
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    expect(json).toBeDefined();
    const data = JSON.parse(json!);
    expect(data['@type']).toBe('OpinionNewsArticle');
    expect(data.datePublished).toBe('2025-02-10');
    expect(data.dateModified).toBe('2025-02-12');
    expect(data.author[0]).toMatchObject({ '@type': 'Person', name: 'Ada Author', url: 'https://watchman.example.org/authors/ada-author/' });
    expect(data.citation).toMatchObject({ url: 'https://example.org/ledger/story' });
  });

  it('renders GFM in .md: table, footnote, strikethrough, task list, autolink', () => {
    const html = page('articles/gfm-sample/index.html');
    expect(html).toMatch(/<table>[\s\S]*<th>Passage<\/th>/);
    expect(html).toContain('<del>struck</del>');
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*checked/);
    expect(html).toContain('<a href="https://example.org/report">https://example.org/report</a>');
    expect(html).toMatch(/data-footnotes/);
  });

  it('renders GFM and site components in .mdx', () => {
    const html = page('articles/mdx-sample/index.html');
    expect(html).toContain('<p class="callout__title">A note on dates</p>');
    expect(html).toMatch(/<table>[\s\S]*<td>1<\/td>/);
    expect(html).toContain('<del>old</del>');
    expect(html).toMatch(/data-footnotes/);
    // A picture alone in its paragraph becomes a figure in MDX too, its img still optimised and sized by Astro.
    const figure = /<figure class="figure">(.*?)<\/figure>/s.exec(html)?.[1] ?? '';
    expect(figure).toMatch(/^<img [^>]*src="\/_astro\/mdx-picture\.[^"]+\.webp"[^>]*><figcaption>A caption written in MDX<\/figcaption>$/);
    expect(figure).toContain('alt="A blue test card"');
    expect(figure).toContain('width="64" height="36"');
    // No summary: the opening of the body stands in.
    expect(html).toContain('<meta name="description" content="The opening paragraph of the MDX article, used as its summary.');
  });

  it('paginates the home page newest first', () => {
    const home = page('index.html');
    const titles = [...home.matchAll(/class="card__title"><a href="\/articles\/([^/]+)\/"/g)].map((m) => m[1]);
    expect(titles.slice(0, 3)).toEqual(['mdx-sample', 'gfm-sample', 'filler-11']);
    expect(titles).toHaveLength(10);
    const second = page('page/2/index.html');
    expect([...second.matchAll(/class="card__title"><a href="\/articles\/([^/]+)\/"/g)].map((m) => m[1])).toEqual(['filler-3', 'filler-2', 'filler-1']);
    expect(home).toContain('href="/page/2/"');
  });

  it('has author, topic, source and year pages', () => {
    expect(page('authors/ada-author/index.html')).toContain('Articles by Ada Author (13)');
    expect(page('authors/ben-writer/index.html')).toContain('No articles yet.');
    expect(page('topics/economy/index.html')).toContain('11 articles');
    expect(page('sources/harbor-city-times/index.html')).toContain('Filler Article Number 11');
    expect(page('sources/the-northern-ledger/index.html')).toContain('Tables, Footnotes and Other GFM');
    expect(page('archive/2024/index.html')).toContain('11 articles');
    expect(page('archive/index.html')).toContain('href="/archive/2025/"');
    expect(existsSync(join(site.dist, '404.html'))).toBe(true);
  });

  it('publishes an RSS feed and a sitemap of the published pages', () => {
    const rss = page('rss.xml');
    expect(rss).toContain('<link>https://watchman.example.org/articles/gfm-sample/</link>');
    expect(rss).toContain('<dc:creator>Ada Author</dc:creator>');
    expect((rss.match(/<item>/g) ?? []).length).toBe(13);
    const sitemap = page('sitemap-0.xml');
    expect(sitemap).toContain('https://watchman.example.org/articles/mdx-sample/');
    expect(existsSync(join(site.dist, 'sitemap-index.xml'))).toBe(true);
    // The Google News sitemap is off unless the site config switches it on (tests/build/feeds.test.ts).
    expect(existsSync(join(site.dist, 'news-sitemap.xml'))).toBe(false);
    expect(page('sitemap-index.xml')).not.toContain('news-sitemap');
  });

  it('ships no source maps', () => {
    expect(allFiles(site.dist).filter((f) => f.endsWith('.map'))).toEqual([]);
  });
});
