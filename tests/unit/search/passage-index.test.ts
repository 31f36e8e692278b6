// The per-book passage files: which pages cite which verses, newest first, and the parallels.
import { describe, expect, it } from 'vitest';
import { passageFiles } from '../../../src/lib/search/build-time/passage-index.ts';
import { pagesCiting, parallelSpans, spanOf } from '../../../src/lib/search/common/passage-file.ts';
import { parseReference, type Passage } from '../../../src/lib/scripture/index.ts';

const p = (reference: string): Passage[] => {
  const result = parseReference(reference);
  if (!result.ok) throw new Error(reference);
  return result.passages;
};
const articles = [
  { url: '/articles/a/', date: '2024-01-01', passages: p('Matthew 24:6') },
  { url: '/articles/b/', date: '2025-01-01', passages: [...p('Luke 21:7-8'), ...p('Matthew 24')] },
  { url: '/articles/c/', date: '2025-01-01', passages: p('Mark 13:1-2') },
  { url: '/articles/d/', date: '2023-01-01', passages: p('Matthew') },
];
const ids = new Map(articles.map((a) => [a.url, `en_${a.url.slice(10, 11)}`]));
const files = new Map(passageFiles(articles, ids).map((file) => [file.book, file]));

describe('passage files', () => {
  it('write one file per book of the canon, pages newest first (ties by address)', () => {
    expect(files.size).toBe(66);
    expect(files.get('Matt')!.pages).toEqual(['en_b', 'en_a', 'en_d']);
    expect(files.get('Gen')!.pages).toEqual([]);
  });

  it('find the pages citing an overlapping passage, the whole book included, closest first by score', () => {
    const matt = files.get('Matt')!;
    const hits = pagesCiting(matt, [spanOf(p('Matthew 24:6')[0]!, matt.verses)]);
    expect([...hits.keys()].sort()).toEqual(['en_a', 'en_b', 'en_d']);
    expect(hits.get('en_a')).toBe(1);
    expect(hits.get('en_b')!).toBeGreaterThan(hits.get('en_d')!);
    expect(pagesCiting(matt, [spanOf(p('Matthew 25')[0]!, matt.verses)])).toEqual(new Map([['en_d', expect.any(Number)]]));
  });

  it('name the parallel sections in the other gospels', () => {
    const matt = files.get('Matt')!;
    const parallels = parallelSpans(matt, [spanOf(p('Matthew 24:1-2')[0]!, matt.verses)]);
    const mark = files.get('Mark')!;
    expect(pagesCiting(mark, parallels.get('Mark')!)).toEqual(new Map([['en_c', 1]]));
    expect(parallelSpans(matt, [spanOf(p('Matthew 5')[0]!, matt.verses)]).size).toBe(0);
  });

  it('refuse an article without a search entry', () => {
    expect(() => passageFiles(articles, new Map())).toThrow(/no search entry for \/articles\/a\//);
  });
});
