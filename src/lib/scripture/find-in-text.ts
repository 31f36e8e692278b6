/**
 * Scripture references written in prose: `(Luke 21:7-8)`, `1 Thess. 5:3`, `Revelation 13:1-18; 17:3`,
 * `verses 6-7` after `Luke 21`, `the book of Ezekiel`. Pure: no Astro, no DOM, no file system.
 *
 * This module only decides WHERE a reference is; parseReference (the frontmatter grammar) reads
 * its chapters and verses and checks them against the canon. When in doubt it finds nothing. The
 * rules, numbered as the comments below cite them, are in src/lib/scripture/README.md; their tables
 * are in find-in-text-rules.ts and the tokenizer in find-in-text-tokens.ts.
 */
import { findBook } from './book-names.ts';
import { bookById, isSingleChapter } from './canon.ts';
import { aloneIsReference } from './find-in-text-rules.ts';
import {
  CAPITALISED_AFTER,
  createTokenizer,
  NUMBER,
  OPTIONAL_SPACES,
  SPACES,
  sticky,
  textBefore,
  type Spec,
  type Tokenizer,
} from './find-in-text-tokens.ts';
import { formatPassagesIn } from './format.ts';
import { ENGLISH } from './languages/en.ts';
import type { ScriptureLanguage } from './languages/types.ts';
import { parseReference } from './parse.ts';
import type { Book, Passage } from './types.ts';

/** What the text before says: the book and chapter named last. Pass it back in for the next text. */
export type ReferenceContext = { book?: string; chapter?: number };

/** One reference found in prose. */
export type FoundReference = {
  /** Offset of the first character in the text. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The text as written, `text.slice(start, end)`. */
  text: string;
  /** The passages it means, checked against the canon. */
  passages: Passage[];
  /** Display form, e.g. `Luke 21:7–8`, `Revelation 13:1–18; 17:3`, `Ezekiel`. */
  display: string;
  /** The context after this reference: its OSIS book and chapter (null when not one chapter). */
  context: { book: string; chapter: number | null };
};

/** The references in order, and the context at the end of the text. */
export type FoundReferences = FoundReference[] & { context: ReferenceContext };

/** Parses `<book name> <specs>` with the (English) frontmatter grammar the tokenizer writes, dropping trailing specs until it parses. */
function resolve(book: Book, specs: readonly Spec[], prefix = ''): { passages: Passage[]; count: number } | undefined {
  for (let count = specs.length; count > 0; count--) {
    const written = `${book.name} ${prefix}${specs.slice(0, count).map((spec) => spec.text).join('')}`;
    const result = parseReference(written);
    if (result.ok) return { passages: result.passages, count };
  }
  return undefined;
}

// --- Context -----------------------------------------------------------------------------------

type State = { book: Book | undefined; chapter: number | undefined };

function contextAfter(passage: Passage): { book: string; chapter: number | null } {
  const book = bookById(passage.book);
  if (book && isSingleChapter(book)) return { book: passage.book, chapter: 1 };
  const { start, end } = passage;
  const chapter = start && end && start.chapter === end.chapter ? start.chapter : null;
  return { book: passage.book, chapter };
}

function startState(context: ReferenceContext | undefined, language: ScriptureLanguage): State {
  const book = context?.book ? (bookById(context.book) ?? findBook(context.book, language)) : undefined;
  if (!book) return { book: undefined, chapter: undefined };
  const chapter = isSingleChapter(book) ? 1 : context?.chapter;
  return { book, chapter: chapter !== undefined && chapter >= 1 && chapter <= book.verses.length ? chapter : undefined };
}

// --- Finding -----------------------------------------------------------------------------------

/** Finds the scripture references in a text; see findReferencesInText. */
export type ReferenceFinder = (text: string, context?: ReferenceContext) => FoundReferences;

/** The finder for a language: its names, punctuation and words, its display form. */
export function createReferenceFinder(language: ScriptureLanguage): ReferenceFinder {
  const tokens = createTokenizer(language.finder);
  return (text, context) => findIn(text, context, language, tokens);
}

