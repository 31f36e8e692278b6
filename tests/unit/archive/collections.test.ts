import { describe, expect, it } from 'vitest';
import { groupByAuthor, groupBySource, groupByTopic, groupByYear, listPages, neighbours, pageParam, pageUrl, paginate, readingMinutes, sortNewestFirst } from '../../../src/lib/archive/collections.ts';

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

  it('reads a list a number of times that grows linearly when every article asks for its neighbours', () => {
    // Reads of list elements, counted through a proxy: a search per article would grow with the square.
    const reads = (count: number) => {
      let n = 0;
      const list = Array.from({ length: count }, (_, i) => article(`a${i}`, '2024-01-01'));
      const counted = new Proxy(list, { get: (target, key, receiver) => (typeof key === 'string' && /^\d+$/.test(key) && n++, Reflect.get(target, key, receiver)) });
      for (const item of list) neighbours(counted, item.id);
      return n;
    };
    expect(reads(4000) / reads(2000)).toBeLessThan(2.2);
  });

  it('rounds reading time to whole minutes, at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(690)).toBe(3);
  });
});

describe('listPages, pageUrl and pageParam', () => {
  it('keeps page 1 at the list\'s own URL and numbers later pages under it', () => {
    expect(pageUrl('/topics/wars/', 1)).toBe('/topics/wars/');
    expect(pageUrl('/topics/wars/', 2)).toBe('/topics/wars/2/');
    expect(pageUrl('/', 3, 'page/')).toBe('/page/3/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('2');
  });

  it('cuts a list into pages that know their neighbours', () => {
    const pages = listPages([1, 2, 3, 4, 5], 2, '/sources/x/');
    expect(pages.map((p) => [p.items, p.current, p.total, p.url, p.prev, p.next])).toEqual([
      [[1, 2], 1, 3, '/sources/x/', undefined, '/sources/x/2/'],
      [[3, 4], 2, 3, '/sources/x/2/', '/sources/x/', '/sources/x/3/'],
      [[5], 3, 3, '/sources/x/3/', '/sources/x/2/', undefined],
    ]);
    expect(listPages([], 10, '/a/')).toHaveLength(1);
  });
});

describe('groupByAuthor', () => {
  it('groups in one pass, newest first within each author', () => {
    const by = (id: string, date: string, author: string) => ({ ...article(id, date), data: { ...article(id, date).data, author: { id: author } } });
    const groups = groupByAuthor([by('a', '2024-01-01', 'x'), by('b', '2025-01-01', 'y'), by('c', '2026-01-01', 'x')]);
    expect([...groups.entries()].map(([author, list]) => [author, list.map((a) => a.id)])).toEqual([
      ['x', ['c', 'a']],
      ['y', ['b']],
    ]);
  });
});
