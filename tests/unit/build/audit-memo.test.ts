import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditOutput, type AuditInput } from '../../../src/lib/build/steps/audit.ts';
import { auditMemoKey, auditMemoPath, loadAuditMemo, saveAuditMemo } from '../../../src/lib/build/steps/audit-memo.ts';
import { comparableWords } from '../../../src/lib/build/draft-text.ts';
import { writeTree } from '../../support/file-tree.ts';

const ARTICLES = Array.from({ length: 12 }, (_, n) => `article-${n}`);
const SECRET_WORDS = 'the harbour watchman counted seven lanterns above the northern gate before dawn'.split(' ');
const og = (id: string) => `<meta property="og:image" content="https://watchman.example.org/og/${id}.png">`;

/** A built site of twelve articles, their cards, list pages, a feed and a search index folder. */
function builtSite(): string {
  const files: Record<string, string> = {
    'index.html': ARTICLES.map((id) => `<a href="/articles/${id}/">${id}</a>`).join(''),
    'rss.xml': ARTICLES.map((id) => `<link>https://watchman.example.org/articles/${id}/</link>`).join(''),
    'pagefind/pagefind-entry.json': '{"version":"1"}',
  };
  for (const id of ARTICLES) {
    files[`articles/${id}/index.html`] = `<html><head>${og(id)}</head><body><h1>${id}</h1><p>${'Plain words about the archive. '.repeat(4)}${id}.</p></body></html>`;
    files[`og/${id}.png`] = 'png';
  }
  return writeTree('audit-memo-', files);
}

const input: AuditInput = {
  publishedIds: ARTICLES,
  draftIds: ['secret-draft'],
  draftRuns: [{ draftId: 'secret-draft', words: comparableWords(SECRET_WORDS.join(' ')) }],
  ogCardIds: ARTICLES,
  searchIndexedPages: ARTICLES.length,
};
const TEXT_FILES = ARTICLES.length + 3;

/** One build's audit as scripts/build.ts runs it: the memo loaded from and saved to the cache folder. */
function audit(dir: string, cache: string, given: AuditInput = input) {
  const file = auditMemoPath(cache, 'en');
  const result = auditOutput(dir, given, loadAuditMemo(file, auditMemoKey(given)));
  saveAuditMemo(file, result.memo);
  return result;
}

/** Replaces `part` of a file with `planted` (padded to the same length) and gives the file back its modification time. */
function plantUnseen(path: string, part: RegExp, planted: string): void {
  const before = statSync(path);
  const original = readFileSync(path, 'utf8');
  const text = original.replace(part, (found) => planted.padEnd(found.length, ' '));
  expect(text).not.toBe(original);
  expect(text.length).toBe(before.size);
  writeFileSync(path, text);
  utimesSync(path, before.atime, before.mtime);
}

