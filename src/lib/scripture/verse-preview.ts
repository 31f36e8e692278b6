/**
 * What the verse box behind a scripture reference shows (src/plugins/scripture-links.ts), as plain values:
 * which verses, where each verse's words are already printed on the page, and the verse-level address
 * of the reference in its chapter (`/scripture/matthew/24/#v6`).
 *
 * A page says each thing once: a verse's words are printed at most once per article page (under
 * "Scripture cited" or in the first box that shows it), marked `data-verse="<key>"`; every other box
 * showing that verse carries only its number and `data-verse-from="<key>"`, which
 * public/scripts/reading.js fills from the printed copy.
 */
import { isWholeBook, passageRoute } from './format.ts';
import { passageTextFrom, type VerseText } from './text.ts';
import type { ScriptureLanguage } from './languages/types.ts';
import type { Passage } from './types.ts';
import type { VerseSource } from './verse-source.ts';

/** A verse's key on the page: its OSIS id (`Matt.24.6`), the same in every edition. */
export function verseKey(book: string, chapter: number, verse: number): string {
  return `${book}.${chapter}.${verse}`;
}

/** A verse of a box: its words, its key, and whether the page already printed them elsewhere. */
export interface BoxVerse {
  key: string;
  /** `6`, or `24:6` when the box spans chapters (the edition's chapter-verse mark). */
  label: string;
  verse: VerseText;
  /** The words are printed elsewhere on the page: the box shows a placeholder filled from there. */
  elsewhere: boolean;
}

export interface BoxText {
  verses: BoxVerse[];
  /** More verses than the box shows: it ends with "…". */
  truncated: boolean;
}

/**
 * The verses a box shows for `passages` (at most `maxVerses`), each marked as printed here or elsewhere;
 * `printed` (the keys printed so far on the page) gains the ones printed here. Undefined without text.
 */
export function boxText(passages: readonly Passage[], source: VerseSource, language: ScriptureLanguage, printed: Set<string>, maxVerses: number): BoxText | undefined {
  if (source.kind === 'none') return undefined;
  const picked: { book: string; verse: VerseText }[] = [];
  let truncated = false;
  for (const passage of passages) {
    const room = maxVerses - picked.length;
    if (room <= 0) {
      truncated = true;
      break;
    }
    const text = passageTextFrom(source, passage, { maxVerses: room });
    if ('kind' in text) return undefined;
    picked.push(...text.verses.map((verse) => ({ book: passage.book, verse })));
    if (text.truncated) {
      truncated = true;
      break;
    }
  }
  const oneChapter = picked.every(({ book, verse }) => book === picked[0]?.book && verse.chapter === picked[0]?.verse.chapter);
  const verses = picked.map(({ book, verse }): BoxVerse => {
    const key = verseKey(book, verse.chapter, verse.verse);
    const elsewhere = printed.has(key);
    printed.add(key);
    return { key, label: oneChapter ? `${verse.verse}` : `${verse.chapter}${language.chapterVerse[0]}${verse.verse}`, verse, elsewhere };
  });
  return { verses, truncated };
}

/** The keys of the verses a list of passages prints (at most `maxVerses` per passage), for `printed`. */
export function printedVerseKeys(passages: readonly Passage[], source: VerseSource, maxVerses: number): Set<string> {
  const keys = new Set<string>();
  if (source.kind === 'none') return keys;
  for (const passage of passages) {
    if (isWholeBook(passage)) continue;
    const text = passageTextFrom(source, passage, { maxVerses });
    if ('kind' in text) continue;
    for (const verse of text.verses) keys.add(verseKey(passage.book, verse.chapter, verse.verse));
  }
  return keys;
}

/**
 * Where a reference leads: its chapter's page (the first chapter it names), at its first verse
 * (`#v6`) when it names a verse and the edition has verse text, since chapter pages carry verse
 * anchors only beside verse text. A whole book leads to the book's page.
 */
export function referenceRoute(language: ScriptureLanguage, passage: Passage, hasText: boolean): string {
  const route = passageRoute(language, passage);
  const verse = passage.start?.verse;
  if (!hasText || isWholeBook(passage) || verse === null || verse === undefined) return route;
  return `${route}#v${verse}`;
}
