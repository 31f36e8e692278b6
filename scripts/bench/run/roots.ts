// The corpus of a size (generated once per generator version) and the two project roots built from it:
// what a cold build starts without (the warm rebuilds' edits are in edits.ts).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeCorpus, type ArticleInfo } from '../corpus/index.ts';
import type { Site } from '../report/index.ts';
import { BENCH_DIR, OLD_OG_CACHE, PROJECT_CACHE, say, type BenchOptions } from './context.ts';

function generatorHash(): string {
  const hash = createHash('sha256');
  // The generator is corpus.ts and every file of corpus/; the canon decides which passages it writes.
  const corpusDir = join(BENCH_DIR, 'corpus');
  const files = ['corpus.ts', ...readdirSync(corpusDir).sort().map((name) => `corpus/${name}`), '../../src/lib/scripture/canon-data.ts'];
  for (const file of files) hash.update(readFileSync(join(BENCH_DIR, file)));
  return hash.digest('hex').slice(0, 16);
}

/** The corpus for (size, seed), generated once and reused while the generator is unchanged. */
export function corpusFor(options: BenchOptions, size: number): { contentDir: string; articles: ArticleInfo[]; bytes: number } {
  const dir = join(options.workDir, 'corpus', `s${options.seed}-n${size}${options.german > 0 ? `-de${options.german}` : ''}`);
  const marker = join(dir, 'corpus.json');
  const key = generatorHash();
  if (existsSync(marker)) {
    const cached = JSON.parse(readFileSync(marker, 'utf8')) as { key: string; articles: ArticleInfo[]; bytes: number };
    if (cached.key === key) return { contentDir: join(dir, 'content'), articles: cached.articles, bytes: cached.bytes };
  }
  say(options, `  generating ${size} articles (seed ${options.seed}${options.german > 0 ? `, German share ${options.german}` : ''})…`);
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  const corpus = writeCorpus(join(dir, 'content'), { count: size, seed: options.seed, german: options.german });
  writeFileSync(marker, JSON.stringify({ key, articles: corpus.articles, bytes: corpus.bytes }));
  say(options, `  generated ${(corpus.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { contentDir: join(dir, 'content'), articles: corpus.articles, bytes: corpus.bytes };
}

/** A project root per site: content/ copied from the corpus, caches beside it. */
export interface Root {
  site: Site;
  dir: string;
  dist: string;
  compileCache: string;
}

export function makeRoot(options: BenchOptions, size: number, site: Site, contentDir: string): Root {
  const dir = join(options.workDir, 'runs', `n${size}`, site);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(contentDir, join(dir, 'content'), { recursive: true });
  return { site, dir, dist: join(dir, 'dist'), compileCache: join(dir, 'cache/node-compile-cache') };
}

/**
 * What a cold build starts without: the output, Astro's .astro/, the root's node_modules/ (Astro's data store
 * node_modules/.astro, Vite's .vite, our caches under PROJECT_CACHE and the older OLD_OG_CACHE) and the Node
 * compile cache. The caches are named although node_modules/ holds them, so the list says what "cold" means.
 */
export function coldPaths(root: { dir: string; dist: string; compileCache: string }): string[] {
  return [
    root.dist,
    join(root.dir, '.astro'),
    join(root.dir, PROJECT_CACHE),
    join(root.dir, OLD_OG_CACHE),
    join(root.dir, 'node_modules/.astro'),
    join(root.dir, 'node_modules'),
    root.compileCache,
  ];
}

/** Renames the given paths into an aside folder; returns a function that deletes it (call outside timing). */
export function moveAside(root: Root, paths: string[]): () => void {
  const aside = join(root.dir, `.aside-${Date.now()}-${Math.floor(performance.now())}`);
  mkdirSync(aside, { recursive: true });
  paths.forEach((path, i) => {
    if (existsSync(path)) renameSync(path, join(aside, `${i}-${path.split('/').pop()}`));
  });
  return () => rmSync(aside, { recursive: true, force: true });
}
