// Scripture references: valid passages weighted toward prophecy's chapters, for the frontmatter and the prose.
import { ENGLISH, formatPassageIn, formatPassagesIn, isSingleChapter, requireBook, type Book, type Passage, type ScriptureLanguage } from '../../../src/lib/scripture/index.ts';
import type { Rng } from './random.ts';
import { HOT_CHAPTERS } from './vocabulary.ts';
import type { World } from './world.ts';

/** A valid passage of `book`, in one of the forms the contract allows. */
function passageOf(book: Book, rng: Rng): Passage {
  const chapters = book.verses.length;
  const form = rng.next();
  if (form < 0.06) return { book: book.id, start: null, end: null };
  const hot = HOT_CHAPTERS[book.id];
  const chapter = hot && rng.chance(0.7) ? rng.pick(hot) : rng.int(1, chapters);
  const verses = book.verses[chapter - 1]!;
  if (isSingleChapter(book)) {
    const v = rng.int(1, verses);
    const to = rng.chance(0.5) ? Math.min(verses, v + rng.int(1, 4)) : v;
    return { book: book.id, start: { chapter: 1, verse: v }, end: { chapter: 1, verse: to } };
  }
  if (form < 0.36) return { book: book.id, start: { chapter, verse: null }, end: { chapter, verse: null } };
  if (form < 0.62) {
    const v = rng.int(1, verses);
    return { book: book.id, start: { chapter, verse: v }, end: { chapter, verse: v } };
  }
  if (form < 0.95 || chapter === chapters) {
    const v = rng.int(1, Math.max(1, verses - 1));
    const to = Math.min(verses, v + rng.int(1, 9));
    return { book: book.id, start: { chapter, verse: v }, end: { chapter, verse: to } };
  }
  // Across a chapter boundary: `Daniel 7:1–8:2`, or a chapter range `Matthew 24–25`.
  if (rng.chance(0.5)) return { book: book.id, start: { chapter, verse: null }, end: { chapter: chapter + 1, verse: null } };
  const v = rng.int(1, verses);
  const next = book.verses[chapter]!;
  return { book: book.id, start: { chapter, verse: v }, end: { chapter: chapter + 1, verse: rng.int(1, next) } };
}

export interface Citation {
  /** As written in the frontmatter. */
  text: string;
  passages: Passage[];
}

/**
 * A frontmatter reference: usually one passage, sometimes two of one book (`Revelation 13:1–18; 17:3`),
 * written in the article's language (German `Offenbarung 13,1–18; 17,3`); the random draws are the same in both.
 */
export function reference(w: World, rng: Rng, language: ScriptureLanguage = ENGLISH): Citation {
  const book = w.bookPick.draw(rng);
  const first = passageOf(book, rng);
  let passages = [first];
  if (first.start && rng.chance(0.05)) {
    const second = passageOf(book, rng);
    if (second.start && second.start.chapter > first.end!.chapter) passages = [first, second];
  }
  const text = formatPassagesIn(language, passages);
  // Authors type hyphens more often than en dashes; both are valid.
  return { text: rng.chance(0.4) ? text.replace(/–/g, '-') : text, passages };
}

/**
 * A citation in the prose: one of the frontmatter's references, or a verse range inside one of its chapters
 * (`Matthew 24:6–7` under `Matthew 24`), so check has nothing to suggest (every cited passage is listed).
 */
export function proseReference(citations: readonly Citation[], rng: Rng, language: ScriptureLanguage = ENGLISH): string {
  const citation = rng.pick(citations);
  const only = citation.passages.length === 1 ? citation.passages[0]! : undefined;
  if (only?.start && only.end && only.start.verse === null && only.start.chapter === only.end.chapter && rng.chance(0.4)) {
    const verses = requireBook(only.book).verses[only.start.chapter - 1]!;
    const v = rng.int(1, verses);
    const to = Math.min(verses, v + rng.int(0, 3));
    return formatPassageIn(language, { book: only.book, start: { chapter: only.start.chapter, verse: v }, end: { chapter: only.start.chapter, verse: to } });
  }
  return citation.text;
}
