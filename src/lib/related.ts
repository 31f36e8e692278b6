/** Related articles: other articles citing the same or parallel passages, then those sharing topics. */
import { comparePassages, formatPassage, isWholeBook, overlapScore, passagesOverlap, verseSpan, type Passage, type VerseSpan } from './scripture/index.ts';
import { slugify } from './slug.ts';

/** The fields ranking reads; validated entries and plain test objects both satisfy it. */
export interface RelatableArticle {
  id: string;
  data: {
    title: string;
    date: string;
    topics: readonly string[];
    scripture: readonly { readonly passages: readonly Passage[] }[];
  };
}

/**
 * Why an article is related, strongest first:
 * - `scripture`: it cites a passage sharing at least one verse with one of this article's;
 * - `parallel`: it cites the synoptic parallel of one of this article's passages (Luke 21 ↔ Matthew 24 ↔ Mark 13);
 * - `chapter`: it cites another part of a chapter this article cites;
 * - `topic`: it shares a topic, and nothing above.
 */
export type RelatedReason = 'scripture' | 'parallel' | 'chapter' | 'topic';

/** One related article and why. */
export interface RelatedArticle<T> {
  article: T;
  reason: RelatedReason;
  /** The other article's passages (display form, canonical order) or shared topics (this article's spelling) behind the reason. */
  shared: string[];
  /**
   * Closeness within the reason, higher is closer: `scripture` the best overlapScore of a pair;
   * `parallel` how well both passages fill the same section of the parallel (0 when they sit in
   * different sections of it); `chapter` 1 / (1 + verses between them); `topic` topics shared.
   */
  score: number;
}

export interface RelatedOptions {
  /** At most this many (default 5). */
  limit?: number;
}

const REASON_RANK: Record<RelatedReason, number> = { scripture: 3, parallel: 2, chapter: 1, topic: 0 };

// A passage of one chapter (or a verse range in it), written compactly for the tables below.
function verses(book: string, chapter: number, first: number, last: number): Passage {
  return { book, start: { chapter, verse: first }, end: { chapter, verse: last } };
}

/** A block of text the synoptic gospels share, as parallel sections (each maps a book to its passage). */
interface Parallel {
  name: string;
  /** The whole block in each book. */
  whole: Record<string, Passage>;
  /** Its sections in order, each the same material in each book. */
  sections: Record<string, Passage>[];
}

/** Synoptic parallels; section boundaries follow the usual synopsis divisions. */
export const PARALLELS: readonly Parallel[] = [
  {
    name: 'Olivet discourse',
    whole: { Matt: verses('Matt', 24, 1, 51), Mark: verses('Mark', 13, 1, 37), Luke: verses('Luke', 21, 5, 36) },
    sections: [
      // The temple's destruction foretold.
      { Matt: verses('Matt', 24, 1, 2), Mark: verses('Mark', 13, 1, 2), Luke: verses('Luke', 21, 5, 6) },
      // Signs before the end: deceivers, wars, earthquakes, famines.
      { Matt: verses('Matt', 24, 3, 8), Mark: verses('Mark', 13, 3, 8), Luke: verses('Luke', 21, 7, 11) },
      // Persecution.
      { Matt: verses('Matt', 24, 9, 14), Mark: verses('Mark', 13, 9, 13), Luke: verses('Luke', 21, 12, 19) },
      // The abomination of desolation; Jerusalem compassed with armies.
      { Matt: verses('Matt', 24, 15, 28), Mark: verses('Mark', 13, 14, 23), Luke: verses('Luke', 21, 20, 24) },
      // The coming of the Son of man.
      { Matt: verses('Matt', 24, 29, 31), Mark: verses('Mark', 13, 24, 27), Luke: verses('Luke', 21, 25, 28) },
      // The fig tree.
      { Matt: verses('Matt', 24, 32, 35), Mark: verses('Mark', 13, 28, 31), Luke: verses('Luke', 21, 29, 33) },
      // The day and hour unknown: watch.
      { Matt: verses('Matt', 24, 36, 51), Mark: verses('Mark', 13, 32, 37), Luke: verses('Luke', 21, 34, 36) },
    ],
  },
];

