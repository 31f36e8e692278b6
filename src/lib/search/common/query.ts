/**
 * Reads a search box query into scripture passages and words: "Mt 24 wars" is Matthew 24 plus the
 * word "wars". Shared by the search page (bundled, so no Node and no 29 kB parser) and the tests.
 *
 * Book names come from book-names.ts, generated from the build's own parser; chapters and verses
 * follow the frontmatter grammar (src/lib/scripture/parse.ts): `C`, `C:V`, `C.V`, `C:V-W`,
 * `C:V-C:W`, `C-C`, lists after `,` or `;`, and a bare number in a one-chapter book is a verse.
 * Whether a chapter or verse exists is checked by checkPassage() once the book's counts are known.
 *
 * A name alone (`Job`, `Acts`, `Mark Rutte`, `a new job`) stays words and comes back as an offer to
 * search the book's passages instead; so does a name followed by a number that counts something
 * (`Mark 10 years`, `Acts 2 of`), a year (`John 2024`), or a time or decimal (`Luke 2:30pm`).
 * Text inside double quotes (Pagefind's exact phrase) is never read as a passage.
 */
import { BOOK_NAME_ROWS, SINGLE_CHAPTER_BOOKS } from './book-names.ts';
import { bookKey } from './book-name-key.ts';
import { CHAPTER, countOf } from '../../text/plural.ts';

/** A place in a book: a whole chapter (`verse: null`) or one verse (the shape of parse.ts's PassagePoint). */
export type QueryPoint = { chapter: number; verse: number | null };
/** One passage: a whole book (`start` and `end` null), chapters, or verses (the shape of parse.ts's Passage). */
export type QueryPassage = { book: string; start: QueryPoint | null; end: QueryPoint | null };

/** `words`: never read passages; `passage`: a book name alone is the whole book (the offer's link). */
export type QueryMode = 'auto' | 'words' | 'passage';

export interface ParsedQuery {
  /** Passages in the order written. */
  passages: QueryPassage[];
  /** The references as written, e.g. `Mt 24`. */
  references: string[];
  /** What is left for a word search, spaces tidied; '' when nothing. */
  words: string;
  /** A book named without chapter or verse (kept as words): offer its passages. */
  offer?: { book: string; name: string };
}

const NAMES = new Map<string, { id: string; name: string }>();
const DISPLAY = new Map<string, string>();
for (const row of BOOK_NAME_ROWS) {
  const [id, name, keys] = row.split('|') as [string, string, string];
  DISPLAY.set(id, name);
  const lower = name.toLowerCase();
  // Written compactly by build-book-names.ts: a number is that many letters of the name, '' all of it.
  for (const key of keys.split(',')) NAMES.set(key === '' ? lower : /^\d+$/.test(key) ? lower.slice(0, Number(key)) : key, { id, name });
}
const SINGLE = new Set(SINGLE_CHAPTER_BOOKS);
const LONGEST_NAME_WORDS = 4; // `Song of Solomon` after a number prefix

/** Display name of a book id (`Matt` → `Matthew`). */
export function bookName(id: string): string {
  return DISPLAY.get(id) ?? id;
}

/** True for the five books of one chapter. */
export function isSingleChapterBook(id: string): boolean {
  return SINGLE.has(id);
}

// Words after a bare number that make it a quantity, not a chapter (as the prose finder's rule 3).
const COUNTING = new Set(
  ('years year days day weeks week months month hours hour minutes people persons men women children times ' +
    'percent per cent million millions billion thousand hundred dollars euros pounds miles km kilometres kilometers of am pm a.m p.m gmt utc')
    .split(' '),
);
// Short spellings that are everyday words: they name a book only when capitalised (`Is 53`, not `is 2`).
const SHORT = 2;

type Token = { text: string; start: number; end: number; quoted: boolean };

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let quoted = false;
  const pattern = /"|[^\s"]+/g;
  for (const match of query.matchAll(pattern)) {
    if (match[0] === '"') {
      quoted = !quoted;
      continue;
    }
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length, quoted });
  }
  return tokens;
}

