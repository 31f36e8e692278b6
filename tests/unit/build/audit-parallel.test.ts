// The audit with its files scanned on worker threads (auditOutputInParallel) returns auditOutput's very
// result: failures, files read and remembered, the memo and the hashes, cold and over a memo, with
// draft leaks and og:image faults planted; a worker that cannot start leaves the reading to the main thread.
import { describe, expect, it } from 'vitest';
import { auditOutput, auditOutputInParallel, type AuditInput } from '../../../src/lib/build/steps/audit.ts';
import { auditMemoKey } from '../../../src/lib/build/steps/audit-memo.ts';
import { comparableWords } from '../../../src/lib/build/draft-text.ts';
import { writeTree } from '../../support/file-tree.ts';

const ARTICLES = Array.from({ length: 40 }, (_, n) => `article-${n}`);
const SECRET = 'the harbour watchman counted seven lanterns above the northern gate before dawn';
const og = (path: string) => `<meta property="og:image" content="https://watchman.example.org${path}">`;

/** A built site of forty articles with cards, lists and a feed; three pages leak a draft, two have a wrong og:image. */
function builtSite(): string {
  const files: Record<string, string> = {
    'index.html': ARTICLES.map((id) => `<a href="/articles/${id}/">${id}</a>`).join(''),
    'rss.xml': `${ARTICLES.map((id) => `<link>https://watchman.example.org/articles/${id}/</link>`).join('')}<link>https://watchman.example.org/articles/secret-draft/</link>`,
    'data.json': '{"id":"secret-draft"}',
    'pagefind/x.json': '"secret-draft"',
  };
  ARTICLES.forEach((id, n) => {
    const image = n === 7 ? og('/og/missing.png') : n === 9 ? `${og(`/og/${id}.png`)}${og(`/og/${id}.png`)}` : og(`/og/${id}.png`);
    const body = n === 3 ? `<p>${SECRET.toUpperCase()}</p>` : `<p>${'Plain words about the archive. '.repeat(4)}${id}.</p>`;
    files[`articles/${id}/index.html`] = `<html><head>${image}</head><body><h1>${id}</h1>${body}</body></html>`;
    files[`og/${id}.png`] = 'png';
  });
  // Two pages with the same bytes: the second is remembered from the first within one audit.
  files['copy/index.html'] = files['index.html']!;
  return writeTree('audit-parallel-', files);
}

const input: AuditInput = {
  publishedIds: ARTICLES,
  draftIds: ['secret-draft'],
  draftRuns: [{ draftId: 'secret-draft', words: comparableWords(SECRET) }],
  ogCardIds: ARTICLES,
  searchIndexedPages: ARTICLES.length,
};
const pool = { threads: 2, minItems: 0, batch: 3 };

describe('the audit on worker threads', () => {
  it('finds what the audit on one thread finds, cold and over the last memo', async () => {
    const dir = builtSite();
    const single = auditOutput(dir, input);
    expect(single.failures.length).toBeGreaterThanOrEqual(5);
    expect(single.failures).toEqual(expect.arrayContaining(['text of draft "secret-draft" appears in articles/article-3/index.html', 'draft "secret-draft" appears in rss.xml', 'draft "secret-draft" appears in data.json']));
    const { threads, ...parallel } = await auditOutputInParallel(dir, input, undefined, pool);
    expect(parallel).toEqual(single);
    // Every article page and text file was scanned by a worker (index, feed, data, search file, copy).
    expect(threads).toEqual({ files: ARTICLES.length + 5, threads: 2, failed: 0 });
    expect(single.filesRemembered).toBe(1);

    const memo = { ...single.memo, key: auditMemoKey(input) };
    const warm = auditOutput(dir, input, memo);
    expect(warm.filesRead).toBe(0);
    const { threads: _threads, ...warmParallel } = await auditOutputInParallel(dir, input, memo, pool);
    expect(warmParallel).toEqual(warm);
  }, 60_000);

  it('reads on the main thread what no worker scanned', async () => {
    const dir = builtSite();
    const failing = new URL('./no-such-worker.ts', import.meta.url);
    const { threads, ...parallel } = await auditOutputInParallel(dir, input, undefined, { ...pool, worker: failing });
    expect(parallel).toEqual(auditOutput(dir, input));
    expect(threads).toEqual({ files: 0, threads: 2, failed: 2 });
  }, 60_000);
});
