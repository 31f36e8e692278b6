/** Display text of query passages, as format.ts writes them (`Luke 21:7–8`, `Psalm 2`), without the canon table. */
import { bookName, isSingleChapterBook, type QueryPassage, type QueryPoint } from '../common/query.ts';

/** `Matthew 24`, `Luke 21:7–8; Revelation 13`: one passage after another, each with its book. */
export function formatPassages(passages: readonly QueryPassage[]): string {
  return passages.map(formatPassage).join('; ');
}

export function formatPassage(passage: QueryPassage): string {
  const { start, end } = passage;
  const name = bookName(passage.book);
  const single = isSingleChapterBook(passage.book);
  if (!start || !end || (single && start.verse === null && end.verse === null)) return name;
  const cited = passage.book === 'Ps' && start.chapter === end.chapter ? 'Psalm' : name;
  const point = (p: QueryPoint): string => (p.verse === null ? `${p.chapter}` : single ? `${p.verse}` : `${p.chapter}:${p.verse}`);
  if (start.chapter === end.chapter && start.verse === end.verse) return `${cited} ${point(start)}`;
  if (start.chapter === end.chapter && start.verse !== null && end.verse !== null) return `${cited} ${point(start)}–${end.verse}`;
  return `${cited} ${point(start)}–${point(end)}`;
}
