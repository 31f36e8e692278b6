/** The scripture index: which articles cite which book and chapter, plus passage text laid out for reading. */
import { compareForDisplay, compareText } from '../text/text-order.ts';
import {
  BOOKS,
  comparePassages,
  ENGLISH,
  formatPassageIn,
  isSingleChapter,
  isWholeBook,
  passageKey,
  passageRoute,
  type Book,
  type Passage,
  type ScriptureLanguage,
  type Testament,
  type TextSegment,
} from '../scripture/index.ts';
import { passageTextFrom } from '../scripture/text.ts';
import { verseKey } from '../scripture/verse-preview.ts';
import { KJV, type TranslationInfo, type VerseSource } from '../scripture/verse-source.ts';

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
  /** `Luke 21`, `Psalm 2` (German `Lukas 21`). */
  label: string;
  /** The route, before the edition's address: `/scripture/luke/21/` (German `/bibel/lukas/21/`). */
  url: string;
  /** Newest first. */
  citing: CitingArticle<T>[];
}

/** One cited book: its whole-book citations and its cited chapters in order. */
export interface BookEntry<T> {
  book: Book;
  /** The book's name in the index's language: `Luke`, `1. Mose`. */
  name: string;
  /** The route, before the edition's address: `/scripture/luke/` (German `/bibel/lukas/`). */
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

/** `Luke 21`; one psalm is `Psalm 23`; a single-chapter book's only chapter is `Jude 1` (German `Lukas 21`, `Judas 1`). */
export function chapterLabel(book: Book, chapter: number, language: ScriptureLanguage = ENGLISH): string {
  if (isSingleChapter(book)) return `${language.bookName(book)} ${chapter}`;
  return formatPassageIn(language, { book: book.id, start: { chapter, verse: null }, end: { chapter, verse: null } });
}

/** `/scripture/<book>/` or `/scripture/<book>/<chapter>/`; German `/bibel/<book>/…` (a route: the edition's address is the page data's). */
export function scriptureUrl(book: Book, chapter?: number, language: ScriptureLanguage = ENGLISH): string {
  const bookRoute = passageRoute(language, { book: book.id, start: null, end: null });
  return chapter === undefined ? bookRoute : `${bookRoute}${chapter}/`;
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
export function buildScriptureIndex<T extends IndexableArticle>(articles: readonly T[], language: ScriptureLanguage = ENGLISH): ScriptureIndex<T> {
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
      name: language.bookName(book),
      url: scriptureUrl(book, undefined, language),
      articles: entry.all.articles(),
      wholeBook: entry.whole.list(),
      chapters: [...entry.chapters.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([chapter, cited]) => ({ chapter, label: chapterLabel(book, chapter, language), url: scriptureUrl(book, chapter, language), citing: cited.list() })),
    });
  }
  const testaments = (['OT', 'NT'] as const)
    .map((testament) => ({ testament, books: list.filter((entry) => entry.book.testament === testament) }))
    .filter((group) => group.books.length > 0);
  return { books: list, testaments, articleCount: citing.size };
}

/** One verse ready to print: its number (`7`, or `8:1` where a range crosses into a new chapter) and its text. */
export interface ReadingVerse {
  label: string;
  /** The verse's key on the page (`Matt.24.6`): verse boxes in the article text show these words from here. */
  key: string;
  segments: TextSegment[];
}

/** A passage's KJV text in paragraphs, and whether a page should fold it away. */
export interface PassageReading {
  /** Paragraphs as the 1769 text marks them, each a run of verses. */
  paragraphs: ReadingVerse[][];
  /** Verses printed. */
  verseCount: number;
  /** More than `collapseAfter` verses: show it behind a disclosure. */
  collapsed: boolean;
  /** Longer than `maxVerses`: the rest is left out. */
  truncated: boolean;
}

/** A passage in a translation this site has no text of: the page links it and says which text is missing. */
export interface MissingReading {
  kind: 'no-text';
  translation: TranslationInfo;
}

/**
 * The text of a passage for a page in the translation `verses` (the KJV unless given), MissingReading
 * when the site has no text of that translation (never another translation's text), or undefined for
 * a whole book (no page prints a book). Verse numbers carry the chapter in a range that spans
 * chapters (`7:28 … 8:1`).
 */
