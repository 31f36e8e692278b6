import { describe, expect, it } from 'vitest';
import { cacheKey, stableJson, withCacheKeys } from '../../../src/lib/build/cache-key.ts';

describe('stableJson', () => {
  it('does not depend on the order of object keys, Map or Set insertion', () => {
    expect(stableJson({ a: 1, b: { c: 2, d: 3 } })).toBe(stableJson({ b: { d: 3, c: 2 }, a: 1 }));
    expect(stableJson(new Map([['x', 1], ['y', 2]]))).toBe(stableJson(new Map([['y', 2], ['x', 1]])));
    expect(stableJson(new Set(['x', 'y']))).toBe(stableJson(new Set(['y', 'x'])));
  });

  it('tells apart values JSON.stringify would confuse', () => {
    expect(stableJson(new Date('2024-01-01'))).not.toBe(stableJson(new Date('2024-01-02')));
    expect(stableJson(new Map([['a', 1]]))).not.toBe(stableJson(new Map([['a', 2]])));
    expect(stableJson(new Set(['a']))).not.toBe(stableJson({}));
    expect(stableJson(new URL('https://a.example/x'))).not.toBe(stableJson(new URL('https://a.example/y')));
    expect(stableJson([1, undefined])).toBe('[1,null]');
  });

  it('leaves out undefined fields and functions (code is in the route module graph Astro hashes)', () => {
    expect(stableJson({ a: 1, b: undefined, f: () => 1 })).toBe(stableJson({ a: 1 }));
  });

  it('refuses a cycle instead of hashing part of the data', () => {
    const looped: Record<string, unknown> = {};
    looped['self'] = looped;
    expect(() => stableJson(looped)).toThrow(/cycle/);
  });

  it('accepts the same object twice when it is not a cycle', () => {
    const shared = { a: 1 };
    expect(stableJson({ x: shared, y: shared })).toBe('{"x":{"a":1},"y":{"a":1}}');
  });
});

describe('cacheKey and withCacheKeys', () => {
  it('changes when any printed value changes, and only then', () => {
    const page = { title: 'A', cards: [{ href: '/a/', date: new Date('2024-01-01') }] };
    expect(cacheKey('en', page)).toBe(cacheKey('en', structuredClone(page)));
    expect(cacheKey('en', page)).not.toBe(cacheKey('de', page));
    expect(cacheKey('en', page)).not.toBe(cacheKey('en', { ...page, title: 'B' }));
    expect(cacheKey('en', page)).not.toBe(cacheKey('en', { ...page, cards: [{ href: '/a/', date: new Date('2024-01-02') }] }));
  });

  it('keys every path by its edition, params and props, keeping the entry as it was', () => {
    const paths = [
      { params: { id: 'a' }, props: { title: 'A' } },
      { params: { id: 'b' }, props: { title: 'A' } },
    ];
    const keyed = withCacheKeys(paths, 'en');
    expect(keyed.map((p) => p.params)).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(keyed[0]!.props).toBe(paths[0]!.props);
    expect(keyed[0]!.cacheKey).not.toBe(keyed[1]!.cacheKey);
    expect(withCacheKeys(paths, 'de')[0]!.cacheKey).not.toBe(keyed[0]!.cacheKey);
    expect(withCacheKeys(paths, 'en', () => ({ read: 1 }))[0]!.cacheKey).not.toBe(keyed[0]!.cacheKey);
    expect(withCacheKeys(paths, 'en', (path) => path.params.id)[0]!.cacheKey).not.toBe(withCacheKeys(paths, 'en', () => 'other')[0]!.cacheKey);
  });
});

describe('content entries in a key', () => {
  const entry = (digest: string | undefined, html: string, title = 'T') => ({ id: 'a', collection: 'articles', digest, data: { title }, rendered: { html, metadata: { headings: [] } } });
  const keyOfEntry = (article: ReturnType<typeof entry>) => withCacheKeys([{ params: { id: 'a' }, props: { article, other: 1 } }], 'en', undefined, (path) => [path.props.article])[0]!.cacheKey;

  it('are keyed by the digest of their text, not by their rendered HTML', () => {
    // Astro renders an entry again only when its digest changes: the same digest is the same HTML.
    expect(keyOfEntry(entry('d1', '<p>one</p>'))).toBe(keyOfEntry(entry('d1', '<p>other rendering</p>')));
    expect(keyOfEntry(entry('d1', '<p>one</p>'))).not.toBe(keyOfEntry(entry('d2', '<p>one</p>')));
  });

  it('still change with their data, and are hashed whole when they have no digest', () => {
    expect(keyOfEntry(entry('d1', '<p>one</p>', 'T'))).not.toBe(keyOfEntry(entry('d1', '<p>one</p>', 'Typeset T')));
    expect(keyOfEntry(entry(undefined, '<p>one</p>'))).not.toBe(keyOfEntry(entry(undefined, '<p>two</p>')));
  });

  it('leave the key of a path without entries as cacheKey gives it', () => {
    const path = { params: { id: 'a' }, props: { n: 1 } };
    expect(withCacheKeys([path], 'en', undefined, () => [])[0]!.cacheKey).toBe(cacheKey('en', path.params, path.props, null));
  });
});
