/** Related articles: other articles citing the same or parallel passages, then those sharing topics. */
import { comparePassages, formatPassage, isWholeBook, overlapScore, requireBook, verseSpan, type Passage } from './scripture/index.ts';
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
  /** Counts the work done, for growth tests. */
  stats?: RelatedStats;
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

// --- Precomputed once per archive --------------------------------------------------------------
//
// Ranking is "the best pair link between two articles' passages", and a pair link depends only on
// the two passages' verse spans. So the archive is indexed once by distinct span, each span keeping
// the articles that cite it newest first. An article then takes distinct spans closest first, lazily
// (overlapping() looks only at spans of lengths near its own), and walks their article lists until
// it has `limit` articles. Work per article stays nearly flat as the archive grows (15 steps at 1k,
// 21 at 10k on the generated corpus), where comparing article with article grew with its square.

// A passage's place in one parallel: how well it fills each section (undefined where the section lacks its book).
interface ParallelPlace {
  parallel: number;
  sections: (number | undefined)[];
}

// One distinct verse span (book, first and last verse numbered through the book) and what links read from it.
interface Span {
  book: string;
  first: number;
  last: number;
  /** Chapters it touches; a whole book touches none (it overlaps every passage of its book anyway). */
  firstChapter: number;
  lastChapter: number;
  places: ParallelPlace[];
}

// A distinct span cited somewhere in the archive, with the articles citing it.
interface SpanGroup<T> extends Span {
  /** Newest first, then id. */
  articles: Prepared<T>[];
  /** Last target that scored it (each target scores a group once). */
  seenBy: number;
}

// A passage with what ranking needs precomputed.
interface Cited {
  passage: Passage;
  span: Span;
}

interface Prepared<T> {
  article: T;
  id: string;
  date: string;
  cited: Cited[];
  /** Topic slug → this article's spelling, in its order. */
  topics: Map<string, string>;
}

interface PreparedIndex<T> {
  byId: Map<string, Prepared<T>>;
  /** Distinct spans by book, then by each chapter they touch (index = chapter). */
  groupsByChapter: Map<string, SpanGroup<T>[][]>;
  /** Distinct spans by book, then by length in verses (first verse ascending), with the lengths present in ascending order. */
  groupsByLength: Map<string, { lengths: number[]; byLength: Map<number, SpanGroup<T>[]> }>;
  /** Articles having every topic of a set of up to MAX_TOPIC_SET topics (slugs sorted, joined by \0), newest first. */
  byTopicSet: Map<string, Prepared<T>[]>;
  /** Bumped per target, for SpanGroup.seenBy. */
  visits: number;
}

/** Topic sets indexed per article: all subsets up to this size (15 for an article with 4 topics). */
const MAX_TOPIC_SET = 4;

/** Optional counters for growth tests: how much work ranking did. */
export interface RelatedStats {
  /** Distinct spans scored plus articles taken from lists. */
  steps: number;
}

// Pages call this once per article with the same list; index it once, not once per page.
const indexes = new WeakMap<readonly object[], PreparedIndex<never>>();
// Spans are shared by every article citing the same verses (and by every archive).
const spans = new Map<string, Span>();

function spanOf(passage: Passage): Span {
  const { book, first, last } = verseSpan(passage);
  const key = `${book}:${first}:${last}`;
  let span = spans.get(key);
  if (!span) {
    const whole = isWholeBook(passage) || !passage.start || !passage.end;
    const chapterOf = (verse: number) => chapterAt(book, verse);
    span = {
      book,
      first,
      last,
      firstChapter: whole ? 0 : chapterOf(first),
      lastChapter: whole ? -1 : chapterOf(last),
      places: parallelPlaces(passage),
    };
    spans.set(key, span);
  }
  return span;
}

// The chapter holding verse `n` of a book (verses numbered through the book).
function chapterAt(book: string, n: number): number {
  const counts = requireBook(book).verses;
  let chapter = 0;
  for (let before = 0; chapter < counts.length && before + counts[chapter]! < n; chapter++) before += counts[chapter]!;
  return chapter + 1;
}

