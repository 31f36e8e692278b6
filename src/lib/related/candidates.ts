/**
 * Candidates in ranking order, lazily: the spans linked to one of mine strongest first, merged into
 * levels of equal strength, and the articles of several newest-first lists merged newest first.
 */
import { PARALLELS } from './parallels.ts';
import { pairKey, REASON_RANK, stronger, type Key, type Span } from './spans.ts';
import { newerFirst, type Prepared, type PreparedIndex, type SpanGroup } from './archive-index.ts';
import type { RelatedStats } from './types.ts';

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

/** A span group and its link to one of mine. */
export interface Linked<T> {
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
export function* overlapping<T>(index: PreparedIndex<T>, mine: Span, stats: RelatedStats | undefined): Generator<Linked<T>> {
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
export function weaklyLinked<T>(index: PreparedIndex<T>, mine: Span, stats: RelatedStats | undefined): Linked<T>[] {
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
export function* levels<T>(streams: Iterator<Linked<T>>[], seen: Set<SpanGroup<T>>): Generator<SpanGroup<T>[]> {
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
export function* mergeNewestFirst<T>(lists: readonly (readonly Prepared<T>[])[]): Generator<Prepared<T>> {
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
