// The quality gates' own helpers: the HTML tokenizer, the article-text stripper, CSP hash checks and hygiene rules.
import { describe, expect, it } from 'vitest';
import { elementRanges, emptyElements, startTags } from '../support/quality/html.ts';
import { sizeBreakdown, withoutArticleText } from '../support/quality/sizes.ts';
import { inlineHashProblems, parseCsp, sha256Source } from '../support/quality/csp.ts';
import { htmlHygiene } from '../support/quality/hygiene.ts';
import { sitemapPaths, urlPathOf } from '../support/quality/dist.ts';

describe('startTags', () => {
  it('reads attributes in every quoting style and decodes entities', () => {
    const [a] = startTags(`<a href='/x?a=1&amp;b=2' data-x=y title="a &quot;b&quot;" hidden>`);
    expect(Object.fromEntries(a!.attrs)).toEqual({ href: '/x?a=1&b=2', 'data-x': 'y', title: 'a "b"', hidden: '' });
  });

  it('skips comments and keeps script and style text raw', () => {
    const tags = startTags('<!-- <a href="/c"> --><script>if (a < b) x = "<a href=\'/d\'>";</script><style>p>a{}</style><p>');
    expect(tags.map((t) => t.name)).toEqual(['script', 'style', 'p']);
    expect(tags[0]!.text).toBe(`if (a < b) x = "<a href='/d'>";`);
    expect(tags[1]!.text).toBe('p>a{}');
  });
});

describe('withoutArticleText', () => {
  it('empties <div class="prose">, nested divs included, and keeps the rest', () => {
    const html = '<main><div class="prose wide"><div>a<div>b</div></div><p>c</p></div><div class="x">keep</div></main>';
    expect(withoutArticleText(html)).toBe('<main><div class="prose wide"></div><div class="x">keep</div></main>');
  });

  it('fails loudly when the page has no prose element', () => {
    expect(() => withoutArticleText('<main><p>x</p></main>')).toThrow(/prose/);
  });

  it('reports how much it cut', () => {
    expect(emptyElements('<div class="prose">12345</div>', (t) => t.name === 'div')).toMatchObject({ matched: 1, removed: 5 });
  });
});

describe('elementRanges and sizeBreakdown', () => {
  it('finds each element with its parent; an end tag closes what is left open inside it', () => {
    const ranges = elementRanges('<html><body><main><p>a</p><p>b</main><img src=x></body></html>');
    expect(ranges.map((r) => `${r.tag.name}<${r.parent?.tag.name ?? ''}`)).toEqual(['html<', 'body<html', 'main<body', 'p<main', 'p<main', 'img<body']);
    expect(ranges.find((r) => r.tag.name === 'main')!.end).toBe('<html><body><main><p>a</p><p>b</main>'.length);
    expect(ranges[4]!.end).toBe(ranges[2]!.end);
  });

  it("names the parts of a page that cost the most, the article's own wrapper excluded", () => {
    const big = Array.from({ length: 200 }, (_, i) => `<li>verse ${i * 7919}</li>`).join('');
    const html = `<html><head><style>p{}</style></head><body><header>h</header><main><article class="article"><section class="scripture"><ul>${big}</ul></section><p>x</p></article></main></body></html>`;
    const parts = sizeBreakdown(html);
    expect(parts[0]!.part).toBe('section.scripture');
    expect(parts.map((p) => p.part)).not.toContain('article.article');
  });
});

describe('inline scripts and styles against the CSP', () => {
  const style = 'p{color:red}';
  const script = 'console.log(1)';
  const page = (policy: string) =>
    `<head><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style><script>${script}</script><script type="application/ld+json">{"a":1}</script><script src="/x.js"></script></head>`;

  it('passes when every inline block has its hash in the <meta> policy', () => {
    const result = inlineHashProblems(page(`script-src 'self' ${sha256Source(script)}; style-src 'self' ${sha256Source(style)}`));
    expect(result).toEqual({ inline: 2, problems: [] });
  });

  it('names each block whose hash is missing, and skips JSON-LD and external scripts', () => {
    const result = inlineHashProblems(page(`script-src 'self'; style-src 'self' ${sha256Source(style)}`));
    expect(result.problems).toEqual([{ element: 'script', hash: sha256Source(script), excerpt: script, reason: 'hash not in the <meta> policy' }]);
  });

  it('also requires every extra policy (the _headers CSP) to allow the block', () => {
    const meta = `script-src 'self' ${sha256Source(script)}; style-src 'self' ${sha256Source(style)}`;
    const result = inlineHashProblems(page(meta), [{ name: 'header', policy: parseCsp("default-src 'none'; script-src 'self'; style-src 'self'") }]);
    expect(result.problems.map((p) => `${p.element} ${p.reason}`)).toEqual(['style not allowed by the header policy', 'script not allowed by the header policy']);
    const lenient = inlineHashProblems(page(meta), [{ name: 'header', policy: parseCsp("img-src 'self'") }]);
    expect(lenient.problems).toEqual([]);
  });

  it('treats a page without a CSP meta as a problem', () => {
    expect(inlineHashProblems('<style>p{}</style>').problems[0]?.reason).toBe('no CSP meta');
  });
});

describe('htmlHygiene', () => {
  it('finds inline handlers, style attributes and javascript: URLs, but not text that looks like them', () => {
    const html = `<meta http-equiv="content-security-policy" content="default-src 'none'">
<img src="x" onerror="alert(1)"><p style="color:red">onclick="x" in text</p>
<a href=" JaVa&#x09;script:alert(1)">x</a><a href="/javascript:-a-guide/">ok</a><meta name="description" content="javascript: the good parts">`;
    expect(htmlHygiene('x.html', html).problems.map((p) => p.rule)).toEqual(['inline-handler', 'style-attribute', 'javascript-url']);
  });
});

describe('dist helpers', () => {
  it('maps files to URL paths and reads sitemap paths', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('articles/a/index.html')).toBe('/articles/a/');
    expect(urlPathOf('404.html')).toBe('/404.html');
    expect(sitemapPaths('<urlset><url><loc>https://s.example/a/</loc></url><url><loc>https://s.example/b/?x=1&amp;y=2</loc></url></urlset>')).toEqual(['/a/', '/b/?x=1&y=2']);
  });
});
