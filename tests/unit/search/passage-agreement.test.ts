// One chapter, one count: over the sample site and a generated corpus, for every cited chapter the
// scripture index, passage search (the passage files' answer for "Book N") and the chapter filter count
// the same articles, all from the one passage model. Declared: a whole-book mention never counts for a
// chapter; it counts for its book (the index's whole-book list, the book filter) and passage search
// shows it after the citers, labelled as a mention.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/bench/corpus/index.ts';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { bodyFacts } from '../../../src/lib/facts/body-facts.ts';
import { buildScriptureIndex } from '../../../src/lib/archive/scripture-index.ts';
import { articlePassages, asCitations, type ArticlePassage } from '../../../src/lib/scripture/article-passages.ts';
import { ENGLISH, isSingleChapter, parseReference, type Passage } from '../../../src/lib/scripture/index.ts';
import { passageFiles } from '../../../src/lib/search/build-time/passage-index.ts';
import { scriptureFilterValues } from '../../../src/lib/search/build-time/filter-values.ts';
import { passageHits } from '../../../src/lib/search/browser/passage-search.ts';
import { createQueryReader } from '../../../src/lib/search/common/query.ts';
import { ENGLISH_SEARCH } from '../../../src/lib/search/common/search-language.ts';

interface Source {
  id: string;
  text: string;
  mdx: boolean;
}

interface Modelled {
  id: string;
  date: string;
  passages: ArticlePassage[];
}

/** Published English articles of `sources`, each with the one passage model (frontmatter parsed, prose from body facts). */
function modelled(sources: readonly Source[]): Modelled[] {
  const out: Modelled[] = [];
  for (const source of sources) {
    const split = splitFrontmatter(source.text);
    if (!split.ok) throw new Error(`${source.id}: ${split.issues.map((issue) => issue.message).join('; ')}`);
    const data = split.data as { draft?: boolean; lang?: string; date?: string | Date; scripture?: string[] };
    if (data.draft === true || (data.lang !== undefined && data.lang !== 'en')) continue;
    const frontmatter = (data.scripture ?? []).map((item) => {
      const parsed = parseReference(item);
      if (!parsed.ok) throw new Error(`${source.id}: ${item}: ${parsed.message}`);
      return { passages: parsed.passages };
    });
    const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date);
    out.push({ id: source.id, date, passages: articlePassages(frontmatter, bodyFacts(split.body, { mdx: source.mdx }).citations) });
  }
  return out;
}

const reader = createQueryReader(ENGLISH_SEARCH);

/** Every count of every cited chapter and book, as the index, passage search and the filters give it. */
async function counts(articles: readonly Modelled[]) {
  const index = buildScriptureIndex(
    articles.map((a) => ({ id: a.id, data: { title: a.id, date: a.date, scripture: asCitations(a.passages) } })),
    ENGLISH,
  );
  const url = (id: string) => `/articles/${id}/`;
  const ids = new Map(articles.map((a) => [url(a.id), a.id]));
  const files = new Map(passageFiles(articles.map((a) => ({ url: url(a.id), date: a.date, passages: a.passages.map((p): Passage => p.passage) })), ids).map((file) => [file.book, file]));
  const filters = articles.map((a) => scriptureFilterValues(asCitations(a.passages), ENGLISH));
  const rows: { place: string; index: number; search: number; filter: number; mentionsIndex: number; mentionsSearch: number }[] = [];
  for (const book of index.books) {
    const bookFilter = filters.filter((f) => f.books.includes(book.name)).length;
    rows.push({ place: book.name, index: book.articles.length, search: -1, filter: bookFilter, mentionsIndex: book.wholeBook.length, mentionsSearch: -1 });
    for (const chapter of book.chapters) {
      // A one-chapter book's chapter is the book: `Jude 1` would be its first verse.
      const query = reader.parseQuery(isSingleChapter(book.book) ? book.book.name : `${book.book.name} ${chapter.chapter}`, 'passage');
      const hits = await passageHits(query.passages, false, async (id) => files.get(id)!, reader);
      const kinds = [...hits.pages.values()].map((hit) => hit.kind);
      const citing = new Set(chapter.citing.map((entry) => entry.article.id));
      rows.push({
        place: chapter.label,
        index: chapter.citing.length,
        search: kinds.filter((kind) => kind === 'cited').length,
        filter: filters.filter((f) => f.chapters.includes(chapter.label)).length,
        // Search lists, last, the articles mentioning the book that do not cite the chapter: the index's whole-book list less the chapter's citers.
        mentionsIndex: book.wholeBook.filter((entry) => !citing.has(entry.article.id)).length,
        mentionsSearch: kinds.filter((kind) => kind === 'mention').length,
      });
    }
  }
  return rows;
}

function expectAgreement(rows: Awaited<ReturnType<typeof counts>>) {
  const books = rows.filter((row) => row.search === -1);
  const chapters = rows.filter((row) => row.search !== -1);
  expect(chapters.length).toBeGreaterThan(0);
  expect(chapters.filter((row) => row.index !== row.search || row.index !== row.filter || row.mentionsIndex !== row.mentionsSearch)).toEqual([]);
  expect(books.filter((row) => row.index !== row.filter)).toEqual([]);
}

function sampleSources(): Source[] {
  const root = 'content/articles';
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => ({ id: entry.name.replace(/\.mdx?$/, ''), text: readFileSync(join(entry.parentPath, entry.name), 'utf8'), mdx: entry.name.endsWith('.mdx') }));
}

describe('one chapter, one count', () => {
  it('agrees over the sample site, Revelation 13 included, with its whole-book mentions listed apart', async () => {
    const rows = await counts(modelled(sampleSources()));
    expectAgreement(rows);
    const revelation13 = rows.find((row) => row.place === 'Revelation 13')!;
    expect(revelation13.index).toBeGreaterThan(0);
    // The sample has an article that only mentions Revelation: search shows it, after the citers.
    expect(rows.some((row) => row.mentionsSearch > 0)).toBe(true);
  });

  it('agrees over a generated corpus of 300 articles', async () => {
    const corpus = generateCorpus({ count: 300, seed: 11 });
    const sources = corpus.files.filter((file) => file.path.startsWith('articles/')).map((file) => ({ id: file.path, text: file.text, mdx: file.path.endsWith('.mdx') }));
    const rows = await counts(modelled(sources));
    expectAgreement(rows);
    expect(rows.filter((row) => row.search !== -1).length).toBeGreaterThan(100);
  });

  it('would notice a count that reads another list (the test can fail)', async () => {
    const articles = modelled(sampleSources());
    // Frontmatter alone, as the filters once read: some chapter then disagrees.
    const frontmatterOnly = articles.map((a) => ({ ...a, passages: a.passages.filter((p) => p.from === 'frontmatter') }));
    const full = await counts(articles);
    const partial = await counts(frontmatterOnly);
    expect(full.some((row, i) => partial[i]?.place !== row.place || partial[i]?.index !== row.index)).toBe(true);
  });
});
