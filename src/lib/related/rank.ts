/** Related articles: other articles citing the same or parallel passages, then those sharing topics. */
import { comparePassages, formatPassage, verseSpan, type Passage } from '../scripture/index.ts';
import { indexOf, MAX_TOPIC_SET, newerFirst, prepare, setKey, subsets, type Cited, type Prepared, type SpanGroup } from './archive-index.ts';
import { levels, mergeNewestFirst, overlapping, weaklyLinked } from './candidates.ts';
import { pairKey, REASON_RANK, REASONS } from './spans.ts';
import type { RelatableArticle, RelatedArticle, RelatedOptions, RelatedReason } from './types.ts';

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

/**
 * The passages behind a reason, each once, the most specific kept: `Matthew 24; Matthew 24:6–7` says
 * `Matthew 24:6–7` (a passage holding another listed one adds nothing to the reason).
 */
export function uniqueDisplays(passages: readonly Passage[]): string[] {
  const spans = passages.map(verseSpan);
  const holdsAnother = (i: number) => spans.some((other, j) => {
    const mine = spans[i]!;
    const same = other.first === mine.first && other.last === mine.last;
    return j !== i && !same && other.book === mine.book && other.first >= mine.first && other.last <= mine.last;
  });
  const kept = passages.filter((_, i) => !holdsAnother(i));
  return [...new Set([...kept].sort(comparePassages).map(formatPassage))];
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
