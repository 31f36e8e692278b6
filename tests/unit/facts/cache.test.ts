import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir, codeVersion, fileKey, FileCache } from '../../../src/lib/facts/cache.ts';
import { validateContent, type ArticleOutcome, type SourceFile } from '../../../src/lib/validation/run.ts';
import { checkProject } from '../../../src/lib/validation/check-project.ts';

/** A result without its parse counts, which differ between a fresh run and a cached one by design. */
function withoutParses<T extends { articles: { parses: unknown }[] }>(result: T): T {
  return { ...result, articles: result.articles.map(({ parses: _parses, ...article }) => article) };
}

const TMP = resolve(import.meta.dirname, '../../.tmp/facts-cache');

const author: SourceFile = { path: 'content/authors/ada.md', text: '---\nname: Ada\n---\nBio.\n' };
const article = (id: string, body: string): SourceFile => ({
  path: `content/articles/${id}.md`,
  text: `---\ntitle: ${id}\ndate: 2026-01-02\nauthor: ada\nsource: Example Wire\nquotes:\n  - text: "the talks resume"\n    speaker: A. Minister\n---\n${body}\n`,
});

describe('FileCache', () => {
  it('re-reads a changed file, not an unchanged one', () => {
    const file = join(TMP, 'changed/validation.json');
    rmSync(join(TMP, 'changed'), { recursive: true, force: true });
    const files = [article('a', 'Minister: the talks resume on Monday.'), article('b', 'Nothing said.')];
    const first = new FileCache<ArticleOutcome>(file, 'v1');
    const firstResult = validateContent({ articles: files, authors: [author] }, { cache: first });
    first.save();
    expect([first.hits, first.misses]).toEqual([0, 2]);
    expect(firstResult.problems.map((p) => p.file)).toEqual(['content/articles/b.md']);

    const second = new FileCache<ArticleOutcome>(file, 'v1');
    const edited = [files[0]!, article('b', 'Minister: the talks resume.')];
    const secondResult = validateContent({ articles: edited, authors: [author] }, { cache: second });
    expect([second.hits, second.misses]).toEqual([1, 1]);
    expect(secondResult.problems).toEqual([]);
    // A hit gives the same result as a fresh validation, without parsing the body again.
    const fresh = validateContent({ articles: edited, authors: [author] });
    expect(withoutParses(secondResult)).toEqual(withoutParses(fresh));
    expect(secondResult.articles.map((a) => a.parses.facts)).toEqual([0, 1]);
    expect(fresh.articles.map((a) => a.parses.facts)).toEqual([1, 1]);
  });

  it('starts afresh for another code version, and ignores a damaged file', () => {
    const file = join(TMP, 'version/validation.json');
    rmSync(join(TMP, 'version'), { recursive: true, force: true });
    const first = new FileCache<ArticleOutcome>(file, 'v1');
    first.set('k', { problems: [] });
    first.save();
    expect(new FileCache<ArticleOutcome>(file, 'v1').get('k')).toEqual({ problems: [] });
    expect(new FileCache<ArticleOutcome>(file, 'v2').get('k')).toBeUndefined();
    writeFileSync(file, '{"version": "v1", "entries": {"k": ');
    const damaged = new FileCache<ArticleOutcome>(file, 'v1');
    expect(damaged.get('k')).toBeUndefined();
    damaged.set('k', { problems: [] });
    damaged.save();
    expect(JSON.parse(readFileSync(file, 'utf8')).entries.k).toEqual({ problems: [] });
  });

  it('keeps only the entries this run used', () => {
    const file = join(TMP, 'prune/validation.json');
    rmSync(join(TMP, 'prune'), { recursive: true, force: true });
    const first = new FileCache<ArticleOutcome>(file, 'v1');
    first.set('old', { problems: [] });
    first.set('kept', { problems: [] });
    first.save();
    const second = new FileCache<ArticleOutcome>(file, 'v1');
    second.get('kept');
    second.set('new', { problems: [] });
    second.save();
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).entries).sort()).toEqual(['kept', 'new']);
  });

  it('keys files by path and text, and versions by the code', () => {
    expect(fileKey('a.md', 'x')).not.toBe(fileKey('b.md', 'x'));
    expect(fileKey('a.md', 'x')).not.toBe(fileKey('a.md', 'y'));
    expect(codeVersion()).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('checkProject with the cache on disk', () => {
  it('gives the same problems warm as cold, reading nothing again', () => {
    const root = join(TMP, 'project');
    rmSync(root, { recursive: true, force: true });
    for (const file of [author, article('a', 'Minister: the talks resume on Monday.'), article('b', 'Nothing said.')]) {
      mkdirSync(join(root, file.path, '..'), { recursive: true });
      writeFileSync(join(root, file.path), file.text);
    }
    const cold = checkProject(root);
    const warm = checkProject(root);
    expect(cold.cacheHits).toBe(0);
    expect(warm.cacheHits).toBe(2);
    expect(warm.problems).toEqual(cold.problems);
    expect(withoutParses(warm).articles).toEqual(withoutParses(cold).articles);
    expect(cold.articles.map((a) => a.parses)).toEqual([{ facts: 1, mdxCompile: 0 }]);
    expect(warm.articles.map((a) => a.parses)).toEqual([{ facts: 0, mdxCompile: 0 }]);
    // Cached problems keep the id of the rule that found them.
    expect(warm.problems.map((p) => [p.file, p.rule])).toEqual([['content/articles/b.md', 'quote-in-body']]);
    const stored = readFileSync(join(cacheDir(root), 'validation.json'), 'utf8');
    expect(stored).toContain(codeVersion());
    expect(stored).toContain('"rule":"quote-in-body"');
  });
});
