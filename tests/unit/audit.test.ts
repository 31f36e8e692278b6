import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { auditBuild } from '../../src/lib/audit.ts';

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
