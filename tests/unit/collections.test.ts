import { describe, expect, it } from 'vitest';
import { groupBySource, groupByTopic, groupByYear, neighbours, paginate, readingMinutes, sortNewestFirst } from '../../src/lib/collections.ts';

const article = (id: string, date: string, topics: string[] = [], source = 'Example Wire', title = id) => ({ id, data: { title, date, topics, source: { name: source } } });

describe('sortNewestFirst', () => {
  it('orders by date, then title, then id', () => {
    const list = [article('b', '2025-01-01', [], 'S', 'Same'), article('a', '2025-01-01', [], 'S', 'Same'), article('c', '2026-01-01'), article('d', '2025-01-01', [], 'S', 'Alpha')];
    expect(sortNewestFirst(list).map((a) => a.id)).toEqual(['c', 'd', 'a', 'b']);
  });
});

describe('grouping', () => {
  const list = [article('a', '2025-01-01', ['North Korea', 'Russia']), article('b', '2026-02-01', ['north korea']), article('c', '2024-05-05', [], 'The Ledger')];

  it('groups topics by slug and names the group by its most common spelling', () => {
    const groups = groupByTopic(list);
    expect(groups.map((g) => [g.slug, g.name, g.articles.map((a) => a.id)])).toEqual([
      ['north-korea', 'North Korea', ['b', 'a']],
      ['russia', 'Russia', ['a']],
    ]);
  });

  it('groups sources and years', () => {
    expect(groupBySource(list).map((g) => [g.slug, g.articles.length])).toEqual([
      ['example-wire', 2],
      ['the-ledger', 1],
    ]);
    expect(groupByYear(list).map((g) => [g.year, g.articles.map((a) => a.id)])).toEqual([
      [2026, ['b']],
      [2025, ['a']],
      [2024, ['c']],
    ]);
  });
});

describe('paginate and neighbours', () => {
  it('splits into pages and always has one page', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 10)).toEqual([[]]);
  });

  it('finds the newer and older article', () => {
    const sorted = [article('new', '2026-01-01'), article('mid', '2025-01-01'), article('old', '2024-01-01')];
    expect(neighbours(sorted, 'mid')).toEqual({ newer: sorted[0], older: sorted[2] });
    expect(neighbours(sorted, 'new')).toEqual({ older: sorted[1] });
    expect(neighbours(sorted, 'missing')).toEqual({});
  });

  it('rounds reading time to whole minutes, at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(690)).toBe(3);
  });
});
