// The benchmark corpus's German share (--german): German edition articles chosen by index, valid under the
// contract with their references in German form, some of them translations; and share 0 is today's corpus.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleId, generateCorpus, isGermanIndex, translationTarget, writeCorpus } from '../../../scripts/bench/corpus/index.ts';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { GERMAN, parseReferenceIn } from '../../../src/lib/scripture/index.ts';
import { checkProject } from '../../../src/lib/validation/check-project.ts';

const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function hashOf(files: { path: string; text: string }[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.path}\0${file.text}\0`);
  return hash.digest('hex');
}

// generateCorpus({ count: 300 }) before the German share existed (commit 952e781).
const ENGLISH_ONLY_300 = '98941dd2ba241b1184f4ed730da3cb72fde44b2b3fbb91070574c85146e2c54d';

describe('the corpus with a German share', () => {
  it('is byte-identical to the English-only corpus with share 0, the default', () => {
    expect(hashOf(generateCorpus({ count: 300 }).files)).toBe(ENGLISH_ONLY_300);
    expect(hashOf(generateCorpus({ count: 300, german: 0 }).files)).toBe(ENGLISH_ONLY_300);
  });

  it('chooses German articles by index alone, evenly, so article i is the same for every N', () => {
    expect(Array.from({ length: 60 }, (_, i) => i).filter((i) => isGermanIndex(i, 0.1))).toEqual([9, 19, 29, 39, 49, 59]);
    expect(Array.from({ length: 1000 }, (_, i) => i).filter((i) => isGermanIndex(i, 0.25))).toHaveLength(250);
    expect(Array.from({ length: 1000 }, (_, i) => i).filter((i) => isGermanIndex(i, 0))).toHaveLength(0);
    const small = generateCorpus({ count: 40, seed: 3, german: 0.1 });
    const large = generateCorpus({ count: 120, seed: 3, german: 0.1 });
    expect(large.files.slice(0, small.files.length)).toEqual(small.files);
  });

  it('writes German edition articles that check accepts: 10% of 300, German references one per line, translations of English articles', () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-corpus-de-'));
    temp.push(root);
    const corpus = writeCorpus(join(root, 'content'), { count: 300, german: 0.1 });
    const result = checkProject(root);
    expect(result.problems).toEqual([]);
    expect(result.articles).toHaveLength(300);

    const german = corpus.articles.filter((a) => a.lang === 'de');
    expect(german.map((a) => a.index)).toEqual(Array.from({ length: 30 }, (_, k) => 10 * k + 9));
    const files = generateCorpus({ count: 300, german: 0.1 }).files.filter((f) => f.path.startsWith('articles/de/'));
    expect(files).toHaveLength(30);
    const english = new Set(corpus.articles.filter((a) => a.lang === 'en').map((a) => a.id));
    const originals: string[] = [];
    for (const file of files) {
      const split = splitFrontmatter(file.text);
      if (!split.ok) throw new Error(`${file.path}: frontmatter does not parse`);
      const data = split.data as { lang: string; scripture: string[]; translationOf?: string };
      expect(data.lang).toBe('de');
      // One reference per line (a flow list would split `Mt 24,6` at the verse comma), each German and valid.
      expect(file.text).toMatch(/^scripture:\n {2}- "/m);
      for (const reference of data.scripture) {
        expect(reference).toMatch(/\d+,\d+|^[^:]+$/);
        expect(parseReferenceIn(GERMAN, reference).ok, reference).toBe(true);
      }
      if (data.translationOf) originals.push(data.translationOf);
    }
    // Every other German article translates an English one of the corpus; no article is translated twice.
    expect(originals).toHaveLength(15);
    expect(new Set(originals).size).toBe(15);
    for (const original of originals) expect(english.has(original.replace(/^en\//, '')), original).toBe(true);
    expect(translationTarget(9, 0.1)).toBe(8);
    expect(translationTarget(19, 0.1)).toBeUndefined();
    expect(originals[0]).toBe(`en/${articleId(20240601, 8)}`);
    // The check's model sees the edition: 30 German articles, the others English.
    const langs = result.articles.map((a) => (a.data as { lang?: string }).lang ?? 'en');
    expect(langs.filter((l) => l === 'de')).toHaveLength(30);
  });
});
