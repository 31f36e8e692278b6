// The benchmark corpus: deterministic for a seed, and every article valid under the content contract.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleId, generateArticle, generateCorpus, writeCorpus, AUTHOR_COUNT } from '../../../scripts/bench/corpus/index.ts';
import { checkProject } from '../../../src/lib/validation/check-project.ts';
import { parseReference } from '../../../src/lib/scripture/index.ts';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';

const temp: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  temp.push(dir);
  return dir;
};
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the benchmark corpus generator', () => {
  it('gives identical bytes for the same seed', () => {
    const a = tempDir();
    const b = tempDir();
    const first = writeCorpus(join(a, 'content'), { count: 30, seed: 7 });
    writeCorpus(join(b, 'content'), { count: 30, seed: 7 });
    expect(first.paths).toHaveLength(30 + AUTHOR_COUNT);
    for (const path of first.paths) {
      expect(readFileSync(join(b, 'content', path))).toEqual(readFileSync(join(a, 'content', path)));
    }
    // Streaming to disk writes exactly what the in-memory generator makes.
    const inMemory = generateCorpus({ count: 30, seed: 7 });
    expect(inMemory.articles).toEqual(first.articles);
    expect(inMemory.files.map((f) => f.path)).toEqual(first.paths);
    for (const file of inMemory.files) expect(readFileSync(join(a, 'content', file.path), 'utf8')).toBe(file.text);
    expect(first.bytes).toBe(inMemory.files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0));
  });

  it('gives different content for a different seed', () => {
    const one = generateCorpus({ count: 30, seed: 7 });
    const two = generateCorpus({ count: 30, seed: 8 });
    const same = one.files.filter((f, i) => f.text === two.files[i]!.text);
    expect(same).toHaveLength(0);
  });

  it('makes article i the same whatever the corpus size, so a small corpus is a prefix of a large one', () => {
    const small = generateCorpus({ count: 10, seed: 3 });
    const large = generateCorpus({ count: 40, seed: 3 });
    expect(large.files.slice(0, small.files.length)).toEqual(small.files);
    expect(generateArticle(3, 40).info.id).toBe(articleId(3, 40));
  });

  it('writes only contract-valid content: check finds no problem at all', () => {
    const root = tempDir();
    const corpus = writeCorpus(join(root, 'content'), { count: 150, seed: 11 });
    const result = checkProject(root);
    expect(result.problems).toEqual([]);
    expect(result.authors).toHaveLength(AUTHOR_COUNT);
    expect(result.articles).toHaveLength(150);
    // Exactly 1% drafts and 1% MDX (with a Callout), by index.
    expect(corpus.articles.filter((a) => a.draft).map((a) => a.index)).toEqual([37, 137]);
    expect(corpus.articles.filter((a) => a.mdx).map((a) => a.index)).toEqual([71]);
    const mdx = readFileSync(join(root, 'content', corpus.paths.find((p) => p.endsWith('.mdx'))!), 'utf8');
    expect(mdx).toMatch(/<Callout title="[^"]+">[\s\S]+<\/Callout>/);
    expect(result.articles.filter((a) => a.data.draft).map((a) => a.id).sort()).toEqual(corpus.articles.filter((a) => a.draft).map((a) => a.id).sort());
  });

  it('has realistic articles: ~900 words, 1–3 quotes, headings, a blockquote, a list and links', () => {
    const corpus = generateCorpus({ count: 200, seed: 5 });
    const mean = corpus.articles.reduce((s, a) => s + a.words, 0) / corpus.articles.length;
    expect(mean).toBeGreaterThan(820);
    expect(mean).toBeLessThan(980);
    for (const file of corpus.files.filter((f) => f.path.startsWith('articles/'))) {
      const split = splitFrontmatter(file.text);
      if (!split.ok) throw new Error(`${file.path}: frontmatter does not parse`);
      const data = split.data as { quotes: unknown[]; date: string; topics: string[] };
      expect(data.quotes.length).toBeGreaterThanOrEqual(1);
      expect(data.quotes.length).toBeLessThanOrEqual(3);
      expect(split.body).toMatch(/^## /m);
      expect(split.body).toMatch(/^### /m);
      expect(split.body).toMatch(/^> /m);
      expect(split.body).toMatch(/^- /m);
      expect(split.body).toMatch(/\]\((https:\/\/|\/articles\/)/);
    }
  });

  it('cites valid scripture, weighted toward the prophetic books, in frontmatter and prose', () => {
    const corpus = generateCorpus({ count: 400, seed: 9 });
    const books = new Map<string, number>();
    for (const article of corpus.articles) {
      expect(article.scripture.length).toBeGreaterThanOrEqual(1);
      for (const reference of article.scripture) {
        const parsed = parseReference(reference);
        if (!parsed.ok) throw new Error(`${article.id}: ${reference}: ${parsed.message}`);
        for (const passage of parsed.passages) books.set(passage.book, (books.get(passage.book) ?? 0) + 1);
      }
    }
    const top = [...books.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([book]) => book);
    expect(top).toEqual(expect.arrayContaining(['Dan', 'Rev']));
    expect(books.size).toBeGreaterThan(30);
    // Prose citations use the same valid forms, e.g. "(Daniel 9:27)".
    const prose = corpus.files.filter((f) => f.path.startsWith('articles/')).flatMap((f) => [...f.text.matchAll(/\(((?:[1-3] )?[A-Z][a-z]+(?: of [A-Z][a-z]+)? \d+(?::\d+)?(?:[-–]\d+(?::\d+)?)?)\)/g)].map((m) => m[1]!));
    expect(prose.length).toBeGreaterThan(400);
    for (const reference of prose.slice(0, 500)) expect(parseReference(reference).ok, reference).toBe(true);
  });

  it('spreads dates over 20 years and uses 50 authors and many of the 200 topics', () => {
    const corpus = generateCorpus({ count: 400, seed: 2 });
    const years = new Set<string>();
    const authors = new Set<string>();
    const topics = new Set<string>();
    for (const file of corpus.files.filter((f) => f.path.startsWith('articles/'))) {
      const split = splitFrontmatter(file.text);
      if (!split.ok) throw new Error(file.path);
      const data = split.data as { date: unknown; author: string; topics: string[] };
      years.add(String(data.date instanceof Date ? data.date.toISOString() : data.date).slice(0, 4));
      authors.add(data.author);
      data.topics.forEach((t) => topics.add(t));
    }
    expect(years.size).toBe(20);
    expect(authors.size).toBeGreaterThan(40);
    expect(topics.size).toBeGreaterThan(100);
  });
});
