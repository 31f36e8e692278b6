// Drafts, the one rule (src/lib/content/drafts.ts): what a draft is and how a build leaves its file out.
import { describe, expect, it } from 'vitest';
import { draftExclusions, isDraft, splitByDraft } from '../../../src/lib/content/drafts.ts';

const article = (id: string, draft: boolean) => ({ id, data: { draft } });

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
    expect(draftExclusions(['content/articles/2024/secret.md', 'content/articles/a[1].mdx', 'elsewhere/x.md'])).toEqual(['!2024/secret.md', '!a\\[1\\].mdx']);
  });
});

