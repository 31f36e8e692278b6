// The search-index step's input and reuse: Pagefind reads the article pages of every edition, and an
// index is copied from the project cache only when every article page is byte-identical; otherwise it
// is rebuilt, and the result always equals a clean build of the same tree (a deleted article's entry gone).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEditionsSearchIndex, pageIdsByUrl } from '../../src/lib/build/steps/search-index.ts';
import { articlePageGlob } from '../../src/lib/build/steps/search-index-input.ts';

const work = mkdtempSync(join(tmpdir(), 'search-index-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function page(lang: string, title: string, text: string): string {
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><nav>navigation words</nav><article data-pagefind-body><h1 data-pagefind-meta="title">${title}</h1><p>${text}</p></article></body></html>`;
}

function writePage(dist: string, path: string, html: string): void {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(join(dist, path, 'index.html'), html);
}

/** A site: two English articles, one German, and a page that is not an article but carries a body. */
function site(name: string): string {
  const dist = join(work, name);
  writePage(dist, 'articles/first', page('en', 'First', 'The temple and the covenant.'));
  writePage(dist, 'articles/second', page('en', 'Second', 'A ceasefire in Berlin.'));
  writePage(dist, 'de/articles/erster', page('de', 'Erster', 'Der Tempel und der Bund.'));
  writePage(dist, 'about', page('en', 'About', 'About this site.'));
  return dist;
}

/** Every file under `dir` with its bytes, by relative path. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const abs = join(at, name);
      if (statSync(abs).isDirectory()) visit(abs);
      else out.set(relative(dir, abs), readFileSync(abs).toString('base64'));
    }
  };
  visit(dir);
  return out;
}

const editions = [
  { folder: '', citing: [] },
  { folder: 'de', citing: [] },
];

describe('search index input', () => {
  it('names the article pages of each edition folder in one glob', () => {
    expect(articlePageGlob([''])).toBe('articles/*/index.html');
    expect(articlePageGlob(['de', ''])).toBe('{articles,de/articles}/*/index.html');
  });

  it('indexes the article pages of every edition and no other page', async () => {
    const dist = site('input');
    const indexed = await buildEditionsSearchIndex(dist, editions);
    expect(indexed).toEqual({ total: 3, byLanguage: { en: 2, de: 1 }, reused: false });
    expect([...pageIdsByUrl(join(dist, 'pagefind')).keys()].sort()).toEqual(['/articles/first/', '/articles/second/', '/de/articles/erster/']);
  });
});

describe('search index order', () => {
  // Pagefind numbers pages in the order its directory walk meets them, which is the file system's: by
  // name hash on ext4, by creation on tmpfs and btrfs, where Astro's order of writing (four pages at a
  // time, restored or rendered) would then decide the index's bytes. tmpfs shows it when there is one.
  const base = existsSync('/dev/shm') && statSync('/dev/shm').isDirectory() ? mkdtempSync('/dev/shm/search-index-order-') : mkdtempSync(join(work, 'order-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const ids = Array.from({ length: 40 }, (_, i) => `article-${String(i).padStart(2, '0')}`);

  function writtenInOrder(name: string, order: readonly string[]): string {
    const dist = join(base, name);
    for (const id of order) writePage(dist, `articles/${id}`, page('en', `Title ${id}`, `The temple, the covenant and article ${id}.`));
    return dist;
  }

  it('does not depend on the order in which the pages were written', async () => {
    const forwards = writtenInOrder('forwards', ids);
    const backwards = writtenInOrder('backwards', [...ids].reverse());
    await buildEditionsSearchIndex(forwards, [{ folder: '', citing: [] }]);
    await buildEditionsSearchIndex(backwards, [{ folder: '', citing: [] }]);
    expect(tree(join(backwards, 'pagefind'))).toEqual(tree(join(forwards, 'pagefind')));
    // Nothing of the step is left beside the index.
    expect(readdirSync(forwards).sort()).toEqual(['articles', 'pagefind', 'search']);
  });
});

describe('search index reuse', () => {
  const cacheDir = join(work, 'cache');

  it('copies the previous index only when every article page is unchanged, and it equals a clean build', async () => {
    const first = site('first');
    expect((await buildEditionsSearchIndex(first, editions, { cacheDir })).reused).toBe(false);
    const built = tree(join(first, 'pagefind'));
    // Publishing removes the previous output: the kept index must not depend on it (hard links, not references).
    rmSync(first, { recursive: true });
    const again = site('again');
    // A page that is not an article changed: the index's input did not.
    writePage(again, 'about', page('en', 'About', 'Something else entirely.'));
    const reused = await buildEditionsSearchIndex(again, editions, { cacheDir });
    expect(reused).toEqual({ total: 3, byLanguage: { en: 2, de: 1 }, reused: true });
    expect(tree(join(again, 'pagefind'))).toEqual(built);
  });

  it('rebuilds after one article changed, exactly as a clean build of the same tree', async () => {
    const edited = site('edited');
    // A typo fixed: the page keeps its length, so only its bytes tell the change.
    writePage(edited, 'articles/second', page('en', 'Second', 'A ceasefire in Bremen.'));
    const clean = join(work, 'edited-clean');
    cpSync(edited, clean, { recursive: true });
    expect((await buildEditionsSearchIndex(edited, editions, { cacheDir })).reused).toBe(false);
    await buildEditionsSearchIndex(clean, editions);
    expect(tree(join(edited, 'pagefind'))).toEqual(tree(join(clean, 'pagefind')));
  });

  it('drops a deleted article\'s entry instead of reusing the index that held it', async () => {
    const before = site('before-delete');
    await buildEditionsSearchIndex(before, editions, { cacheDir });
    const after = site('after-delete');
    rmSync(join(after, 'articles/second'), { recursive: true });
    const clean = join(work, 'after-delete-clean');
    cpSync(after, clean, { recursive: true });
    const indexed = await buildEditionsSearchIndex(after, editions, { cacheDir });
    expect(indexed).toEqual({ total: 2, byLanguage: { en: 1, de: 1 }, reused: false });
    expect(pageIdsByUrl(join(after, 'pagefind')).has('/articles/second/')).toBe(false);
    // Its fragment, which the new index was built over, is gone too (a draft's text must not stay downloadable).
    await buildEditionsSearchIndex(clean, editions);
    expect(tree(join(after, 'pagefind'))).toEqual(tree(join(clean, 'pagefind')));
  });

  it('writes only the fragments of changed pages: the others are the previous index\'s files', async () => {
    const previous = site('seed-previous');
    await buildEditionsSearchIndex(previous, editions, { cacheDir });
    const fragmentsOf = (dist: string) => new Map([...pageIdsByUrl(join(dist, 'pagefind'))].map(([url, id]) => [url, statSync(join(dist, 'pagefind/fragment', `${id}.pf_fragment`)).ino]));
    const before = fragmentsOf(previous);
    const next = site('seed-next');
    writePage(next, 'articles/first', page('en', 'First', 'The temple, the covenant and a new paragraph.'));
    writePage(next, 'articles/third', page('en', 'Third', 'An article added since.'));
    const clean = join(work, 'seed-next-clean');
    cpSync(next, clean, { recursive: true });
    await buildEditionsSearchIndex(next, editions, { cacheDir });
    const after = fragmentsOf(next);
    // Unchanged pages: the very files of the previous index (hard links), not written again.
    expect(after.get('/articles/second/')).toBe(before.get('/articles/second/'));
    expect(after.get('/de/articles/erster/')).toBe(before.get('/de/articles/erster/'));
    // The changed page's fragment is new, and the old one is gone: one fragment per page.
    expect(after.get('/articles/first/')).not.toBe(before.get('/articles/first/'));
    expect(readdirSync(join(next, 'pagefind/fragment'))).toHaveLength(4);
    await buildEditionsSearchIndex(clean, editions);
    expect(tree(join(next, 'pagefind'))).toEqual(tree(join(clean, 'pagefind')));
  });

  it('remembers the address in each fragment it has read, for the fragments the last builds used', async () => {
    const dist = join(work, 'seed-next');
    const { entries } = JSON.parse(readFileSync(join(cacheDir, 'search-fragment-urls.json'), 'utf8')) as { entries: Record<string, [string, number]> };
    const ids = pageIdsByUrl(join(dist, 'pagefind'));
    for (const [url, id] of ids) expect(entries[`${id}.pf_fragment`]).toEqual([url, statSync(join(dist, 'pagefind/fragment', `${id}.pf_fragment`)).size]);
    // This build's four fragments and the one it replaced (first's, before its edit); nothing older.
    expect(Object.keys(entries)).toHaveLength(5);
  });

  it('builds from nothing when a kept fragment cannot be read, and still equals a clean build', async () => {
    const previous = site('broken-previous');
    await buildEditionsSearchIndex(previous, editions, { cacheDir });
    const [entry] = readdirSync(join(cacheDir, 'search-index'));
    const kept = join(cacheDir, 'search-index', entry!, 'fragment');
    const secondId = pageIdsByUrl(join(previous, 'pagefind')).get('/articles/second/')!;
    // Replaced, not written in place: the previous output shares the file.
    rmSync(join(kept, `${secondId}.pf_fragment`));
    writeFileSync(join(kept, `${secondId}.pf_fragment`), 'not a fragment');
    const next = site('broken-next');
    writePage(next, 'articles/first', page('en', 'First', 'The temple, the covenant and one more change.'));
    const clean = join(work, 'broken-next-clean');
    cpSync(next, clean, { recursive: true });
    await buildEditionsSearchIndex(next, editions, { cacheDir });
    await buildEditionsSearchIndex(clean, editions);
    expect(tree(join(next, 'pagefind'))).toEqual(tree(join(clean, 'pagefind')));
  });

  it('keeps one entry in the cache, whatever the number of builds', () => {
    expect(readdirSync(join(cacheDir, 'search-index'))).toHaveLength(1);
  });
});