/** The book named by tokens[i…], longest first: its id and how many tokens it takes. */
function bookAt(tokens: readonly Token[], i: number): { id: string; name: string; count: number; capitalised: boolean; full: boolean } | undefined {
  for (let count = Math.min(LONGEST_NAME_WORDS, tokens.length - i); count >= 1; count--) {
    const slice = tokens.slice(i, i + count);
    if (slice.some((token) => token.quoted)) continue;
    const written = slice.map((token) => token.text).join(' ');
    // A name may end in `.` (abbreviation) but never in other punctuation: `Job,` is a word.
    if (!/^[\p{L}\d][\p{L}\d' ’.]*$/u.test(written) || /\.\./.test(written)) continue;
    const key = bookKey(written);
    const entry = key === undefined ? undefined : NAMES.get(key);
    if (!entry || !key) continue;
    const letters = key.replace(/^\d /, '');
    const nameStart = /\p{L}/u.exec(written)?.[0] ?? '';
    const capitalised = nameStart === nameStart.toUpperCase();
    if (letters.length <= SHORT && !capitalised) continue;
    return { ...entry, count, capitalised, full: key === entry.name.toLowerCase() || key === 'psalm' || key === 'revelations' };
  }
  return undefined;
}

// One chapter/verse group as the frontmatter grammar reads it (spaces allowed around `:` and `-`).
const SPEC = /^(\d{1,3})(?:\s*[:.]\s*(\d{1,3}))?(?:\s*-\s*(\d{1,3})(?:\s*[:.]\s*(\d{1,3}))?)?/;

type Spec = { first: number; firstVerse: number | undefined; last: number | undefined; lastVerse: number | undefined };

/**
 * Reads chapters and verses at the start of `text` (after a book name): the specs, the separators
 * between them, and how many characters they take; undefined when no clean number starts it.
 */
function readSpecs(text: string): { specs: Spec[]; separators: string[]; length: number } | undefined {
  const specs: Spec[] = [];
  const separators: string[] = [''];
  let position = 0;
  for (;;) {
    const match = SPEC.exec(text.slice(position));
    if (!match) break;
    const after = text.slice(position + match[0].length);
    // A number must end cleanly: not `2024`, `3.5`, `21-year-old`, `2:30pm`, `10%`.
    if (/^(?:[\p{L}\d%°]|[.,:\/]\d|-\p{L})/u.test(after)) break;
    specs.push({
      first: Number(match[1]),
      firstVerse: match[2] === undefined ? undefined : Number(match[2]),
      last: match[3] === undefined ? undefined : Number(match[3]),
      lastVerse: match[4] === undefined ? undefined : Number(match[4]),
    });
    position += match[0].length;
    const list = /^\s*([,;])\s*(?=\d)/.exec(text.slice(position));
    if (!list) break;
    separators.push(list[1]!);
    position += list[0].length;
  }
  if (!specs.length) return undefined;
  return { specs, separators: separators.slice(0, specs.length), length: position };
}

/** Gives specs their meaning, as parse.ts's interpret(): a bare number is a chapter, or a verse in a one-chapter book or after `,` that follows a verse. */
function interpret(book: string, specs: readonly Spec[], separators: readonly string[]): QueryPassage[] | undefined {
  const passages: QueryPassage[] = [];
  let chapter = 0;
  let verseLevel = false;
  for (const [i, spec] of specs.entries()) {
    const single = SINGLE.has(book);
    const bareIsVerse = single || (separators[i] === ',' && verseLevel);
    const current = single ? 1 : chapter;
    let passage: QueryPassage;
    if (spec.firstVerse !== undefined) {
      const endChapter = spec.lastVerse === undefined ? spec.first : (spec.last ?? spec.first);
      passage = { book, start: { chapter: spec.first, verse: spec.firstVerse }, end: { chapter: endChapter, verse: spec.lastVerse ?? spec.last ?? spec.firstVerse } };
    } else if (bareIsVerse) {
      const end = spec.lastVerse === undefined ? { chapter: current, verse: spec.last ?? spec.first } : { chapter: spec.last ?? spec.first, verse: spec.lastVerse };
      passage = { book, start: { chapter: current, verse: spec.first }, end };
    } else if (spec.lastVerse !== undefined) {
      return undefined; // a whole chapter running to a verse: the frontmatter grammar refuses it too
    } else {
      passage = { book, start: { chapter: spec.first, verse: null }, end: { chapter: spec.last ?? spec.first, verse: null } };
    }
    passages.push(passage);
    chapter = passage.end?.chapter ?? 0;
    verseLevel = passage.end?.verse != null;
  }
  return passages;
}

/** Splits a query into passages and words. */
export function parseQuery(query: string, mode: QueryMode = 'auto'): ParsedQuery {
  // Brackets around a reference, as prose writes it, are not part of it: `(Luke 21:8)`.
  const text = query.normalize('NFC').replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-').replace(/[()[\]]/g, ' ');
  const result: ParsedQuery = { passages: [], references: [], words: '' };
  if (mode === 'words') return { ...result, words: tidy(text), ...offerOf(text) };
  const tokens = tokenize(text);
  const kept: string[] = [];
  let cursor = 0; // characters of `text` already consumed by a reference
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.start < cursor) continue;
    const book = bookAt(tokens, i);
    if (book) {
      const nameEnd = tokens[i + book.count - 1]!.end;
      const rest = text.slice(nameEnd);
      const gap = /^\s*/.exec(rest)![0];
      const read = gap.length > 0 || /^\d/.test(rest) ? readSpecs(rest.slice(gap.length)) : undefined;
      const passages = read && interpret(book.id, read.specs, read.separators);
      const end = nameEnd + gap.length + (read?.length ?? 0);
      const nextWord = /^[\s,;]*([\p{L}.]+)/u.exec(text.slice(end))?.[1]?.toLowerCase().replace(/\.$/, '');
      const counting = read && read.specs.length === 1 && read.specs[0]!.firstVerse === undefined && nextWord !== undefined && COUNTING.has(nextWord);
      if (passages && !counting) {
        result.passages.push(...passages);
        result.references.push(text.slice(token.start, end).trim().replace(/[,;]$/, ''));
        cursor = end;
        continue;
      }
      const alone = !read;
      if (alone && mode === 'passage') {
        result.passages.push({ book: book.id, start: null, end: null });
        result.references.push(text.slice(token.start, nameEnd));
        cursor = nameEnd;
        i += book.count - 1;
        continue;
      }
    }
    kept.push(token.quoted ? `"${token.text}"` : token.text);
  }
  result.words = tidy(kept.join(' ').replace(/" "/g, ' '));
  if (!result.passages.length) Object.assign(result, offerOf(text));
  return result;
}