function parallelPlaces(passage: Passage): ParallelPlace[] {
  const places: ParallelPlace[] = [];
  PARALLELS.forEach((parallel, index) => {
    const whole = parallel.whole[passage.book];
    if (!whole || overlapScore(passage, whole) === 0) return;
    places.push({ parallel: index, sections: parallel.sections.map((section) => (section[passage.book] ? overlapScore(passage, section[passage.book]!) : undefined)) });
  });
  return places;
}

/** parallelScore on precomputed places: the same products in the same order, so the same numbers. */
function parallelScoreOf(a: Span, b: Span): number | undefined {
  if (a.book === b.book) return undefined;
  let best: number | undefined;
  for (const placeA of a.places) {
    const placeB = b.places.find((place) => place.parallel === placeA.parallel);
    if (!placeB) continue;
    best = Math.max(best ?? 0, 0);
    placeA.sections.forEach((scoreA, section) => {
      const scoreB = placeB.sections[section];
      if (scoreA !== undefined && scoreB !== undefined) best = Math.max(best!, scoreA * scoreB);
    });
  }
  return best;
}

function prepare<T extends RelatableArticle>(article: T): Prepared<T> {
  const cited: Cited[] = [];
  for (const citation of article.data.scripture) {
    for (const passage of citation.passages) cited.push({ passage, span: spanOf(passage) });
  }
  const topics = new Map<string, string>();
  for (const topic of article.data.topics) {
    const slug = slugify(topic);
    if (slug && !topics.has(slug)) topics.set(slug, topic);
  }
  return { article, id: article.id, date: article.data.date, cited, topics };
}

/** Newer first, then id: the order of ties everywhere on the site. */
function newerFirst(a: Prepared<unknown>, b: Prepared<unknown>): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every subset of `items` with 1..max members, each sorted and joined by \0. */
function subsets(items: readonly string[], max: number): string[][] {
  const out: string[][] = [];
  const walk = (from: number, chosen: string[]) => {
    for (let i = from; i < items.length; i++) {
      const next = [...chosen, items[i]!];
      out.push(next);
      if (next.length < max) walk(i + 1, next);
    }
  };
  walk(0, []);
  return out;
}

const setKey = (slugs: readonly string[]) => [...slugs].sort().join('\0');

function indexOf<T extends RelatableArticle>(all: readonly T[]): PreparedIndex<T> {
  const cached = indexes.get(all) as PreparedIndex<T> | undefined;
  if (cached) return cached;
  const entries = all.map(prepare).sort(newerFirst);
  const groups = new Map<Span, SpanGroup<T>>();
  const groupsByChapter = new Map<string, SpanGroup<T>[][]>();
  const byTopicSet = new Map<string, Prepared<T>[]>();
  for (const entry of entries) {
    for (const { span } of entry.cited) {
      let group = groups.get(span);
      if (!group) {
        groups.set(span, (group = { ...span, articles: [], seenBy: 0 }));
        let chapters = groupsByChapter.get(span.book);
        if (!chapters) groupsByChapter.set(span.book, (chapters = []));
        // A whole book is listed under every chapter: it overlaps whatever a chapter's passages cite.
        const [from, to] = span.lastChapter < span.firstChapter ? [1, requireBook(span.book).verses.length] : [span.firstChapter, span.lastChapter];
        for (let chapter = from; chapter <= to; chapter++) (chapters[chapter] ??= []).push(group);
      }
      // Entries arrive newest first, so each list is already in order; an article citing one span twice is listed once.
      if (group.articles.at(-1) !== entry) group.articles.push(entry);
    }
    for (const set of subsets([...entry.topics.keys()], MAX_TOPIC_SET)) {
      const key = setKey(set);
      const list = byTopicSet.get(key);
      if (list) list.push(entry);
      else byTopicSet.set(key, [entry]);
    }
  }
  const groupsByLength = new Map<string, { lengths: number[]; byLength: Map<number, SpanGroup<T>[]> }>();
  for (const group of groups.values()) {
    let book = groupsByLength.get(group.book);
    if (!book) groupsByLength.set(group.book, (book = { lengths: [], byLength: new Map() }));
    const length = group.last - group.first + 1;
    const list = book.byLength.get(length);
    if (list) list.push(group);
    else book.byLength.set(length, [group]);
  }
  for (const book of groupsByLength.values()) {
    book.lengths = [...book.byLength.keys()].sort((a, b) => a - b);
    for (const list of book.byLength.values()) list.sort((a, b) => a.first - b.first);
  }
  const index: PreparedIndex<T> = { byId: new Map(entries.map((entry) => [entry.id, entry])), groupsByChapter, groupsByLength, byTopicSet, visits: 0 };
  indexes.set(all, index as PreparedIndex<never>);
  return index;
}

