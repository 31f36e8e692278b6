// The benchmark's expected answers for passage queries (scripts/bench/passage-correctness.ts), on a tiny corpus in memory.
import { describe, expect, it } from 'vitest';
import { citingArticle, expectedUrls, passageQueries, statusCount, type CitingArticle } from '../../scripts/bench/passage-correctness.ts';
import { generateCorpus } from '../../scripts/bench/corpus/index.ts';
import { parseReference } from '../../src/lib/scripture/index.ts';
import { createQueryReader } from '../../src/lib/search/common/query.ts';
import { ENGLISH_SEARCH } from '../../src/lib/search/common/search-language.ts';

// The English search box, as the sample site's search page reads queries.
const english = createQueryReader(ENGLISH_SEARCH);

const articles = [
  citingArticle('signs', { scripture: ['Matthew 24:3-8'] }, 'Wars and rumours of wars are no reason for alarm.'),
  citingArticle('weeks', { scripture: ['Daniel 9'] }, 'The warning against deceivers in Mark 13:5 is read beside the seventy weeks.'),
  citingArticle('armies', { scripture: ['Luke 21:20-24'], draft: true }, 'A draft that must never be expected.'),
  citingArticle('deceivers', { scripture: ['Luke 21:8'] }, 'Many will come in my name.'),
  citingArticle('clouds', { scripture: ['Isaiah 19'] }, 'The sign in the sky of Matthew 24:30 is read in its context.'),
].filter((a): a is CitingArticle => a !== undefined);

const urls = (...ids: string[]) => ids.map((id) => `/articles/${id}/`).sort();

describe('expected articles of a passage query', () => {
  it('leaves drafts out and reads passages from the frontmatter and the prose', () => {
    expect(articles.map((a) => a.url).sort()).toEqual(urls('signs', 'weeks', 'deceivers', 'clouds'));
    expect(expectedUrls(articles, { q: 'Mark 13', parallels: false })).toEqual(urls('weeks'));
    expect(expectedUrls(articles, { q: 'Isaiah 19:1', parallels: false })).toEqual(urls('clouds'));
  });

  it('leaves out another edition’s articles: the English search page searches the English index only', () => {
    expect(citingArticle('zeichen', { lang: 'de', scripture: ['Matthäus 24,3–8'] }, 'Kriege und Kriegsgeschrei (Mt 24,6).')).toBeUndefined();
    expect(citingArticle('signs', { lang: 'en', scripture: ['Matthew 24:3-8'] }, '')?.url).toBe('/articles/signs/');
  });

  it('matches overlapping passages only', () => {
    expect(expectedUrls(articles, { q: 'Mt 24:6', parallels: false })).toEqual(urls('signs'));
    expect(expectedUrls(articles, { q: 'Matthew 24', parallels: false })).toEqual(urls('signs', 'clouds'));
    expect(expectedUrls(articles, { q: 'Matthew 24:9-14', parallels: false })).toEqual([]);
    expect(expectedUrls(articles, { q: 'Luke 21:7-8', parallels: false })).toEqual(urls('deceivers'));
  });

  it('adds the articles citing the parallel sections when asked', () => {
    expect(expectedUrls(articles, { q: 'Mt 24:6', parallels: true })).toEqual(urls('signs', 'weeks', 'deceivers'));
    expect(expectedUrls(articles, { q: 'Matthew 24:30', parallels: true })).toEqual(urls('clouds'));
    expect(expectedUrls(articles, { q: 'Luke 21:8', parallels: true })).toEqual(urls('signs', 'weeks', 'deceivers'));
    // Daniel has no synoptic parallels.
    expect(expectedUrls(articles, { q: 'Daniel 9', parallels: true })).toEqual(urls('weeks'));
  });
});

describe('passage queries of a corpus', () => {
  const corpus = generateCorpus({ count: 120, seed: 7 });
  const queries = passageQueries(corpus.articles, 7);

  it('are the passage forms of the search page queries plus ten drawn passages, each alone and with parallels', () => {
    expect(queries.slice(0, 6).map((q) => `${q.q}${q.parallels ? ' +' : ''}`)).toEqual(['Matthew 24', 'Mt 24:6', 'Luke 21:7-8', 'Daniel 9', 'Revelation 13', 'Matthew 24 +']);
    expect(queries.length).toBeGreaterThan(15);
    expect(queries.filter((q) => q.parallels).length).toBeGreaterThan(5);
  });

  it('are read as passages without words by both the build parser and the search page parser, and repeat with the same seed', () => {
    for (const query of queries) {
      expect(parseReference(query.q).ok, query.q).toBe(true);
      const parsed = english.parseQuery(query.q);
      expect(parsed.passages.length, query.q).toBeGreaterThan(0);
      expect(parsed.words, query.q).toBe('');
    }
    expect(passageQueries(corpus.articles, 7)).toEqual(queries);
  });
});

describe('the count in the search page status', () => {
  // The page groups digits ("1,253 articles found"): the 10,000-article bench read 0 for every query beyond 999.
  it('reads grouped and plain counts, and 0 for any other status', () => {
    expect(statusCount('1 article found for “Mt 24”.')).toBe(1);
    expect(statusCount('300 articles found')).toBe(300);
    expect(statusCount('1,253 articles found for “Matthew 24”. 12 only mention the book, last.')).toBe(1253);
    expect(statusCount('12,345 articles found')).toBe(12345);
    expect(statusCount('No articles found.')).toBe(0);
    expect(statusCount('Searching…')).toBe(0);
  });
});
