// The article page's script finds links to the scripture index of any edition without the scripture modules.
import { describe, expect, it } from 'vitest';
import { INDEX_SEGMENTS, scriptureIndexLink } from '../../../src/lib/search/common/index-segments.ts';
import { scriptureFilterValues } from '../../../src/lib/search/build-time/filter-values.ts';
import { ENGLISH, GERMAN, parseReference } from '../../../src/lib/scripture/index.ts';

describe('scripture index links in every edition', () => {
  it('knows the index segment of every scripture language', () => {
    expect(INDEX_SEGMENTS).toEqual([ENGLISH.indexSegment, GERMAN.indexSegment]);
  });

  it('reads the book slug and chapter of an index link, with or without an edition prefix', () => {
    expect(scriptureIndexLink('/scripture/luke/21/')).toEqual({ slug: 'luke', chapter: 21 });
    // A reference's verse-level address (src/plugins/scripture-links.ts) names its chapter too.
    expect(scriptureIndexLink('/scripture/luke/21/#v7')).toEqual({ slug: 'luke', chapter: 21 });
    expect(scriptureIndexLink('/scripture/luke/#v7')).toBeUndefined();
    expect(scriptureIndexLink('/de/bibel/matthaeus/24/')).toEqual({ slug: 'matthaeus', chapter: 24 });
    expect(scriptureIndexLink('/bibel/1-mose/')).toEqual({ slug: '1-mose', chapter: undefined });
    expect(scriptureIndexLink('/topics/luke/')).toBeUndefined();
    expect(scriptureIndexLink('/de/articles/x/')).toBeUndefined();
  });
});

describe('scripture filter values per edition', () => {
  const citations = ['Matthew 24:6-7', 'Genesis 3:15', 'Psalm 2'].map((reference) => {
    const result = parseReference(reference);
    if (!result.ok) throw new Error(result.message);
    return result;
  });
  it('names books and chapters in the edition\'s language', () => {
    expect(scriptureFilterValues(citations, GERMAN)).toEqual({ books: ['Matthäus', '1. Mose', 'Psalmen'], chapters: ['Matthäus 24', '1. Mose 3', 'Psalm 2'] });
    expect(scriptureFilterValues(citations)).toEqual({ books: ['Matthew', 'Genesis', 'Psalms'], chapters: ['Matthew 24', 'Genesis 3', 'Psalm 2'] });
  });
});
