import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePageIds, auditBuild } from '../../src/lib/build/steps/audit.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'audit-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

it('passes when every published article has its page and no draft appears', () => {
  const dir = site({ 'articles/a/index.html': '<a href="/articles/b/">b</a>', 'articles/b/index.html': '', 'index.html': '' });
  expect(auditBuild(dir, { publishedIds: ['a', 'b'], draftIds: ['secret'] })).toEqual([]);
});

it('reports missing and extra pages, drafts linked or named anywhere, and source maps', () => {
  const dir = site({
    'articles/a/index.html': '',
    'articles/extra/index.html': '',
    'rss.xml': '<link>https://x.example/articles/secret/</link>',
    'pagefind/x.json': '"secret"',
    'data.json': '{"id":"secret"}',
    '_astro/app.js.map': '',
  });
  const failures = auditBuild(dir, { publishedIds: ['a', 'b'], draftIds: ['secret'] });
  expect(failures).toEqual(expect.arrayContaining([
    'article "b" has no page at /articles/b/',
    '/articles/extra/ was built but is not a published article',
    'draft "secret" appears in rss.xml',
    'draft "secret" appears in data.json',
    'source maps shipped: _astro/app.js.map',
  ]));
});

describe('the audit scripts/build.ts runs after the search index and the Open Graph cards', () => {
  const complete = { 'articles/a/index.html': '', 'articles/b/index.html': '', 'og/a.png': 'png', 'og/b.png': 'png' };

  it('passes when pages, cards and search entries match the published articles', () => {
    expect(articlePageIds(site(complete)).sort()).toEqual(['a', 'b']);
    expect(auditBuild(site(complete), { publishedIds: ['a', 'b'], draftIds: [], searchIndexedPages: 2, ogImages: true })).toEqual([]);
  });

  it('fails, saying what to fix, when the search index holds another number of pages', () => {
    const failures = auditBuild(site(complete), { publishedIds: ['a', 'b'], draftIds: [], searchIndexedPages: 3, ogImages: true });
    expect(failures).toEqual([expect.stringMatching(/^the search index holds 3 pages but the site has 2 article pages \(every article page must carry data-pagefind-body/)]);
  });

  it('fails when a card is missing or a card belongs to no published article', () => {
    const { 'og/b.png': _b, ...withoutB } = complete;
    expect(auditBuild(site(withoutB), { publishedIds: ['a', 'b'], draftIds: [], searchIndexedPages: 2, ogImages: true })).toEqual([
      '1 published article has no Open Graph card in og/ (2 articles, 1 cards)',
    ]);
    expect(auditBuild(site({ ...complete, 'og/secret.png': 'png' }), { publishedIds: ['a', 'b'], draftIds: ['secret'], searchIndexedPages: 2, ogImages: true })).toEqual([
      'og/secret.png is not the card of a published article',
    ]);
  });
});

it('reports a picture of a draft published under its own name', () => {
  const dir = site({ 'articles/a/index.html': '', '_astro/secret-photo.Bx12ab.png': '', '_astro/other.Cd34.png': '' });
  expect(auditBuild(dir, { publishedIds: ['a'], draftIds: ['d'], draftAssets: ['secret-photo'] })).toEqual(['a picture of a draft (secret-photo) was published as _astro/secret-photo.Bx12ab.png']);
  expect(auditBuild(dir, { publishedIds: ['a'], draftIds: ['d'], draftAssets: ['missing'] })).toEqual([]);
});
