/** The scripture index: which articles cite which book and chapter, and the most cited passages. */
import { compareForDisplay, compareText } from './text-order.ts';
import {
  BOOKS,
  comparePassages,
  formatPassage,
  isSingleChapter,
  isWholeBook,
  passageKey,
  passageUrl,
  type Book,
  type Passage,
  type Testament,
} from './scripture/index.ts';

/** The fields the index reads; validated entries and plain test objects both satisfy it. */
export interface IndexableArticle {
  id: string;
  data: {
    title: string;
    date: string;
    scripture: readonly { readonly passages: readonly Passage[] }[];
  };
}

/** One article under a book or chapter, with the passages it cites there (canonical order, no repeats). */
export interface CitingArticle<T> {
  article: T;
  passages: Passage[];
}

/** One cited chapter of a book. */
export interface ChapterEntry<T> {
  chapter: number;
  /** `Luke 21`, `Psalm 2`. */
  label: string;
  /** `/scripture/luke/21/`. */
  url: string;
  /** Newest first. */
  citing: CitingArticle<T>[];
}

/** One cited book: its whole-book citations and its cited chapters in order. */
export interface BookEntry<T> {
  book: Book;
  /** `/scripture/luke/`. */
  url: string;
  /** Distinct articles citing anything in the book, newest first. */
  articles: T[];
  /** Articles citing the book as a whole (`Ezekiel`), newest first. */
  wholeBook: CitingArticle<T>[];
  /** Cited chapters in order. */
  chapters: ChapterEntry<T>[];
}

/** Books of one testament. */
export interface TestamentEntry<T> {
  testament: Testament;
  /** `Old Testament` or `New Testament`. */
  name: string;
  books: BookEntry<T>[];
}

/** The whole index: cited books in canonical order, and the same books split by testament. */
export interface ScriptureIndex<T> {
  books: BookEntry<T>[];
  /** Only testaments with at least one cited book, Old before New. */
  testaments: TestamentEntry<T>[];
  /** Distinct articles citing any scripture. */
  articleCount: number;
}

/** A passage and the articles that cite it as written. */
export interface CitedPassage<T> {
  passage: Passage;
  /** `Luke 21:7–8`. */
  display: string;
  /** Its index page. */
  url: string;
  /** Newest first. */
  articles: T[];
}

const TESTAMENT_NAMES: Record<Testament, string> = { OT: 'Old Testament', NT: 'New Testament' };

/** Newest first; same-day articles by title, then id, so the order never depends on file order. */
export function compareNewestFirst(a: IndexableArticle, b: IndexableArticle): number {
  return compareText(b.data.date, a.data.date) || compareForDisplay(a.data.title, b.data.title) || compareText(a.id, b.id);
}

/** The chapters a passage touches: none for a whole book, every chapter of a cross-chapter range. */
export function chaptersOf(passage: Passage): number[] {
  if (isWholeBook(passage) || !passage.start || !passage.end) return [];
  const chapters: number[] = [];
  for (let chapter = passage.start.chapter; chapter <= passage.end.chapter; chapter++) chapters.push(chapter);
  return chapters;
}

/** `Luke 21`; one psalm is `Psalm 23`; a single-chapter book's only chapter is `Jude 1`. */
export function chapterLabel(book: Book, chapter: number): string {
  if (isSingleChapter(book)) return `${book.name} ${chapter}`;
  return formatPassage({ book: book.id, start: { chapter, verse: null }, end: { chapter, verse: null } });
}

/** `/scripture/<book>/` or `/scripture/<book>/<chapter>/`. */
export function scriptureUrl(book: Book, chapter?: number): string {
  return chapter === undefined ? `/scripture/${book.slug}/` : `/scripture/${book.slug}/${chapter}/`;
}

// Collects passages per article under one key, keeping each passage once.
class Citations<T extends IndexableArticle> {
  private byArticle = new Map<string, { article: T; passages: Map<string, Passage> }>();

  add(article: T, passage: Passage): void {
    let entry = this.byArticle.get(article.id);
    if (!entry) this.byArticle.set(article.id, (entry = { article, passages: new Map() }));
    entry.passages.set(passageKey(passage), passage);
  }

  list(): CitingArticle<T>[] {
    return [...this.byArticle.values()]
      .sort((a, b) => compareNewestFirst(a.article, b.article))
      .map(({ article, passages }) => ({ article, passages: [...passages.values()].sort(comparePassages) }));
  }

  articles(): T[] {
    return this.list().map((entry) => entry.article);
  }
}

/**
 * Builds the index from articles. An article appears under every book it cites and under every
 * chapter any of its passages touches (`Daniel 7:1–8:2` under 7 and 8); whole-book citations
 * are kept apart from the chapters. Books and chapters nobody cites are left out.
 */
export function buildScriptureIndex<T extends IndexableArticle>(articles: readonly T[]): ScriptureIndex<T> {
  const citing = new Set<string>();
  const books = new Map<string, { all: Citations<T>; whole: Citations<T>; chapters: Map<number, Citations<T>> }>();
  for (const article of articles) {
    for (const citation of article.data.scripture) {
      for (const passage of citation.passages) {
        let entry = books.get(passage.book);
        if (!entry) books.set(passage.book, (entry = { all: new Citations(), whole: new Citations(), chapters: new Map() }));
        entry.all.add(article, passage);
        citing.add(article.id);
        const chapters = chaptersOf(passage);
        if (chapters.length === 0) entry.whole.add(article, passage);
        for (const chapter of chapters) {
          let cited = entry.chapters.get(chapter);
          if (!cited) entry.chapters.set(chapter, (cited = new Citations()));
          cited.add(article, passage);
        }
      }
    }
  }
  const list: BookEntry<T>[] = [];
  for (const book of BOOKS) {
    const entry = books.get(book.id);
    if (!entry) continue;
    list.push({
      book,
      url: scriptureUrl(book),
      articles: entry.all.articles(),
      wholeBook: entry.whole.list(),
      chapters: [...entry.chapters.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([chapter, cited]) => ({ chapter, label: chapterLabel(book, chapter), url: scriptureUrl(book, chapter), citing: cited.list() })),
    });
  }
  const testaments = (['OT', 'NT'] as const)
    .map((testament) => ({ testament, name: TESTAMENT_NAMES[testament], books: list.filter((entry) => entry.book.testament === testament) }))
    .filter((group) => group.books.length > 0);
  return { books: list, testaments, articleCount: citing.size };
}

/**
 * Passages as written, ranked by how many articles cite them (then canonical order), at most
 * `limit`, and only those cited by at least `minArticles`.
 */
export function mostCitedPassages<T extends IndexableArticle>(
  articles: readonly T[],
  { limit = 10, minArticles = 1 }: { limit?: number; minArticles?: number } = {},
): CitedPassage<T>[] {
  const byKey = new Map<string, { passage: Passage; articles: Map<string, T> }>();
  for (const article of articles) {
    for (const citation of article.data.scripture) {
      for (const passage of citation.passages) {
        const key = passageKey(passage);
        let entry = byKey.get(key);
        if (!entry) byKey.set(key, (entry = { passage, articles: new Map() }));
        entry.articles.set(article.id, article);
      }
    }
  }
  return [...byKey.values()]
    .filter((entry) => entry.articles.size >= minArticles)
    .sort((a, b) => b.articles.size - a.articles.size || comparePassages(a.passage, b.passage))
    .slice(0, limit)
    .map(({ passage, articles: citing }) => ({
      passage,
      display: formatPassage(passage),
      url: passageUrl(passage),
      articles: [...citing.values()].sort(compareNewestFirst),
    }));
}
