/** KJV text laid out for a page: a passage in paragraphs, and the cited verses of a chapter in runs. */
import { isWholeBook, passageKey } from './format.ts';
import { passageText, type TextSegment } from './text.ts';
import type { Book, Passage } from './types.ts';

/** One verse ready to print: its number (`7`, or `8:1` where a range crosses into a new chapter) and its text. */
export interface ReadingVerse {
  label: string;
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

/**
 * The text of a passage for a page, or undefined for a whole book (no page prints a book).
 * Verse numbers carry the chapter in a range that spans chapters (`7:28 … 8:1`).
 */
export function passageReading(
  passage: Passage,
  { collapseAfter = 3, maxVerses = 200 }: { collapseAfter?: number; maxVerses?: number } = {},
): PassageReading | undefined {
  if (isWholeBook(passage) || !passage.start || !passage.end) return undefined;
  const { verses, truncated } = passageText(passage, { maxVerses });
  const crossesChapters = passage.start.chapter !== passage.end.chapter;
  const paragraphs: ReadingVerse[][] = [];
  let current: ReadingVerse[] = [];
  verses.forEach((verse, index) => {
    if (index > 0 && verse.paragraph && current.length > 0) {
      paragraphs.push(current);
      current = [];
    }
    const withChapter = crossesChapters && (index === 0 || verse.verse === 1);
    current.push({ label: withChapter ? `${verse.chapter}:${verse.verse}` : `${verse.verse}`, segments: verse.segments });
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
export function citedVerseRuns(book: Book, chapter: number, citing: readonly { passages: readonly Passage[] }[]): VerseRun[] {
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
      const reading = passageReading({ book: book.id, start: { chapter, verse: from }, end: { chapter, verse: verse - 1 } }, { collapseAfter: Infinity, maxVerses: Infinity });
      runs.push({ first: from, last: verse - 1, paragraphs: reading?.paragraphs ?? [] });
      from = 0;
    }
  }
  return runs;
}
