// public/_headers: the HTTP security headers a CDN (Cloudflare Pages, Netlify) sends on every path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/build-site.ts';
import { headersFor, parseCsp, parseHeadersFile } from '../support/quality/csp.ts';

const rules = parseHeadersFile(readFileSync(join(REPO, 'public/_headers'), 'utf8'));
/** The headers every page gets (what `/*` and any other matching rule give `/articles/x/`). */
const pageHeaders = new Map<string, string[]>();
for (const [name, value] of headersFor(rules, '/articles/x/')) pageHeaders.set(name, [...(pageHeaders.get(name) ?? []), value]);
const one = (name: string): string => {
  const values = pageHeaders.get(name) ?? [];
  expect(values, `${name} sent once`).toHaveLength(1);
  return values[0]!;
};

describe('public/_headers', () => {
  it('has a rule for every path', () => {
    expect(rules.map((r) => r.pattern)).toContain('/*');
  });

  describe('Content-Security-Policy', () => {
    const policy = () => parseCsp(one('content-security-policy'));

    it("denies by default and locks down frames, plugins and <base>", () => {
      const csp = policy();
      expect(csp.get('default-src')).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'self'"]);
    });

    it("allows 'wasm-unsafe-eval' in script-src only (Pagefind's WebAssembly)", () => {
      const csp = policy();
      expect(csp.get('script-src')).toContain("'wasm-unsafe-eval'");
      for (const [directive, sources] of csp) if (directive !== 'script-src') expect(sources, directive).not.toContain("'wasm-unsafe-eval'");
    });

    it("has no 'unsafe-inline', 'unsafe-eval' or * in any directive", () => {
      for (const [directive, sources] of policy()) {
        for (const source of sources) {
          expect(["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'"], `${directive} ${source}`).not.toContain(source.toLowerCase());
          expect(source.includes('*'), `${directive} ${source}`).toBe(false);
        }
      }
    });
  });

  it('sends HSTS for at least a year, with includeSubDomains', () => {
    const hsts = one('strict-transport-security');
    const maxAge = Number(/(?:^|;)\s*max-age=(\d+)/i.exec(hsts)?.[1]);
    expect(maxAge).toBeGreaterThanOrEqual(31_536_000);
    expect(hsts.split(';').map((d) => d.trim().toLowerCase())).toContain('includesubdomains');
  });

  it('sends X-Content-Type-Options: nosniff', () => {
    expect(one('x-content-type-options').toLowerCase()).toBe('nosniff');
  });

  it('sends a Referrer-Policy that does not leak full URLs cross-origin', () => {
    expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(one('referrer-policy').toLowerCase());
  });

  it('sends a Permissions-Policy that denies powerful features', () => {
    const features = new Map(
      one('permissions-policy')
        .split(',')
        .map((part) => part.trim().split('=') as [string, string]),
    );
    expect(features.size).toBeGreaterThan(0);
    for (const feature of ['camera', 'microphone', 'geolocation']) expect(features.get(feature), feature).toBe('()');
  });
});

describe('public/_headers caching', () => {
  const cacheControl = (path: string) => headersFor(rules, path).filter(([name]) => name === 'cache-control').map(([, value]) => value);

  it('lets browsers keep files named by their content hash for a year, without asking again', () => {
    for (const path of ['/_astro/search.astro_astro_type_script_index_0_lang.B1xq2k9Z.js', '/_astro/BaseLayout.DkV3x_7a.css', '/de/_astro/BaseLayout.DkV3x_7a.css', '/pagefind/fragment/en_3c9f2a1.pf_fragment', '/pagefind/index/en_a81b7c2.pf_index', '/pagefind/filter/en_77d0e1f.pf_filter']) {
      expect(cacheControl(path), path).toEqual(['public, max-age=31536000, immutable']);
    }
  });

  it('leaves pages and files that change under the same name to the CDN’s revalidation', () => {
    // pagefind.js and its WebAssembly must match the index they read; passage files change with any article.
    for (const path of ['/', '/articles/x/', '/search/', '/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/wasm.en.pagefind', '/pagefind/pagefind-entry.json', '/search/passages/Matt.json', '/fonts/inter-latin-400-normal.woff2', '/og/x.png', '/feed.xml']) {
      expect(cacheControl(path), path).toEqual([]);
    }
  });
});

describe('parseHeadersFile', () => {
  it('reads path lines, indented headers, comments and repeated names', () => {
    const parsed = parseHeadersFile('# comment\n/*\n  X-A: 1\n  X-A: 2\n\n/articles/:id/\n  Cache-Control: max-age=60\n');
    expect(parsed.map((r) => r.pattern)).toEqual(['/*', '/articles/:id/']);
    expect(parsed[0]!.headers.get('x-a')).toEqual(['1', '2']);
    expect(headersFor(parsed, '/articles/a/')).toEqual([
      ['x-a', '1'],
      ['x-a', '2'],
      ['cache-control', 'max-age=60'],
    ]);
    expect(headersFor(parsed, '/articles/a/b/')).toEqual([
      ['x-a', '1'],
      ['x-a', '2'],
    ]);
  });

  it('rejects a header outside a path rule', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/line 1/);
  });
});
