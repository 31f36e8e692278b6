/** The shapes of related-article ranking: what it reads, what it returns, and its options. */
import type { Passage } from '../scripture/index.ts';

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

/** Optional counters for growth tests: how much work ranking did. */
export interface RelatedStats {
  /** Distinct spans scored plus articles taken from lists. */
  steps: number;
}
