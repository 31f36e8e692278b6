import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePageIds, auditBuild, ogImagePaths } from '../../../src/lib/build/steps/audit.ts';

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
  const og = (path: string) => `<head><meta property="og:image" content="https://watchman.example.org${path}"></head>`;
  // Article a has a drawn card; b has a lead image, which Astro wrote under /_astro/, and no card.
  const complete = {
    'articles/a/index.html': og('/og/a.png'),
    'articles/b/index.html': og('/_astro/harbour.Ab12.jpeg'),
    'og/a.png': 'png',
    '_astro/harbour.Ab12.jpeg': 'jpeg',
  };
  const audit = (files: Record<string, string>, extra: { draftIds?: string[]; searchIndexedPages?: number } = {}) =>
    auditBuild(site(files), { publishedIds: ['a', 'b'], draftIds: [], searchIndexedPages: 2, ogCardIds: ['a'], ...extra });

  it('passes when pages, og:images, cards and search entries match the published articles', () => {
    expect(articlePageIds(site(complete)).sort()).toEqual(['a', 'b']);
    expect(audit(complete)).toEqual([]);
  });

  it('fails, saying what to fix, when the search index holds another number of pages', () => {
    expect(audit(complete, { searchIndexedPages: 3 })).toEqual([expect.stringMatching(/^the search index holds 3 pages but the site has 2 article pages \(every article page must carry data-pagefind-body/)]);
  });

  it('fails when a card is missing, belongs to no published article, or was drawn for a lead-image article', () => {
    const { 'og/a.png': _a, ...withoutA } = complete;
    expect(audit(withoutA)).toEqual([
      '1 published article has no Open Graph card in og/ (1 articles need one, 0 cards)',
      '/articles/a/ has og:image /og/a.png, which is not in the built site',
    ]);
    expect(audit({ ...complete, 'og/secret.png': 'png' }, { draftIds: ['secret'] })).toEqual(['og/secret.png is not the card of a published article']);
    expect(audit({ ...complete, 'og/b.png': 'png' })).toEqual(['og/b.png was drawn for an article whose og:image is its lead image']);
  });

  it('fails when an article page has no og:image, two, one missing from the output, or not the one its plan says', () => {
    expect(audit({ ...complete, 'articles/b/index.html': '<head></head>' })).toEqual(['/articles/b/ has 0 og:image tags, not one']);
    expect(audit({ ...complete, 'articles/a/index.html': og('/og/a.png') + og('/og/a.png') })).toEqual(['/articles/a/ has 2 og:image tags, not one']);
    expect(audit({ ...complete, 'articles/b/index.html': og('/_astro/gone.jpeg') })).toEqual(['/articles/b/ has og:image /_astro/gone.jpeg, which is not in the built site']);
    expect(audit({ ...complete, 'articles/a/index.html': og('/_astro/harbour.Ab12.jpeg') })).toEqual(['/articles/a/ has og:image /_astro/harbour.Ab12.jpeg, but its card is /og/a.png']);
    expect(audit({ ...complete, 'og/b.png': 'png', 'articles/b/index.html': og('/og/b.png') })).toEqual([
      'og/b.png was drawn for an article whose og:image is its lead image',
      '/articles/b/ has og:image /og/b.png, but it has a lead image and no card',
    ]);
  });

  it('reads the og:image address whatever the order of the attributes, encoded or not', () => {
    expect(ogImagePaths('<meta content="https://x.example/_astro/a%20b.jpeg?w=1&amp;h=2" property="og:image"><meta property="og:image:alt" content="A">')).toEqual(['/_astro/a b.jpeg']);
  });
});

it('reports a picture of a draft published under its own name', () => {
  const dir = site({ 'articles/a/index.html': '', '_astro/secret-photo.Bx12ab.png': '', '_astro/other.Cd34.png': '' });
  expect(auditBuild(dir, { publishedIds: ['a'], draftIds: ['d'], draftAssets: ['secret-photo'] })).toEqual(['a picture of a draft (secret-photo) was published as _astro/secret-photo.Bx12ab.png']);
  expect(auditBuild(dir, { publishedIds: ['a'], draftIds: ['d'], draftAssets: ['missing'] })).toEqual([]);
});

describe('the audit of one edition in a site of several', () => {
  const og = (path: string) => `<head><meta property="og:image" content="https://watchman.example.org${path}"></head>`;
  const files = {
    'articles/a/index.html': og('/og/a.png'),
    'og/a.png': 'png',
    // The German edition: its own article a (a translation under the same id) and a German-only b.
    'de/articles/a/index.html': og('/de/og/a.png'),
    'de/articles/b/index.html': `${og('/de/og/b.png')}<a href="/de/articles/b/">b</a>`,
    'de/og/a.png': 'png',
    'de/og/b.png': 'png',
  };

  it('audits each edition in its folder, cards at the edition\'s address, and leaves the others\' folders to their own audit', () => {
    const dir = site(files);
    // English: its draft "b" is a German published id; the German folder is not read for it.
    expect(auditBuild(dir, { publishedIds: ['a'], draftIds: ['b'], ogCardIds: ['a'], otherEditionFolders: ['de'] })).toEqual([]);
    expect(auditBuild(join(dir, 'de'), { publishedIds: ['a', 'b'], draftIds: [], ogCardIds: ['a', 'b'], siteDir: dir })).toEqual([]);
  });

  it('finds another edition\'s article in an edition\'s folder, and a card at the wrong edition\'s address', () => {
    const dir = site({ ...files, 'de/articles/a/index.html': og('/og/a.png') });
    expect(auditBuild(join(dir, 'de'), { publishedIds: ['b'], draftIds: [], ogCardIds: ['b'], siteDir: dir })).toEqual(
      expect.arrayContaining(['/articles/a/ was built but is not a published article']),
    );
    expect(auditBuild(join(dir, 'de'), { publishedIds: ['a', 'b'], draftIds: [], ogCardIds: ['a', 'b'], siteDir: dir })).toEqual(['/articles/a/ has og:image /og/a.png, but its card is /de/og/a.png']);
  });
});
