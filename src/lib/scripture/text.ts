/** Verse text for passages through a VerseSource (verse-source.ts); the exports without `From` read the KJV. */
import { requireBook, verseCount } from './canon.ts';
import type { Passage } from './types.ts';
import { KJV, kjvVerses, type TranslationInfo, type VerseSource } from './verse-source.ts';

/** A run of verse text; `supplied` marks words the translators added, conventionally set in italics. */
export type TextSegment = { text: string; supplied: boolean };

/** One verse: plain text (brackets removed) and the same text as segments. */
export type VerseText = {
  chapter: number;
  verse: number;
  /** Plain text, supplied words included without their brackets. */
  text: string;
  segments: TextSegment[];
  /** The 1769 text starts a paragraph at this verse (its `#` mark). */
  paragraph: boolean;
};

/** The verses of a passage, and whether some were left out. */
export type PassageText = { verses: VerseText[]; truncated: boolean };

/** Options for passageText. */
export type PassageTextOptions = { maxVerses?: number };

/**
 * KJV text of a passage, at most `maxVerses` verses (all when omitted). A whole book returns no
 * verses and `truncated: true`: no page should print a book.
 */
export function passageText(passage: Passage, options: PassageTextOptions = {}): PassageText {
  const text = passageTextFrom(KJV, passage, options);
  if ('kind' in text) throw new Error('the KJV has text');
  return text;
}

/** A translation without text on this site: which one, and why, for the page to say so. */
export type NoText = { kind: 'no-text'; translation: TranslationInfo; reason: string };

/**
 * The text of a passage in a translation, or NoText when the site has none for it. A verse the
 * translation lacks (a text that omits it) is an error naming the verse and the translation.
 */
export function passageTextFrom(source: VerseSource, passage: Passage, options: PassageTextOptions = {}): PassageText | NoText {
  if (source.kind === 'none') return { kind: 'no-text', translation: source.translation, reason: source.reason };
  const book = requireBook(passage.book);
  const { start, end } = passage;
  if (!start || !end) return { verses: [], truncated: true };
  const limit = options.maxVerses ?? Infinity;
  const verses: VerseText[] = [];
  for (let chapter = start.chapter; chapter <= end.chapter; chapter++) {
    const count = verseCount(book, chapter) ?? 0;
    const first = chapter === start.chapter ? (start.verse ?? 1) : 1;
    const last = chapter === end.chapter ? (end.verse ?? count) : count;
    for (let verse = first; verse <= last; verse++) {
      if (verses.length >= limit) return { verses, truncated: true };
      const raw = source.rawVerse(book.id, chapter, verse);
      if (raw === undefined) throw new Error(`no ${source.translation.abbreviation} text for ${book.kjvName} ${chapter}:${verse}`);
      verses.push(toVerseText(chapter, verse, raw));
    }
  }
  return { verses, truncated: false };
}

/** Splits `# And God said, [it was] good` into its paragraph mark, plain text and segments. */
export function toVerseText(chapter: number, verse: number, raw: string): VerseText {
  const paragraph = raw.startsWith('#');
  const body = paragraph ? raw.replace(/^#\s*/, '') : raw;
  const segments: TextSegment[] = [];
  for (const part of body.split(/(\[[^\]]*\])/)) {
    if (part === '') continue;
    const supplied = part.startsWith('[') && part.endsWith(']');
    segments.push({ text: supplied ? part.slice(1, -1) : part, supplied });
  }
  return { chapter, verse, text: segments.map((segment) => segment.text).join(''), segments, paragraph };
}

/** The whole KJV as one text, verse after verse (for telling quoted scripture from an author's own words). */
export function wholeBibleText(): string {
  return Object.values(kjvVerses()).join(' ');
}
