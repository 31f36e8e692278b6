// The most-cited chapters (src/lib/archive/most-cited.ts) count what the chapter pages count.
import { describe, expect, it } from 'vitest';
import { mostCitedChapters } from '../../../src/lib/archive/most-cited.ts';
import { buildScriptureIndex } from '../../../src/lib/archive/scripture-index.ts';
import { formatPassages, parseReference } from '../../../src/lib/scripture/index.ts';

function article(id: string, references: string[]) {
  return {
    id,
    data: {
      title: id,
      date: '2025-01-01',
      scripture: references.map((reference) => {
        const parsed = parseReference(reference);
        if (!parsed.ok) throw new Error(reference);
        return { reference, display: formatPassages(parsed.passages), passages: parsed.passages };
      }),
    },
  };
}

describe('mostCitedChapters', () => {
  // Matthew 24 is cited whole by two articles and by a verse in a third: three articles cite the chapter.
  const index = buildScriptureIndex([
    article('a', ['Matthew 24', 'Luke 21:9']),
    article('b', ['Matthew 24', 'Luke 21:7-8']),
    article('c', ['Matthew 24:6', 'Daniel 7:1-8:2']),
    article('d', ['Daniel 8:3', 'Ezekiel']),
  ]);

  it('counts the articles citing any verse of a chapter, as the chapter page and the book do', () => {
    const top = mostCitedChapters(index);
    expect(top).toEqual([
      { label: 'Matthew 24', url: '/scripture/matthew/24/', articles: 3 },
      { label: 'Daniel 8', url: '/scripture/daniel/8/', articles: 2 },
      { label: 'Luke 21', url: '/scripture/luke/21/', articles: 2 },
    ]);
    const matthew = index.books.find((entry) => entry.book.name === 'Matthew')!;
    expect(top[0]!.articles).toBe(matthew.chapters[0]!.citing.length);
    expect(top[0]!.articles).toBe(matthew.articles.length);
  });

  it('keeps ties in canonical order and honours the limit and the minimum', () => {
    expect(mostCitedChapters(index, { limit: 2 }).map((c) => c.label)).toEqual(['Matthew 24', 'Daniel 8']);
    expect(mostCitedChapters(index, { minArticles: 1 }).map((c) => c.label)).toEqual(['Matthew 24', 'Daniel 8', 'Luke 21', 'Daniel 7']);
    expect(mostCitedChapters(index, { minArticles: 4 })).toEqual([]);
  });
});
