/**
 * Deterministic benchmark corpus: N contract-valid articles plus 50 authors, written into a `content/` folder.
 *
 *   node scripts/bench/corpus.ts --count 1000 --out scripts/bench/.work/corpus/content [--seed 20240601] [--force]
 *
 * Every random choice comes from seeded mulberry32 streams (never Math.random), and each article has its own
 * stream derived from (seed, index), so article i is the same whatever N is: the 1,000-article corpus is a
 * prefix of the 10,000-article one, and `generateArticle(seed, N)` makes a new article for "add one" rebuilds.
 *
 * Shape (per article): ~900 words (700–1,100), a news excerpt in a blockquote, 1–3 quotes that appear in the
 * body word for word, h2/h3 headings, a list, 2–4 links (some to earlier articles), 1–4 scripture references
 * in the frontmatter and more in the prose, weighted toward Daniel, Revelation, Matthew 24, Luke 21, Ezekiel
 * and Isaiah, 1–4 of 200 topics, one of 50 authors, a date in 2006–2025. Exactly 1% are drafts (index % 100
 * = 37) and 1% MDX with a <Callout> (index % 100 = 71). `--german 0.1` writes 10% as German edition articles
 * (indexes 9, 19, 29…; `lang: de`, in `articles/de/`, references in German form), every other one a translation
 * (`translationOf`) of an English article just before it; 0, the default, gives the English-only corpus. Words: a ~420-word base list (Zipf-weighted) plus a
 * Zipf-skewed tail of 30,000 invented words, so the search index has a realistic number of distinct terms.
 *
 * The generator is in corpus/ (randomness, vocabulary, the world of a seed, text, scripture, one article,
 * the corpus as a whole); this file is the command.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitWithUsage, parseToolOptions } from '../../src/lib/cli/options.ts';
import { AUTHOR_COUNT, DEFAULT_SEED, germanShare, writeCorpus } from './corpus/index.ts';

const TOOL = { name: 'bench corpus', usage: 'Usage: node scripts/bench/corpus.ts --count N --out CONTENT_DIR [--seed S] [--german SHARE] [--force]' };

function main(): void {
  const { values } = parseToolOptions(TOOL, {
    strict: true,
    options: {
      count: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      german: { type: 'string', default: '0' },
      force: { type: 'boolean', default: false },
    },
  });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1) exitWithUsage(TOOL, `--count must be a whole number of articles, 1 or more (found ${values.count ?? 'nothing'})`);
  const german = germanShare(values.german);
  if (typeof german === 'string') exitWithUsage(TOOL, german);
  if (!values.out) exitWithUsage(TOOL, 'give the content folder to write with --out CONTENT_DIR');
  const out = resolve(values.out);
  const repoContent = resolve(import.meta.dirname, '../../content');
  if (out === repoContent) {
    process.stderr.write(`refusing to overwrite the project's own content/ (${out})\n`);
    process.exit(2);
  }
  const existing = existsSync(out) ? readdirSync(out).filter((n) => !n.startsWith('.')) : [];
  if (existing.some((n) => n !== 'articles' && n !== 'authors') || (existing.length && !values.force)) {
    process.stderr.write(`${out} is not empty; pass --force to replace its articles/ and authors/\n`);
    process.exit(2);
  }
  const started = performance.now();
  const corpus = writeCorpus(out, { count, seed: Number(values.seed), german });
  const bytes = corpus.bytes;
  const words = corpus.articles.reduce((sum, a) => sum + a.words, 0);
  process.stdout.write(
    `wrote ${corpus.articles.length} articles (${german > 0 ? `${corpus.articles.filter((a) => a.lang === 'de').length} German, ` : ''}${corpus.articles.filter((a) => a.draft).length} drafts, ${corpus.articles.filter((a) => a.mdx).length} MDX, ` +
      `mean ${Math.round(words / corpus.articles.length)} words) and ${AUTHOR_COUNT} authors to ${out}: ${(bytes / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
