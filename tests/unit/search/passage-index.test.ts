// The per-book passage files: which pages cite which verses, newest first, and the parallels.
import { describe, expect, it } from 'vitest';
import { passageFiles } from '../../../src/lib/search/build-time/passage-index.ts';
import { pagesCiting, pagesMentioning, parallelSpans, passageOfSpan, spanOf } from '../../../src/lib/search/common/passage-file.ts';
import { passageHits } from '../../../src/lib/search/browser/passage-search.ts';
import { createQueryReader } from '../../../src/lib/search/common/query.ts';
import { ENGLISH_SEARCH } from '../../../src/lib/search/common/search-language.ts';
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

  it('find the pages citing an overlapping passage, closest first by score, and keep whole-book mentions apart', () => {
    const matt = files.get('Matt')!;
    const hits = pagesCiting(matt, [spanOf(p('Matthew 24:6')[0]!, matt.verses)]);
    expect([...hits.keys()].sort()).toEqual(['en_a', 'en_b']);
    expect(hits.get('en_a')!.score).toBe(1);
    expect(hits.get('en_b')!.score).toBeLessThan(1);
    expect(pagesCiting(matt, [spanOf(p('Matthew 25')[0]!, matt.verses)]).size).toBe(0);
    expect(pagesMentioning(matt)).toEqual(['en_d']);
  });

  it('say what each page cites, whole chapters as chapters', () => {
    const matt = files.get('Matt')!;
    expect(passageOfSpan('Matt', spanOf(p('Matthew 24')[0]!, matt.verses), matt.verses)).toEqual(p('Matthew 24')[0]);
    expect(passageOfSpan('Matt', spanOf(p('Matthew 24:6-7')[0]!, matt.verses), matt.verses)).toEqual(p('Matthew 24:6-7')[0]);
    expect(passageOfSpan('Matt', spanOf(p('Matthew 1:1')[0]!, matt.verses), matt.verses)).toEqual(p('Matthew 1:1')[0]);
    expect(passageOfSpan('Matt', spanOf(p('Matthew 24:51-25:2')[0]!, matt.verses), matt.verses)).toEqual(p('Matthew 24:51-25:2')[0]);
  });

  it('rank a passage query by closeness: the exact verse, then the chapter, then whole-book mentions', async () => {
    const reader = createQueryReader(ENGLISH_SEARCH);
    const hits = await passageHits(reader.parseQuery('Matthew 24:6').passages, false, async (book) => files.get(book)!, reader);
    const order = [...hits.pages.entries()].sort(([, a], [, b]) => (a.kind === b.kind ? b.score - a.score : a.kind === 'mention' ? 1 : -1)).map(([id, hit]) => [id, hit.kind, reader.formatPassage(hit.passage)]);
    expect(order).toEqual([
      ['en_a', 'cited', 'Matthew 24:6'],
      ['en_b', 'cited', 'Matthew 24'],
      ['en_d', 'mention', 'Matthew'],
    ]);
  });

  it('name the parallel sections in the other gospels', () => {
    const matt = files.get('Matt')!;
    const parallels = parallelSpans(matt, [spanOf(p('Matthew 24:1-2')[0]!, matt.verses)]);
    const mark = files.get('Mark')!;
    expect(pagesCiting(mark, parallels.get('Mark')!)).toEqual(new Map([['en_c', { score: 1, span: spanOf(p('Mark 13:1-2')[0]!, mark.verses) }]]));
    expect(parallelSpans(matt, [spanOf(p('Matthew 5')[0]!, matt.verses)]).size).toBe(0);
  });

  it('refuse an article without a search entry', () => {
    expect(() => passageFiles(articles, new Map())).toThrow(/no search entry for \/articles\/a\//);
  });
});
