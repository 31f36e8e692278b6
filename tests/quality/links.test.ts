// The internal link checker (tests/support/quality/links.ts) on a known-broken mini site.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, resolveFile } from '../support/quality/links.ts';

let dist: string;

function write(file: string, content: string): void {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), content);
}

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'links-'));
  write(
    'index.html',
    `<!doctype html><html><head>
<link rel="canonical" href="https://site.example/">
<link rel="alternate" href="https://site.example/nope.xml">
<link rel="stylesheet" href="/style.css">
<script src="/missing.js"></script>
<script>var s = '<a href="/in-a-script/">';</script>
</head><body>
<!-- <a href="/in-a-comment/">x</a> -->
<a href="/about/">ok</a>
<a href="about/">ok, relative</a>
<a href="/about/?q=1#team">ok, query and fragment</a>
<a href="/about/#team">ok</a>
<a href="/about/#nope">broken fragment</a>
<a href="/missing/">broken page</a>
<a href="/about">ok: a host serves the directory index</a>
<a href="#local">ok</a><span id="local"></span>
<a href="#gone">broken local fragment</a>
<a href="#">ok</a><a href="#top">ok</a>
<a href="#caf%C3%A9">ok, encoded</a><h2 id="café">Café</h2>
<a href="/about/#legacy">ok, a[name]</a>
<a href='/about/#team' class=x>single quotes</a>
<a href=/unquoted/>broken, unquoted</a>
<a href="https://example.com/x">external</a>
<a href="mailto:a@example.com">mail</a>
<a href="data:text/plain,hi">data</a>
<img src="/img.png" alt="" srcset="/img.png 1x, /img@2x.png 2x">
<form action="/search/"></form>
<a href="/file.txt#frag">fragment on a non-HTML file: not checked</a>
</body></html>`,
  );
  write('about/index.html', '<!doctype html><html><body><h2 id="team">Team</h2><a name="legacy"></a><a href="../">up</a><a href="../#gone">broken</a></body></html>');
  write('style.css', 'body{}');
  write('img.png', 'x');
  write('file.txt', 'x');
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('checkLinks', () => {
  it('finds exactly the broken files and fragments', () => {
    const report = checkLinks(dist, { siteOrigins: ['https://site.example'] });
    const found = report.problems.map((p) => `${p.file} ${p.where} ${p.url} ${p.reason}`).sort();
    expect(found).toEqual(
      [
        'about/index.html a[href] ../#gone missing fragment',
        'index.html a[href] #gone missing fragment',
        'index.html a[href] /about/#nope missing fragment',
        'index.html a[href] /missing/ missing file',
        'index.html a[href] /unquoted/ missing file',
        'index.html form[action] /search/ missing file',
        'index.html img[srcset] /img@2x.png missing file',
        'index.html link[href] https://site.example/nope.xml missing file',
        'index.html script[src] /missing.js missing file',
      ].sort(),
    );
    expect(report.pages).toBe(2);
    expect(report.checked).toBeGreaterThan(20);
  });

  it('ignores the site origin when it is not declared as this site', () => {
    const report = checkLinks(dist);
    expect(report.problems.some((p) => p.url.startsWith('https://site.example/'))).toBe(false);
  });

  it('resolves paths like a static host', () => {
    expect(resolveFile(dist, '/')).toBe('index.html');
    expect(resolveFile(dist, '/about/')).toBe('about/index.html');
    expect(resolveFile(dist, '/about')).toBe('about/index.html');
    expect(resolveFile(dist, '/style.css')).toBe('style.css');
    expect(resolveFile(dist, '/style.css/')).toBeUndefined();
    expect(resolveFile(dist, '/%2e%2e/etc/passwd')).toBe('outside');
    expect(resolveFile(dist, '/%E0%A4%A')).toBeUndefined();
  });
});
