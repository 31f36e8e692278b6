/**
 * Builds the passage files the search page loads for a passage query: for each book of the canon,
 * which articles cite which verses, in the frontmatter or in the prose (one file per book, so a
 * query loads only its book), which articles only mention the book as a whole (the passage model's
 * `mention`: listed apart, never counted for a chapter), with the synoptic parallels related articles use.
 */
import { BOOKS, verseSpan, type Passage } from '../../scripture/index.ts';
import { passageKind } from '../../scripture/article-passages.ts';
import { PARALLELS } from '../../related/index.ts';
import type { PassageFile } from '../common/passage-file.ts';

export interface CitingArticle {
  /** Page address, `/articles/<id>/`. */
  url: string;
  /** `YYYY-MM-DD`, for newest first. */
  date: string;
  /** The passage model's passages (src/lib/scripture/article-passages.ts): frontmatter and prose (repeats are fine). */
  passages: readonly Passage[];
}

/** One file per book of the canon (books nobody cites have no pages: the page still needs their verse counts). */
export function passageFiles(articles: readonly CitingArticle[], pageIds: ReadonlyMap<string, string>): PassageFile[] {
  const missing = articles.filter((article) => !pageIds.has(article.url)).map((article) => article.url);
  if (missing.length) throw new Error(`no search entry for ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}`);
  // Newest first, then by address: the order every book's page list keeps.
  const ordered = [...articles].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const byBook = new Map<string, { pages: string[]; pageIndex: Map<string, number>; spans: Map<string, Set<number>>; mentions: Set<number> }>();
  for (const article of ordered) {
    const id = pageIds.get(article.url)!;
    for (const passage of article.passages) {
      const span = verseSpan(passage);
      let book = byBook.get(span.book);
      if (!book) byBook.set(span.book, (book = { pages: [], pageIndex: new Map(), spans: new Map(), mentions: new Set() }));
      let index = book.pageIndex.get(id);
      if (index === undefined) {
        index = book.pages.push(id) - 1;
        book.pageIndex.set(id, index);
      }
      if (passageKind(passage) === 'mention') {
        book.mentions.add(index);
        continue;
      }
      const key = `${span.first},${span.last}`;
      const pages = book.spans.get(key) ?? new Set<number>();
      pages.add(index);
      book.spans.set(key, pages);
    }
  }
  return BOOKS.map((book) => {
    const cited = byBook.get(book.id);
    const spans = [...(cited?.spans ?? new Map<string, Set<number>>())]
      .map(([key, pages]) => [...key.split(',').map(Number), ...[...pages].sort((a, b) => a - b)])
      .sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    const mentions = [...(cited?.mentions ?? [])].sort((a, b) => a - b);
    return { book: book.id, verses: [...book.verses], pages: cited?.pages ?? [], spans, mentions, parallels: parallelsOf(book.id) };
  });
}

function parallelsOf(book: string): PassageFile['parallels'] {
  const out: PassageFile['parallels'] = [];
  for (const parallel of PARALLELS) {
    for (const section of parallel.sections) {
      const own = section[book];
      if (!own) continue;
      const span = verseSpan(own);
      const others = Object.entries(section)
        .filter(([other]) => other !== book)
        .map(([other, passage]): [string, number, number] => {
          const otherSpan = verseSpan(passage);
          return [other, otherSpan.first, otherSpan.last];
        });
      out.push([span.first, span.last, others]);
    }
  }
  return out;
}