// --- Ranking ----------------------------------------------------------------------------------

// A pair link's strength: reason first, then score within the reason.
interface Key {
  rank: number;
  score: number;
}

const stronger = (a: Key, b: Key) => a.rank > b.rank || (a.rank === b.rank && a.score > b.score);

function pairKey(a: Span, b: Span): Key | undefined {
  const shared = a.book === b.book ? Math.max(0, Math.min(a.last, b.last) - Math.max(a.first, b.first) + 1) : 0;
  if (shared > 0) return { rank: REASON_RANK.scripture, score: shared / (a.last - a.first + 1 + (b.last - b.first + 1) - shared) };
  const parallel = parallelScoreOf(a, b);
  if (parallel !== undefined) return { rank: REASON_RANK.parallel, score: parallel };
  if (a.book === b.book && Math.max(a.firstChapter, b.firstChapter) <= Math.min(a.lastChapter, b.lastChapter)) {
    const gap = Math.max(a.first, b.first) - Math.min(a.last, b.last) - 1;
    return { rank: REASON_RANK.chapter, score: 1 / (1 + gap) };
  }
  return undefined;
}

// The distinct spans that can link to one of mine: those in the chapters it touches (all of its book
// for a whole book), and for a passage inside a parallel, those in the parallel's chapters of the other books.
function nearbyGroups<T>(index: PreparedIndex<T>, span: Span, visit: (group: SpanGroup<T>) => void): void {
  const walk = (book: string, from: number, to: number) => {
    const chapters = index.groupsByChapter.get(book);
    if (!chapters) return;
    for (let chapter = Math.max(1, from); chapter <= Math.min(to, chapters.length - 1); chapter++) for (const group of chapters[chapter] ?? []) visit(group);
  };
  if (span.lastChapter < span.firstChapter) walk(span.book, 1, Infinity);
  else walk(span.book, span.firstChapter, span.lastChapter);
  for (const place of span.places) {
    for (const [book, whole] of Object.entries(PARALLELS[place.parallel]!.whole)) {
      if (book !== span.book && whole.start && whole.end) walk(book, whole.start.chapter, whole.end.chapter);
    }
  }
}

interface Linked<T> {
  group: SpanGroup<T>;
  key: Key;
}

