/**
 * A passage query in the browser: loads the books' passage files (only those it needs), checks the
 * passages against their verse counts, and returns the Pagefind page ids citing an overlapping
 * passage (with the synoptic parallels when asked), each with what it cites and its closeness, and
 * the pages that only mention a queried book as a whole (the passage model's `mention`), which rank
 * after every citing page.
 */
import type { PassageProblem, QueryPassage, QueryReader } from '../common/query.ts';
import { pagesCiting, pagesMentioning, parallelSpans, passageOfSpan, spanOf, type PassageFile, type Span } from '../common/passage-file.ts';

export type LoadFile = (book: string) => Promise<PassageFile>;

/** Why a page is a hit: it cites an overlapping passage, a parallel of one, or only mentions the book. */
export type HitKind = 'cited' | 'parallel' | 'mention';

export interface PassageHit {
  kind: HitKind;
  /** Best overlap score (a parallel counts half, so the passage itself ranks first); 0 for a mention. */
  score: number;
  /** What the page cites that matched (`Revelation 13:16–17`), or the book it mentions (start and end null). */
  passage: QueryPassage;
}

export interface PassageHits {
  /** Page id → its hit. */
  pages: Map<string, PassageHit>;
  /** Problems such as `Luke has 24 chapters` (worded by the page); the query is then searched as words. */
  problems: PassageProblem[];
  /** `OSIS id/slug/first-last chapter` of the first passage, for the article page to scroll to (`Matt/matthew/24-24`). */
  cite: string | undefined;
}

const KIND_RANK: Record<HitKind, number> = { cited: 2, parallel: 1, mention: 0 };

/** Closeness order: citing pages before parallels before mentions, then the closer citation first; 0 for a tie. */
export function compareHits(a: PassageHit, b: PassageHit): number {
  return KIND_RANK[b.kind] - KIND_RANK[a.kind] || b.score - a.score;
}

/** The hits of `passages`, read by `reader` (the edition's language: its slugs name the cited chapters for the article page). */
export async function passageHits(passages: readonly QueryPassage[], withParallels: boolean, load: LoadFile, reader: Pick<QueryReader, 'checkPassage' | 'bookSlug'>): Promise<PassageHits> {
  const books = [...new Set(passages.map((passage) => passage.book))];
  const files = new Map<string, PassageFile>();
  await Promise.all(books.map(async (book) => files.set(book, await load(book))));
  const problems: PassageProblem[] = [];
  const wanted = new Map<string, Span[]>();
  for (const passage of passages) {
    const file = files.get(passage.book)!;
    const problem = reader.checkPassage(passage, file.verses);
    if (problem) {
      problems.push(problem);
      continue;
    }
    wanted.set(passage.book, [...(wanted.get(passage.book) ?? []), spanOf(passage, file.verses)]);
  }
  const pages = new Map<string, PassageHit>();
  if (problems.length) return { pages, problems, cite: undefined };
  const add = (book: string, kind: 'cited' | 'parallel', spans: readonly Span[], weight: number) => {
    const file = files.get(book)!;
    for (const [id, hit] of pagesCiting(file, spans)) {
      const next: PassageHit = { kind, score: hit.score * weight, passage: passageOfSpan(book, hit.span, file.verses) };
      const known = pages.get(id);
      if (!known || compareHits(next, known) < 0) pages.set(id, next);
    }
  };
  const mention = (book: string) => {
    for (const id of pagesMentioning(files.get(book)!)) if (!pages.has(id)) pages.set(id, { kind: 'mention', score: 0, passage: { book, start: null, end: null } });
  };
  for (const [book, spans] of wanted) add(book, 'cited', spans, 1);
  const others = new Map<string, Span[]>();
  if (withParallels) {
    for (const [book, spans] of wanted) {
      for (const [other, otherSpans] of parallelSpans(files.get(book)!, spans)) others.set(other, [...(others.get(other) ?? []), ...otherSpans]);
    }
    await Promise.all([...others.keys()].filter((book) => !files.has(book)).map(async (book) => files.set(book, await load(book))));
    for (const [book, spans] of others) add(book, 'parallel', spans, 0.5);
  }
  // Mentions last, so a page citing a passage keeps its citation.
  for (const book of new Set([...wanted.keys(), ...others.keys()])) mention(book);
  const first = passages[0]!;
  const book = `${first.book}/${reader.bookSlug(first.book)}`;
  const cite = first.start && first.end ? `${book}/${first.start.chapter}-${first.end.chapter}` : book;
  return { pages, problems, cite };
}