/** How closely two passages of different books are parallel: undefined when not at all, else 0–1. */
export function parallelScore(a: Passage, b: Passage): number | undefined {
  if (a.book === b.book) return undefined;
  let best: number | undefined;
  for (const parallel of PARALLELS) {
    const wholeA = parallel.whole[a.book];
    const wholeB = parallel.whole[b.book];
    if (!wholeA || !wholeB || overlapScore(a, wholeA) === 0 || overlapScore(b, wholeB) === 0) continue;
    best = Math.max(best ?? 0, 0);
    for (const section of parallel.sections) {
      const sectionA = section[a.book];
      const sectionB = section[b.book];
      if (!sectionA || !sectionB) continue;
      best = Math.max(best, overlapScore(a, sectionA) * overlapScore(b, sectionB));
    }
  }
  return best;
}

// A passage with what ranking needs precomputed.
interface Cited {
  passage: Passage;
  span: VerseSpan;
  /** Chapters it touches, empty for a whole book. */
  chapters: Set<number>;
}

interface Prepared<T> {
  article: T;
  cited: Cited[];
  books: Set<string>;
  topics: Map<string, string>;
}

interface PreparedIndex<T> {
  byId: Map<string, Prepared<T>>;
  byBook: Map<string, Prepared<T>[]>;
  /** Articles citing a passage in a chapter, keyed `book:chapter`. */
  byChapter: Map<string, Prepared<T>[]>;
  /** Articles citing a book as a whole. */
  byWholeBook: Map<string, Prepared<T>[]>;
  byTopic: Map<string, Prepared<T>[]>;
}

// Pages call this once per article with the same list; index it once, not once per page.
const indexes = new WeakMap<readonly object[], PreparedIndex<never>>();

function prepare<T extends RelatableArticle>(article: T): Prepared<T> {
  const cited: Cited[] = [];
  for (const citation of article.data.scripture) {
    for (const passage of citation.passages) {
      const chapters = new Set<number>();
      if (passage.start && passage.end && !isWholeBook(passage)) {
        for (let chapter = passage.start.chapter; chapter <= passage.end.chapter; chapter++) chapters.add(chapter);
      }
      cited.push({ passage, span: verseSpan(passage), chapters });
    }
  }
  const topics = new Map<string, string>();
  for (const topic of article.data.topics) {
    const slug = slugify(topic);
    if (slug && !topics.has(slug)) topics.set(slug, topic);
  }
  return { article, cited, books: new Set(cited.map((c) => c.passage.book)), topics };
}

function indexOf<T extends RelatableArticle>(all: readonly T[]): PreparedIndex<T> {
  const cached = indexes.get(all) as PreparedIndex<T> | undefined;
  if (cached) return cached;
  const entries = all.map(prepare);
  const byBook = new Map<string, Prepared<T>[]>();
  const byChapter = new Map<string, Prepared<T>[]>();
  const byWholeBook = new Map<string, Prepared<T>[]>();
  const byTopic = new Map<string, Prepared<T>[]>();
  const push = (map: Map<string, Prepared<T>[]>, key: string, entry: Prepared<T>) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const entry of entries) {
    for (const book of entry.books) push(byBook, book, entry);
    const keys = new Set<string>();
    for (const cited of entry.cited) {
      if (cited.chapters.size === 0) keys.add(`whole:${cited.passage.book}`);
      for (const chapter of cited.chapters) keys.add(`${cited.passage.book}:${chapter}`);
    }
    for (const key of keys) {
      if (key.startsWith('whole:')) push(byWholeBook, key.slice(6), entry);
      else push(byChapter, key, entry);
    }
    for (const slug of entry.topics.keys()) push(byTopic, slug, entry);
  }
  const index = { byId: new Map(entries.map((entry) => [entry.article.id, entry])), byBook, byChapter, byWholeBook, byTopic };
  indexes.set(all, index as PreparedIndex<never>);
  return index;
}

// The strongest scripture link between two articles, with the other article's passages behind it.
function scriptureLink(target: Cited[], other: Cited[]): { reason: RelatedReason; score: number; passages: Passage[] } | undefined {
  let best: { reason: RelatedReason; score: number; passages: Passage[] } | undefined;
  for (const mine of target) {
    for (const theirs of other) {
      const link = pairLink(mine, theirs);
      if (!link) continue;
      const rank = REASON_RANK[link.reason];
      if (!best || rank > REASON_RANK[best.reason]) best = { ...link, passages: [theirs.passage] };
      else if (rank === REASON_RANK[best.reason]) {
        best.score = Math.max(best.score, link.score);
        best.passages.push(theirs.passage);
      }
    }
  }
  return best;
}