/** First index in an ascending list whose value is >= `value`. */
function lowerBound<V>(list: readonly V[], value: number, of: (item: V) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (of(list[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The distinct spans sharing a verse with `mine`, closest first, lazily. A span of L verses can score
 * at most min(L, n) / max(L, n) against my n verses, so lengths are visited from n outward and a
 * scored span is released once no unvisited length could beat it: a target looks at the few
 * lengths near its own, not at every span of its book.
 */
function* overlapping<T>(index: PreparedIndex<T>, mine: Span, stats: RelatedStats | undefined): Generator<Linked<T>> {
  const book = index.groupsByLength.get(mine.book);
  if (!book) return;
  const { lengths, byLength } = book;
  const n = mine.last - mine.first + 1;
  const bound = (length: number) => Math.min(length, n) / Math.max(length, n);
  let up = lowerBound(lengths, n, (length) => length);
  let down = up - 1;
  const heap: Linked<T>[] = [];
  const better = (i: number, j: number) => heap[i]!.key.score > heap[j]!.key.score;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  for (;;) {
    const next = Math.max(up < lengths.length ? bound(lengths[up]!) : -1, down >= 0 ? bound(lengths[down]!) : -1);
    if (heap.length > 0 && (heap[0]!.key.score > next || next < 0)) {
      const top = heap[0]!;
      heap[0] = heap.at(-1)!;
      heap.pop();
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        let best = i;
        if (l < heap.length && better(l, best)) best = l;
        if (l + 1 < heap.length && better(l + 1, best)) best = l + 1;
        if (best === i) break;
        swap(i, best);
        i = best;
      }
      yield top;
      continue;
    }
    if (next < 0) return;
    const length = up < lengths.length && (down < 0 || bound(lengths[up]!) >= bound(lengths[down]!)) ? lengths[up++]! : lengths[down--]!;
    const list = byLength.get(length)!;
    // Spans of this length sharing a verse with mine start within [first - length + 1, last].
    for (let i = lowerBound(list, mine.first - length + 1, (group) => group.first); i < list.length && list[i]!.first <= mine.last; i++) {
      if (stats) stats.steps++;
      const group = list[i]!;
      heap.push({ group, key: pairKey(mine, group)! });
      for (let j = heap.length - 1; j > 0 && better(j, (j - 1) >> 1); j = (j - 1) >> 1) swap(j, (j - 1) >> 1);
    }
  }
}

/** The nearby spans linked to `mine` by a parallel or a shared chapter only (no shared verse), strongest first. */
function weaklyLinked<T>(index: PreparedIndex<T>, mine: Span, stats: RelatedStats | undefined): Linked<T>[] {
  const out: Linked<T>[] = [];
  // A span listed under several chapters is scored once.
  const visit = ++index.visits;
  nearbyGroups(index, mine, (group) => {
    if (group.seenBy === visit) return;
    group.seenBy = visit;
    if (stats) stats.steps++;
    const key = pairKey(mine, group);
    if (key && key.rank < REASON_RANK.scripture) out.push({ group, key });
  });
  return out.sort((a, b) => b.key.rank - a.key.rank || b.key.score - a.key.score);
}

/**
 * Merges strongest-first streams (one per passage of mine) into levels of equal key, strongest
 * first; each span only at its first, strongest, appearance.
 */
function* levels<T>(streams: Iterator<Linked<T>>[], seen: Set<SpanGroup<T>>): Generator<SpanGroup<T>[]> {
  const heads = streams.map((stream) => ({ stream, head: stream.next() }));
  for (;;) {
    let best: Key | undefined;
    for (const { head } of heads) if (!head.done && (!best || stronger(head.value.key, best))) best = head.value.key;
    if (!best) return;
    const level: SpanGroup<T>[] = [];
    for (const entry of heads) {
      while (!entry.head.done && entry.head.value.key.rank === best.rank && entry.head.value.key.score === best.score) {
        const { group } = entry.head.value;
        if (!seen.has(group)) {
          seen.add(group);
          level.push(group);
        }
        entry.head = entry.stream.next();
      }
    }
    if (level.length > 0) yield level;
  }
}

/** Articles of several newest-first lists in newest-first order, lazily (a small binary heap of list heads). */
function* mergeNewestFirst<T>(lists: readonly (readonly Prepared<T>[])[]): Generator<Prepared<T>> {
  const heads = lists.filter((list) => list.length > 0).map((list) => ({ list, at: 0 }));
  if (heads.length === 1) {
    yield* heads[0]!.list;
    return;
  }
  const before = (i: number, j: number) => newerFirst(heads[i]!.list[heads[i]!.at]!, heads[j]!.list[heads[j]!.at]!) < 0;
  const swap = (i: number, j: number) => ([heads[i], heads[j]] = [heads[j]!, heads[i]!]);
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < heads.length && before(l, best)) best = l;
      if (r < heads.length && before(r, best)) best = r;
      if (best === i) return;
      swap(i, best);
      i = best;
    }
  };
  for (let i = (heads.length >> 1) - 1; i >= 0; i--) down(i);
  while (heads.length > 0) {
    const head = heads[0]!;
    yield head.list[head.at++]!;
    if (head.at === head.list.length) {
      heads[0] = heads.at(-1)!;
      heads.pop();
    }
    down(0);
  }
}

// The strongest scripture link between two articles, with the other article's passages behind it.
function scriptureLink(target: Cited[], other: Cited[]): { reason: RelatedReason; score: number; passages: Passage[] } | undefined {
  let best: { reason: RelatedReason; score: number; passages: Passage[] } | undefined;
  for (const mine of target) {
    for (const theirs of other) {
      const link = pairKey(mine.span, theirs.span);
      if (!link) continue;
      const reason = REASONS[link.rank]!;
      if (!best || link.rank > REASON_RANK[best.reason]) best = { reason, score: link.score, passages: [theirs.passage] };
      else if (link.rank === REASON_RANK[best.reason]) {
        best.score = Math.max(best.score, link.score);
        best.passages.push(theirs.passage);
      }
    }
  }
  return best;
}

