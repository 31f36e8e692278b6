// The fast path (Sätteri, the renderer's own parser) against the reference reading of GFM
// (remark-parse + remark-gfm): every fact the project derives must come out the same, so the
// build cannot drift from how the Markdown ecosystem reads these bodies.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factsFromTree, type BodyFacts } from '../../../src/lib/facts/body-facts.ts';
import { parseBody } from '../../../src/lib/markdown/parse.ts';
import { parseWithRemark } from '../../../src/lib/markdown/parse-remark.ts';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { DEFAULT_SEED, generateArticle } from '../../../scripts/bench/corpus/index.ts';

const REPO = join(import.meta.dirname, '../../..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) return markdownFiles(abs);
    return name.endsWith('.md') ? [abs] : [];
  });
}

/** The facts both readings must agree on (headings' line numbers and the MDX-only facts aside). */
function comparable(facts: BodyFacts) {
  return { text: facts.text, words: facts.words, opening: facts.opening, headings: facts.headings.map((h) => [h.depth, h.text]), rawHtml: facts.rawHtml, links: facts.links, citations: facts.citations };
}

function bodies(): { name: string; body: string }[] {
  const out: { name: string; body: string }[] = [];
  for (const file of [...markdownFiles(join(REPO, 'content')), ...markdownFiles(join(REPO, 'tests/fixtures'))]) {
    const split = splitFrontmatter(readFileSync(file, 'utf8'));
    if (split.ok) out.push({ name: relative(REPO, file), body: split.body });
  }
  for (let index = 0; index < 300; index++) {
    const { file } = generateArticle(DEFAULT_SEED, index);
    if (!file.path.endsWith('.md')) continue;
    const split = splitFrontmatter(file.text);
    if (split.ok) out.push({ name: `generated ${file.path}`, body: split.body });
  }
  return out;
}

describe('Sätteri facts equal remark-parse + remark-gfm facts', () => {
  const all = bodies();

  it('covers the sample content, every fixture and a generated corpus', () => {
    expect(all.length).toBeGreaterThan(300);
  });

  it.each(all.map((entry) => [entry.name, entry.body] as const))('%s', (_name, body) => {
    let fast: BodyFacts | Error;
    let reference: BodyFacts | Error;
    try {
      fast = factsFromTree(parseBody(body));
    } catch (error) {
      fast = error as Error;
    }
    try {
      reference = factsFromTree(parseWithRemark(body));
    } catch (error) {
      reference = error as Error;
    }
    // Both refuse the same bodies (the limit checks run before either parser).
    expect(fast instanceof Error).toBe(reference instanceof Error);
    if (fast instanceof Error || reference instanceof Error) return;
    expect(comparable(fast)).toEqual(comparable(reference));
  });
});