/**
 * Finds the scripture references in `text` (English), in order. `context` is what came before in
 * the same document (the book and chapter named last), for `verse 12` and `chapter 24`; the
 * returned array's `context` is the context at the end of `text`, to pass to the next text of the document.
 */
export const findReferencesInText: ReferenceFinder = createReferenceFinder(ENGLISH);

function findIn(text: string, context: ReferenceContext | undefined, language: ScriptureLanguage, tokens: Tokenizer): FoundReferences {
  const { TOKEN, POSSESSIVE_AFTER } = tokens;
  const rules = language.finder;
  const found: FoundReference[] = [];
  const state = startState(context, language);
  const setContext = (passages: readonly Passage[]): { book: string; chapter: number | null } => {
    const after = contextAfter(passages[passages.length - 1] as Passage);
    state.book = bookById(after.book);
    state.chapter = after.chapter ?? undefined;
    return after;
  };
  const add = (start: number, end: number, passages: Passage[]): void => {
    found.push({ start, end, text: text.slice(start, end), passages, display: formatPassagesIn(language, passages), context: setContext(passages) });
  };

  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const [, digitPrefix, wordPrefix, name, keyword] = match;
    const tokenEnd = match.index + match[0].length;
    if (keyword !== undefined) {
      const end = keyword.startsWith('v') || keyword.startsWith('V')
        ? readVerses(text, match.index, tokenEnd, state, add, tokens)
        : readChapters(text, match.index, tokenEnd, keyword, state, add, tokens, rules.chapterKeywordAllowed);
      if (end !== undefined) TOKEN.lastIndex = end;
      continue;
    }
    if (name === undefined) continue;
    const entry = rules.names.get(name);
    if (!entry) continue;
    const { family } = entry;
    const written = digitPrefix ?? wordPrefix;
    const number = written === undefined ? 0 : (rules.prefixNumber[written] ?? 0);
    // A number before a book that has no numbered form is not part of the name (`3 Luke` → `Luke`).
    const numbered = number !== 0 && family.ids[number] !== undefined;
    const start = numbered ? match.index : tokenEnd - name.length;
    const id = numbered ? family.ids[number] : family.ids[0];
    const book = id === undefined ? undefined : bookById(id);
    const needsVerse = entry.needsVerse || (numbered && wordPrefix === 'I');

    // A named reference: name, white space, chapter and verse (rule 2).
    let after = tokenEnd;
    if (entry.abbreviation && text[after] === '.') after++;
    const spaces = sticky(SPACES, text, after);
    if (book && spaces) {
      const reference = readNamed(text, after + spaces[0].length, book, needsVerse, tokens);
      if (reference) {
        add(start, reference.end, reference.passages);
        TOKEN.lastIndex = reference.end;
        continue;
      }
    }
    if (entry.abbreviation) continue;
    // A person: `Mark Rutte`, `Daniel Okafor` (rule 5).
    if (sticky(CAPITALISED_AFTER, text, tokenEnd)) continue;
    const possessive = sticky(POSSESSIVE_AFTER, text, tokenEnd) !== null;
    if (book && !possessive && aloneIsReference(textBefore(text, start), family, numbered, name, rules.alone)) {
      add(start, tokenEnd, [{ book: book.id, start: null, end: null }]);
      continue;
    }
    // A mention (rule 7): names the book but no chapter.
    if (book && !family.wordName && !family.commonNoun) {
      state.book = book;
      state.chapter = isSingleChapter(book) ? 1 : undefined;
    } else {
      state.book = undefined;
      state.chapter = undefined;
    }
  }
  const end: ReferenceContext = {};
  if (state.book) end.book = state.book.id;
  if (state.book && state.chapter !== undefined) end.chapter = state.chapter;
  return Object.assign(found, { context: end });
}

