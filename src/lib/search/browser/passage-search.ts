/**
 * A passage query in the browser: loads the books' passage files (only those it needs), checks the
 * passages against their verse counts, and returns the Pagefind page ids citing an overlapping
 * passage (with the synoptic parallels when asked), each with its closeness for "best match".
 */
import type { PassageProblem, QueryPassage, QueryReader } from '../common/query.ts';
import { pagesCiting, parallelSpans, spanOf, type PassageFile, type Span } from '../common/passage-file.ts';

export type LoadFile = (book: string) => Promise<PassageFile>;

export interface PassageHits {
  /** Page id → best overlap score (a parallel counts half, so the passage itself ranks first). */
  pages: Map<string, number>;
  /** Problems such as `Luke has 24 chapters` (worded by the page); the query is then searched as words. */
  problems: PassageProblem[];
  /** `OSIS id/slug/first-last chapter` of the first passage, for the article page to scroll to (`Matt/matthew/24-24`). */
  cite: string | undefined;
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
  const pages = new Map<string, number>();
  if (problems.length) return { pages, problems, cite: undefined };
  const add = (hits: Map<string, number>, weight: number) => {
    for (const [id, score] of hits) pages.set(id, Math.max(pages.get(id) ?? 0, score * weight));
  };
  for (const [book, spans] of wanted) add(pagesCiting(files.get(book)!, spans), 1);
  if (withParallels) {
    const others = new Map<string, Span[]>();
    for (const [book, spans] of wanted) {
      for (const [other, otherSpans] of parallelSpans(files.get(book)!, spans)) others.set(other, [...(others.get(other) ?? []), ...otherSpans]);
    }
    await Promise.all([...others.keys()].filter((book) => !files.has(book)).map(async (book) => files.set(book, await load(book))));
    for (const [book, spans] of others) add(pagesCiting(files.get(book)!, spans), 0.5);
  }
  const first = passages[0]!;
  const book = `${first.book}/${reader.bookSlug(first.book)}`;
  const cite = first.start && first.end ? `${book}/${first.start.chapter}-${first.end.chapter}` : book;
  return { pages, problems, cite };
}
