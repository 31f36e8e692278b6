// Drafts, the one rule (src/lib/content/drafts.ts): what a draft is and how a build leaves its file out.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { draftExclusions, isDraft, splitByDraft } from '../../../src/lib/content/drafts.ts';

const article = (id: string, draft: boolean) => ({ id, data: { draft } });
// The matcher Astro's glob loader uses (through tinyglobby); it ships no types.
const picomatch = createRequire(import.meta.url)('picomatch') as (patterns: string[]) => (path: string) => boolean;

describe('drafts: the one rule', () => {
  it('tells drafts from published articles and keeps the order', () => {
    expect(isDraft({ draft: true })).toBe(true);
    expect(isDraft({ draft: false })).toBe(false);
    expect(isDraft({})).toBe(false);
    const { published, drafts } = splitByDraft([article('a', false), article('b', true), article('c', false)]);
    expect(published.map((a) => a.id)).toEqual(['a', 'c']);
    expect(drafts.map((a) => a.id)).toEqual(['b']);
  });

  it('turns draft files into escaped negated globs relative to content/articles/', () => {
    expect(draftExclusions(['content/articles/2024/secret.md', 'elsewhere/x.md'])).toEqual(['!2024/secret.md']);
    expect(draftExclusions(['content/articles/2024/secret.md', 'content/articles/a[1].mdx', 'elsewhere/x.md'])).toEqual(['!{2024/secret.md,a\\[1\\].mdx}']);
  });

  it('leaves out exactly the files given, whatever their folders are called, in a few patterns however many', () => {
    const odd = ['2024/a,b.md', 'x{1}/y.md', 'z[1].mdx', 'we ird (1)/q!.md', 'a+b@c.md'];
    const many = Array.from({ length: 9000 }, (_, i) => `2025/some-fairly-long-article-name-${i}.md`);
    const excluded = [...odd, ...many];
    const patterns = draftExclusions(excluded.map((path) => `content/articles/${path}`));
    expect(patterns.length).toBeLessThan(10);
    const ignored = picomatch(patterns.map((pattern) => pattern.slice(1)));
    for (const path of excluded) expect(ignored(path), path).toBe(true);
    for (const path of ['a.md', 'b.md', '2024/a', 'z1.mdx', 'x1/y.md', '2025/some-fairly-long-article-name-9000.md', '2025/some-fairly-long-article-name-1.mdx']) expect(ignored(path), path).toBe(false);
  });
});

