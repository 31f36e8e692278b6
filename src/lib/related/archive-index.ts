/**
 * The archive indexed once for ranking: each distinct verse span with the articles citing it
 * (newest first), by chapter and by length, and articles by every small set of their topics.
 *
 * Ranking is "the best pair link between two articles' passages", and a pair link depends only on
 * the two passages' verse spans. So the archive is indexed once by distinct span, each span keeping
 * the articles that cite it newest first. An article then takes distinct spans closest first, lazily
 * (overlapping() in candidates.ts looks only at spans of lengths near its own), and walks their
 * article lists until it has `limit` articles. Work per article stays nearly flat as the archive
 * grows (15 steps at 1k, 21 at 10k on the generated corpus), where comparing article with article
 * grew with its square.
 */
import { requireBook, type Passage } from '../scripture/index.ts';
import { slugify } from '../text/slug.ts';
import { spanOf, type Span } from './spans.ts';
import type { RelatableArticle } from './types.ts';

// A distinct span cited somewhere in the archive, with the articles citing it.
export interface SpanGroup<T> extends Span {
  /** Newest first, then id. */
  articles: Prepared<T>[];
  /** Last target that scored it (each target scores a group once). */
  seenBy: number;
}

// A passage with what ranking needs precomputed.
export interface Cited {
  passage: Passage;
  span: Span;
}

export interface Prepared<T> {
  article: T;
  id: string;
  date: string;
  cited: Cited[];
  /** Topic slug → this article's spelling, in its order. */
  topics: Map<string, string>;
}

export interface PreparedIndex<T> {
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
export const MAX_TOPIC_SET = 4;

// Pages call this once per article with the same list; index it once, not once per page.
const indexes = new WeakMap<readonly object[], PreparedIndex<never>>();

/** An article with its spans and topic slugs worked out. */
export function prepare<T extends RelatableArticle>(article: T): Prepared<T> {
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
export function newerFirst(a: Prepared<unknown>, b: Prepared<unknown>): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every subset of `items` with 1..max members, each sorted and joined by \0. */
export function subsets(items: readonly string[], max: number): string[][] {
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

/** The key of a topic set in PreparedIndex.byTopicSet. */
export const setKey = (slugs: readonly string[]) => [...slugs].sort().join('\0');

/** The index of `all`, built on first use and kept while the list lives. */
export function indexOf<T extends RelatableArticle>(all: readonly T[]): PreparedIndex<T> {
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