/** Most verses a page prints of one passage; verse boxes (src/plugins/scripture-links.ts) count on exactly these. */
export const READING_MAX_VERSES = 200;

export function passageReading(
  passage: Passage,
  { collapseAfter = 3, maxVerses = READING_MAX_VERSES, verses: source = KJV, language = ENGLISH }: { collapseAfter?: number; maxVerses?: number; verses?: VerseSource; language?: ScriptureLanguage } = {},
): PassageReading | MissingReading | undefined {
  if (isWholeBook(passage) || !passage.start || !passage.end) return undefined;
  const text = passageTextFrom(source, passage, { maxVerses });
  if ('kind' in text) return { kind: 'no-text', translation: text.translation };
  const { verses, truncated } = text;
  const crossesChapters = passage.start.chapter !== passage.end.chapter;
  const paragraphs: ReadingVerse[][] = [];
  let current: ReadingVerse[] = [];
  verses.forEach((verse, index) => {
    if (index > 0 && verse.paragraph && current.length > 0) {
      paragraphs.push(current);
      current = [];
    }
    const withChapter = crossesChapters && (index === 0 || verse.verse === 1);
    current.push({ label: withChapter ? `${verse.chapter}${language.chapterVerse[0]}${verse.verse}` : `${verse.verse}`, key: verseKey(passage.book, verse.chapter, verse.verse), segments: verse.segments });
  });
  if (current.length > 0) paragraphs.push(current);
  return { paragraphs, verseCount: verses.length, collapsed: verses.length > collapseAfter, truncated };
}

/**
 * The id an article page gives a cited passage's text under "Scripture cited"
 * (`passage-Luke_21_7-Luke_21_8`: the passage key with `_` for `.`, since ids keep to letters,
 * digits, `-` and `_`): references to it in the article text link there.
 */
export function citedPassageId(passage: Passage): string {
  return `passage-${passageKey(passage).replaceAll('.', '_')}`;
}

/** A run of consecutive cited verses of one chapter, in paragraphs. */
export interface VerseRun {
  first: number;
  last: number;
  paragraphs: ReadingVerse[][];
}

/** The first verse of a passage inside `chapter` (1 when the passage starts in an earlier chapter or is the whole chapter). */
export function firstVerseIn(passage: Passage, chapter: number): number {
  if (!passage.start || passage.start.chapter < chapter) return 1;
  return passage.start.verse ?? 1;
}

/**
 * The verses of one chapter that any of `citing` cites, each once and in order, as runs of
 * consecutive verses: a chapter page prints the text once, however many articles cite it. Marks
 * are counted with a difference array, so the cost is one step per passage plus one per verse of
 * the chapter, not verses × citing articles.
 */
export function citedVerseRuns(book: Book, chapter: number, citing: readonly { passages: readonly Passage[] }[], verses: VerseSource = KJV): VerseRun[] {
  // No text of the edition's translation: no runs (the page says which text is missing), never another's text.
  if (verses.kind === 'none') return [];
  const count = book.verses[chapter - 1] ?? 0;
  const starts = new Int32Array(count + 2);
  for (const { passages } of citing) {
    for (const passage of passages) {
      if (isWholeBook(passage) || !passage.start || !passage.end) continue;
      if (passage.start.chapter > chapter || passage.end.chapter < chapter) continue;
      const first = firstVerseIn(passage, chapter);
      const last = passage.end.chapter > chapter || passage.end.verse === null ? count : passage.end.verse;
      starts[first] = starts[first]! + 1;
      starts[last + 1] = starts[last + 1]! - 1;
    }
  }
  const runs: VerseRun[] = [];
  let depth = 0;
  let from = 0;
  for (let verse = 1; verse <= count + 1; verse++) {
    depth += verse <= count ? starts[verse]! : 0;
    const cited = verse <= count && depth > 0;
    if (cited && from === 0) from = verse;
    if (!cited && from !== 0) {
      const reading = passageReading({ book: book.id, start: { chapter, verse: from }, end: { chapter, verse: verse - 1 } }, { collapseAfter: Infinity, maxVerses: Infinity, verses });
      runs.push({ first: from, last: verse - 1, paragraphs: reading && !('kind' in reading) ? reading.paragraphs : [] });
      from = 0;
    }
  }
  return runs;
}