function pairLink(a: Cited, b: Cited): { reason: RelatedReason; score: number } | undefined {
  const overlap = overlapScore(a.passage, b.passage);
  if (overlap > 0) return { reason: 'scripture', score: overlap };
  const parallel = parallelScore(a.passage, b.passage);
  if (parallel !== undefined) return { reason: 'parallel', score: parallel };
  if (a.span.book === b.span.book && [...a.chapters].some((chapter) => b.chapters.has(chapter))) {
    const gap = Math.max(a.span.first, b.span.first) - Math.min(a.span.last, b.span.last) - 1;
    return { reason: 'chapter', score: 1 / (1 + gap) };
  }
  return undefined;
}

function uniqueDisplays(passages: Passage[]): string[] {
  return [...new Set([...passages].sort(comparePassages).map(formatPassage))];
}

/** Same order as the rest of the site when closeness ties: newer first, then id. */
function compareRelated<T extends RelatableArticle>(a: RelatedArticle<T>, b: RelatedArticle<T>): number {
  return (
    REASON_RANK[b.reason] - REASON_RANK[a.reason] ||
    b.score - a.score ||
    b.article.data.date.localeCompare(a.article.data.date) ||
    (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0)
  );
}

/**
 * Up to `limit` (5) other articles related to `target`, closest first: by reason (shared verses,
 * then synoptic parallel, then same chapter, then shared topics), then by score within the
 * reason, then newer first, then id. The target itself (by id) is never included.
 */
export function relatedArticles<T extends RelatableArticle>(target: T, all: readonly T[], { limit = 5 }: RelatedOptions = {}): RelatedArticle<T>[] {
  const index = indexOf(all);
  const me = index.byId.get(target.id) ?? prepare(target);
  // Only articles that can share a verse, a parallel or a chapter are compared passage by passage:
  // those in the same chapters, those citing a whole book involved, and for a whole book of mine,
  // every article in it. (Comparing with every article of the book grew with the square of the archive.)
  const candidates = new Set<Prepared<T>>();
  const addAll = (list: readonly Prepared<T>[] | undefined) => {
    for (const entry of list ?? []) candidates.add(entry);
  };
  const addChapters = (book: string, chapters: Iterable<number>) => {
    for (const chapter of chapters) addAll(index.byChapter.get(`${book}:${chapter}`));
    addAll(index.byWholeBook.get(book));
  };
  for (const cited of me.cited) {
    if (cited.chapters.size === 0) addAll(index.byBook.get(cited.passage.book));
    else addChapters(cited.passage.book, cited.chapters);
    for (const parallel of PARALLELS) {
      const mine = parallel.whole[cited.passage.book];
      if (!mine || !passagesOverlap(mine, cited.passage)) continue;
      for (const [book, passage] of Object.entries(parallel.whole)) {
        if (passage.start && passage.end) addChapters(book, Array.from({ length: passage.end.chapter - passage.start.chapter + 1 }, (_, i) => passage.start!.chapter + i));
      }
    }
  }

  const related: RelatedArticle<T>[] = [];
  const seen = new Set<string>([target.id]);
  for (const other of candidates) {
    if (seen.has(other.article.id)) continue;
    const link = scriptureLink(me.cited, other.cited);
    if (!link) continue;
    seen.add(other.article.id);
    related.push({ article: other.article, reason: link.reason, shared: uniqueDisplays(link.passages), score: link.score });
  }
  // Shared topics rank below every scripture link, so they are looked at only when there is room.
  if (related.length < limit) {
    for (const slug of me.topics.keys()) {
      for (const other of index.byTopic.get(slug) ?? []) {
        if (seen.has(other.article.id)) continue;
        seen.add(other.article.id);
        const topics = [...me.topics.entries()].filter(([key]) => other.topics.has(key)).map(([, name]) => name);
        related.push({ article: other.article, reason: 'topic', shared: topics, score: topics.length });
      }
    }
  }
  return related.sort(compareRelated).slice(0, Math.max(0, limit));
}

/** A short line saying why an article is related: `Also cites Luke 21:9–11`, `Parallel passage: Mark 13:7`, `Also on Russia, Security`. */
export function relatedReasonText(related: Pick<RelatedArticle<unknown>, 'reason' | 'shared'>, max = 3): string {
  const list = related.shared.slice(0, max).join('; ') + (related.shared.length > max ? '; …' : '');
  switch (related.reason) {
    case 'scripture':
    case 'chapter':
      return `Also cites ${list}`;
    case 'parallel':
      return `Parallel passage: ${list}`;
    case 'topic':
      return `Also on ${related.shared.slice(0, max).join(', ')}${related.shared.length > max ? ', …' : ''}`;
  }
}