describe('the audit reads again only what changed', () => {
  it('reads every text file once, then none when the output is unchanged, then only the file that changed', () => {
    const dir = builtSite();
    const cache = mkdtempSync(join(tmpdir(), 'audit-cache-'));
    const cold = audit(dir, cache);
    expect(cold.failures).toEqual([]);
    expect(cold.filesRead).toBe(TEXT_FILES);
    expect(audit(dir, cache)).toMatchObject({ failures: [], filesRead: 0, filesRemembered: TEXT_FILES });

    writeFileSync(join(dir, 'articles/article-3/index.html'), `<html><head>${og('article-3')}</head><body><p>An edited body.</p></body></html>`);
    expect(audit(dir, cache)).toMatchObject({ failures: [], filesRead: 1, filesRemembered: TEXT_FILES - 1 });
  });

  it('trusts bytes, not modification times: a copy of every file (as Astro restores skipped pages) is not read again', () => {
    const dir = builtSite();
    const cache = mkdtempSync(join(tmpdir(), 'audit-cache-'));
    audit(dir, cache);
    const copy = mkdtempSync(join(tmpdir(), 'audit-copy-'));
    for (const path of ['index.html', 'rss.xml', ...ARTICLES.map((id) => `articles/${id}/index.html`), ...ARTICLES.map((id) => `og/${id}.png`)]) {
      mkdirSync(join(copy, path, '..'), { recursive: true });
      copyFileSync(join(dir, path), join(copy, path));
    }
    expect(audit(copy, cache)).toMatchObject({ failures: [], filesRead: 0 });
  });

  it('catches a draft leak planted in a file whose size and modification time did not change', () => {
    const dir = builtSite();
    const cache = mkdtempSync(join(tmpdir(), 'audit-cache-'));
    audit(dir, cache);
    // The draft's id where an article's id was, and a run of its text in another page.
    plantUnseen(join(dir, 'index.html'), /<a href="\/articles\/article-10\/">article-10<\/a>/, '<a href="/articles/secret-draft/">x</a>');
    plantUnseen(join(dir, 'articles/article-5/index.html'), /<h1>.*<\/p>/, `<p>${SECRET_WORDS.join(' ')}</p>`);
    const result = audit(dir, cache);
    expect(result.filesRead).toBe(2);
    expect([...result.failures].sort()).toEqual(['draft "secret-draft" appears in index.html', 'text of draft "secret-draft" appears in articles/article-5/index.html']);
    // Found again by the next audit, from the memo, without reading.
    expect(audit(dir, cache)).toMatchObject({ failures: result.failures, filesRead: 0 });
  });

  it('keeps the counts exact over an unchanged tree: a missing page, a deleted article\'s stale page, a card too many', () => {
    const dir = builtSite();
    const cache = mkdtempSync(join(tmpdir(), 'audit-cache-'));
    audit(dir, cache);
    rmSync(join(dir, 'articles/article-2'), { recursive: true });
    mkdirSync(join(dir, 'articles/deleted'));
    // The stale page has the bytes of a page the memo knows: nothing to read, still reported.
    copyFileSync(join(dir, 'articles/article-4/index.html'), join(dir, 'articles/deleted/index.html'));
    rmSync(join(dir, 'og/article-2.png'));
    writeFileSync(join(dir, 'og/deleted.png'), 'png');
    const result = audit(dir, cache, { ...input, publishedIds: ARTICLES.filter((id) => id !== 'article-2'), ogCardIds: ARTICLES.filter((id) => id !== 'article-2'), searchIndexedPages: ARTICLES.length - 1 });
    expect(result.filesRead).toBe(0);
    expect(result.failures).toEqual(expect.arrayContaining([
      '/articles/deleted/ was built but is not a published article',
      'og/deleted.png is not the card of a published article',
    ]));
    const missing = audit(dir, cache);
    // Audited as if article-2 were still published: its missing page is found without reading a file.
    expect(missing.filesRead).toBe(0);
    expect(missing.failures).toContain('article "article-2" has no page at /articles/article-2/');
  });

  it('reads everything again when the drafts it looks for change, and finds a new draft in an unchanged file', () => {
    const dir = builtSite();
    const cache = mkdtempSync(join(tmpdir(), 'audit-cache-'));
    audit(dir, cache);
    // article-7 became a draft: its page is gone, but the home page and the feed still link it.
    rmSync(join(dir, 'articles/article-7'), { recursive: true });
    rmSync(join(dir, 'og/article-7.png'));
    const published = ARTICLES.filter((id) => id !== 'article-7');
    const result = audit(dir, cache, { ...input, publishedIds: published, ogCardIds: published, searchIndexedPages: published.length, draftIds: ['secret-draft', 'article-7'] });
    expect(result.filesRead).toBe(TEXT_FILES - 1);
    expect([...result.failures].sort()).toEqual(['draft "article-7" appears in index.html', 'draft "article-7" appears in rss.xml']);
  });

  it('starts afresh from a damaged memo or one of another key', () => {
    const cache = mkdtempSync(join(tmpdir(), 'audit-cache-'));
    const file = auditMemoPath(cache, 'en');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, '{"format":1,"key":');
    expect(loadAuditMemo(file, 'k').entries.size).toBe(0);
    saveAuditMemo(file, { key: 'k', entries: new Map([['h', { draftIds: [] }]]) });
    expect(loadAuditMemo(file, 'k').entries.size).toBe(1);
    expect(loadAuditMemo(file, 'other').entries.size).toBe(0);
    writeFileSync(file, JSON.stringify({ format: 1, key: 'k', entries: { h: { draftIds: 'not a list' } } }));
    expect(loadAuditMemo(file, 'k').entries.size).toBe(0);
    expect(auditMemoKey({ draftIds: ['a', 'b'] }, 'code')).toBe(auditMemoKey({ draftIds: ['b', 'a'] }, 'code'));
    expect(auditMemoKey({ draftIds: ['a'] }, 'code')).not.toBe(auditMemoKey({ draftIds: ['a'] }, 'other code'));
  });
});