/** Chapters and verses after a book name: `21:7-8`, `24, verse 36`, `chapter 24` (rules 2-4). */
function readNamed(text: string, at: number, book: Book, needsVerse: boolean, tokens: Tokenizer): { end: number; passages: Passage[] } | undefined {
  const { CHAPTER_WORD, readSpecList } = tokens;
  const chapterWord = sticky(CHAPTER_WORD, text, at);
  const from = chapterWord ? at + chapterWord[0].length : at;
  if (chapterWord && isSingleChapter(book)) return undefined;
  const tail = readChapterVerseTail(text, from, book, tokens);
  const specs = tail.length > 0 ? tail : readSpecList(text, from);
  // `Matthew chapter 24` takes chapters only; `Matthew chapter 24:36` is not how anyone writes.
  if (chapterWord && tail.length === 0 && specs.some((spec) => /[;:]/.test(spec.text))) return undefined;
  const first = specs[0];
  if (!first) return undefined;
  if (needsVerse && !first.verse && !isSingleChapter(book)) return undefined;
  const resolved = resolve(book, specs);
  if (!resolved) return undefined;
  const last = specs[resolved.count - 1] as Spec;
  return { end: last.end, passages: resolved.passages };
}

/** `24, verse 36` / `24 verses 6 and 7` after a book or `chapter`: specs `24:36`, or []. */
function readChapterVerseTail(text: string, at: number, book: Book, { VERSE_TAIL, readSpecList }: Tokenizer): Spec[] {
  if (isSingleChapter(book)) return [];
  const chapter = sticky(NUMBER, text, at);
  if (!chapter) return [];
  const chapterEnd = at + chapter[0].length;
  const word = sticky(VERSE_TAIL, text, chapterEnd);
  if (!word) return [];
  const specs = readSpecList(text, chapterEnd + word[0].length, { versesOnly: true, and: true });
  return specs.map((spec, index) => (index === 0 ? { ...spec, text: `${chapter[0]}:${spec.text}`, verse: true } : spec));
}

type Add = (start: number, end: number, passages: Passage[]) => void;

/** `verse 12`, `verses 6-7`, `v. 8`, `vv. 9–11` in the context chapter (rule 8). */
function readVerses(text: string, start: number, at: number, state: State, add: Add, { readSpecList }: Tokenizer): number | undefined {
  const { book } = state;
  const chapter = book && isSingleChapter(book) ? 1 : state.chapter;
  if (!book || chapter === undefined) return undefined;
  const keyword = text.slice(start, at);
  const spaces = sticky(keyword.endsWith('.') ? OPTIONAL_SPACES : SPACES, text, at);
  if (!spaces) return undefined;
  const specs = readSpecList(text, at + spaces[0].length, { versesOnly: true, and: true });
  if (specs.length === 0) return undefined;
  const resolved = resolve(book, specs, isSingleChapter(book) ? '' : `${chapter}:`);
  if (!resolved) return undefined;
  const end = (specs[resolved.count - 1] as Spec).end;
  add(start, end, resolved.passages);
  return end;
}

/** `chapter 24`, `chapters 24-25`, `chapter 24, verse 36`, `ch. 24` in the context book (rule 8). */
function readChapters(
  text: string,
  start: number,
  at: number,
  keyword: string,
  state: State,
  add: Add,
  tokens: Tokenizer,
  chapterKeywordAllowed: (before: string, keyword: string) => boolean,
): number | undefined {
  const { book } = state;
  if (!book || isSingleChapter(book)) return undefined;
  if (!chapterKeywordAllowed(textBefore(text, start), keyword)) return undefined;
  const spaces = sticky(keyword.endsWith('.') ? OPTIONAL_SPACES : SPACES, text, at);
  if (!spaces) return undefined;
  const from = at + spaces[0].length;
  const tail = readChapterVerseTail(text, from, book, tokens);
  const specs = tail.length > 0 ? tail : tokens.readSpecList(text, from, { versesOnly: true, and: true });
  if (specs.length === 0) return undefined;
  const resolved = resolve(book, specs);
  if (!resolved) return undefined;
  const end = (specs[resolved.count - 1] as Spec).end;
  add(start, end, resolved.passages);
  return end;
}