const REASONS: RelatedReason[] = ['topic', 'chapter', 'parallel', 'scripture'];

function uniqueDisplays(passages: Passage[]): string[] {
  return [...new Set([...passages].sort(comparePassages).map(formatPassage))];
}

/**
 * Up to `limit` (5) other articles related to `target`, closest first: by reason (shared verses,
 * then synoptic parallel, then same chapter, then shared topics), then by score within the
 * reason, then newer first, then id. The target itself (by id) is never included.
 *
 * An article's link is the strongest pair link of its spans with mine, so taking distinct spans
 * strongest first and each span's articles newest first yields every article first at its own
 * link, already in the final order: the first `limit` distinct articles are the answer.
 */
export function relatedArticles<T extends RelatableArticle>(target: T, all: readonly T[], { limit = 5, stats }: RelatedOptions = {}): RelatedArticle<T>[] {
  const index = indexOf(all);
  const me = index.byId.get(target.id) ?? prepare(target);
  const wanted = Math.max(0, limit);
  const taken = new Set<string>([target.id]);
  const related: RelatedArticle<T>[] = [];
  const take = (other: Prepared<T>, reason: RelatedReason, shared: string[], score: number) => {
    taken.add(other.id);
    related.push({ article: other.article, reason, shared, score });
  };

  // Shared verses first (every passage's closest spans), then parallels and shared chapters, which
  // are looked at only when shared verses leave room. Within a level of equal closeness, the spans'
  // article lists are merged newest first.
  const seen = new Set<SpanGroup<T>>();
  const phases = [
    () => me.cited.map((mine) => overlapping(index, mine.span, stats)),
    () => me.cited.map((mine) => weaklyLinked(index, mine.span, stats)[Symbol.iterator]()),
  ];
  for (const phase of phases) {
    if (related.length >= wanted) break;
    for (const level of levels(phase(), seen)) {
      for (const other of mergeNewestFirst(level.map((group) => group.articles))) {
        if (stats) stats.steps++;
        if (taken.has(other.id)) continue;
        const link = scriptureLink(me.cited, other.cited)!;
        take(other, link.reason, uniqueDisplays(link.passages), link.score);
        if (related.length >= wanted) break;
      }
      if (related.length >= wanted) break;
    }
  }

  // Shared topics rank below every scripture link, so they are looked at only when there is room:
  // more shared topics first, then newer. Sets of my topics from the largest down; an article
  // sharing exactly a set is first met in that set's list, and one sharing more was met before.
  if (related.length < wanted && me.topics.size > 0) {
    const slugs = [...me.topics.keys()];
    const sharedCount = (other: Prepared<T>) => slugs.reduce((n, slug) => n + (other.topics.has(slug) ? 1 : 0), 0);
    const takeTopic = (other: Prepared<T>) => {
      const topics = [...me.topics.entries()].filter(([key]) => other.topics.has(key)).map(([, name]) => name);
      take(other, 'topic', topics, topics.length);
    };
    const sets = subsets(slugs, MAX_TOPIC_SET);
    // More shared topics than the index holds sets for (rare): every article sharing the largest
    // indexed sets, counted one by one.
    if (slugs.length > MAX_TOPIC_SET) {
      const many = new Map<string, Prepared<T>>();
      for (const set of sets.filter((s) => s.length === MAX_TOPIC_SET)) {
        for (const other of index.byTopicSet.get(setKey(set)) ?? []) {
          if (stats) stats.steps++;
          if (!taken.has(other.id) && sharedCount(other) > MAX_TOPIC_SET) many.set(other.id, other);
        }
      }
      for (const other of [...many.values()].sort((a, b) => sharedCount(b) - sharedCount(a) || newerFirst(a, b))) {
        if (related.length >= wanted) break;
        takeTopic(other);
      }
    }
    for (let size = Math.min(slugs.length, MAX_TOPIC_SET); size >= 1 && related.length < wanted; size--) {
      const lists = sets.filter((set) => set.length === size).map((set) => index.byTopicSet.get(setKey(set)) ?? []);
      for (const other of mergeNewestFirst(lists)) {
        if (stats) stats.steps++;
        if (taken.has(other.id) || sharedCount(other) !== size) continue;
        takeTopic(other);
        if (related.length >= wanted) break;
      }
    }
  }
  return related;
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
