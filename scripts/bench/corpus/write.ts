// The corpus as a whole: authors then articles, streamed file by file, in memory or written to a folder.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateArticle } from './article.ts';
import { Rng, streamSeed } from './random.ts';
import { DEFAULT_SEED, type ArticleInfo, type Corpus, type CorpusFile } from './shape.ts';
import { q, sentence, wrap } from './text.ts';
import { world, type Author, type World } from './world.ts';

function authorFile(w: World, author: Author): CorpusFile {
  const rng = new Rng(streamSeed(w.seed, 'author', w.authors.indexOf(author)));
  const fm = ['---', `name: ${q(author.name)}`, `role: ${q(author.role)}`];
  if (author.organization) fm.push(`organization: ${q(author.organization)}`);
  fm.push(`url: ${q(`https://example.com/authors/${author.id}`)}`, '---');
  const bio = wrap(Array.from({ length: rng.int(3, 5) }, () => sentence(w, rng)).join(' '));
  return { path: `authors/${author.id}.md`, text: `${fm.join('\n')}\n\n${bio}\n` };
}

/** The corpus file by file, authors first, then articles 0..count-1: nothing held beyond the current file. */
export function* corpusFiles(options: { count: number; seed?: number; german?: number }): Generator<{ file: CorpusFile; info?: ArticleInfo }> {
  const seed = options.seed ?? DEFAULT_SEED;
  const w = world(seed);
  for (const author of w.authors) yield { file: authorFile(w, author) };
  const editions = { german: options.german ?? 0 };
  for (let i = 0; i < options.count; i++) yield generateArticle(seed, i, editions);
}

/** The whole corpus in memory (for tests and small corpora; the benchmark writes with writeCorpus). */
export function generateCorpus(options: { count: number; seed?: number; german?: number }): Corpus {
  const files: CorpusFile[] = [];
  const articles: ArticleInfo[] = [];
  for (const { file, info } of corpusFiles(options)) {
    files.push(file);
    if (info) articles.push(info);
  }
  return { seed: options.seed ?? DEFAULT_SEED, count: options.count, files, articles };
}

/** What writeCorpus wrote: the articles' facts, the files' paths (relative to `content/`) and their total bytes. */
export interface WrittenCorpus {
  seed: number;
  count: number;
  articles: ArticleInfo[];
  paths: string[];
  bytes: number;
}

/**
 * Writes the corpus into `contentDir` (its `articles/` and `authors/` are replaced), streaming: each file is
 * written as it is generated, so memory stays flat and time linear in the count (30,000 articles are ~190 MB).
 */
export function writeCorpus(contentDir: string, options: { count: number; seed?: number; german?: number }): WrittenCorpus {
  rmSync(join(contentDir, 'articles'), { recursive: true, force: true });
  rmSync(join(contentDir, 'authors'), { recursive: true, force: true });
  const made = new Set<string>();
  const articles: ArticleInfo[] = [];
  const paths: string[] = [];
  let bytes = 0;
  for (const { file, info } of corpusFiles(options)) {
    const abs = join(contentDir, file.path);
    const dir = dirname(abs);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(abs, file.text);
    bytes += Buffer.byteLength(file.text);
    paths.push(file.path);
    if (info) articles.push(info);
  }
  return { seed: options.seed ?? DEFAULT_SEED, count: options.count, articles, paths, bytes };
}