/** The offer for a full book name written alone: Title case, not followed by a capitalised word (a person: `Mark Rutte`). */
function offerOf(text: string): Pick<ParsedQuery, 'offer'> {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const book = bookAt(tokens, i);
    if (!book || !book.full) continue;
    const next = tokens[i + book.count];
    const person = next !== undefined && /^\p{Lu}\p{Ll}/u.test(next.text) && !bookAt(tokens, i + book.count);
    const wholeQuery = tokens.length === book.count;
    if ((book.capitalised && !person) || wholeQuery) return { offer: { book: book.id, name: book.name } };
  }
  return {};
}

function tidy(words: string): string {
  return words.replace(/\s+/g, ' ').replace(/^[\s,;]+|[\s,;]+$/g, '').trim();
}

/**
 * Checks a passage against its book's verse counts (index 0 is chapter 1), as parse.ts does for
 * frontmatter: undefined when it exists, else what is wrong (`Luke has 24 chapters`).
 */
export function checkPassage(passage: QueryPassage, verses: readonly number[]): string | undefined {
  const { start, end } = passage;
  const name = bookName(passage.book);
  if (!start || !end) return undefined;
  for (const point of [start, end]) {
    if (point.chapter < 1 || point.chapter > verses.length) return `${name} has ${countOf(verses.length, CHAPTER)}`;
    const count = verses[point.chapter - 1]!;
    if (point.verse !== null && (point.verse < 1 || point.verse > count)) {
      return `${SINGLE.has(passage.book) ? name : `${name} ${point.chapter}`} has ${count} verses`;
    }
  }
  const backwards = start.chapter > end.chapter || (start.chapter === end.chapter && (start.verse ?? 0) > (end.verse ?? 0));
  return backwards ? `the range runs backwards` : undefined;
}
