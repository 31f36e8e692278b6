/**
 * Reads a search box query into scripture passages and words: "Mt 24 wars" is Matthew 24 plus the
 * word "wars" (German `Mt 24,6 Krieg`). Shared by the search page (bundled, so no Node and no 29 kB
 * parser) and the tests. A reader is made for one language (createQueryReader): its book-name table
 * (book-names.ts, book-names-de.ts, generated from the build's own parser) and punctuation, which the
 * search page receives as data, so the browser carries only its edition's table.
 *
 * Chapters and verses follow the frontmatter grammar (src/lib/scripture/parse.ts): English `C`,
 * `C:V`, `C.V`, `C:V-W`, `C:V-C:W`, `C-C`, lists after `,` or `;`; German `C,V` (or `C:V`), verse
 * lists after `.`, chapters after `;`; a bare number in a one-chapter book is a verse.
 * Whether a chapter or verse exists is checked by checkPassage() once the book's counts are known.
 *
 * A name alone (`Job`, `Acts`, `Mark Rutte`, `a new job`) stays words and comes back as an offer to
 * search the book's passages instead (not for an everyday word followed by a word: `Job losses`); so does a name followed by a number that counts something
 * (`Mark 10 years`, `Acts 2 of`), a year (`John 2024`), or a time or decimal (`Luke 2:30pm`).
 * Text inside double quotes (Pagefind's exact phrase) is never read as a passage.
 */
import { bookKey } from './book-name-key.ts';
import type { PassageProblem, SearchLanguage } from './search-language.ts';

export type { PassageProblem, SearchLanguage } from './search-language.ts';

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

const LONGEST_NAME_WORDS = 4; // `Song of Solomon` after a number prefix
// Short spellings that are everyday words: they name a book only when capitalised (`Is 53`, not `is 2`).
const SHORT = 2;

/** The query reader of one language. */
export interface QueryReader {
  parseQuery(query: string, mode?: QueryMode): ParsedQuery;
  /** The words of a parsed query as the word search asks for them (a book name alone quoted: `"Amos"`). */
  searchWords(parsed: ParsedQuery): string;
  /** Display name of a book id (`Matt` → `Matthew`, German `Matthäus`). */
  bookName(id: string): string;
  /** The book's slug in the scripture index's addresses (`1-john`, German `matthaeus`). */
  bookSlug(id: string): string;
  /** True for the five books of one chapter. */
  isSingleChapterBook(id: string): boolean;
  checkPassage(passage: QueryPassage, verses: readonly number[]): PassageProblem | undefined;
  /** The display form of a passage, as format.ts writes it (`Luke 21:7–8`, German `Lukas 21,7–8`). */
  formatPassage(passage: QueryPassage): string;
  /** Passages one after another, each with its book, joined with `; `. */
  formatPassages(passages: readonly QueryPassage[]): string;
}

/** A reader for `language`. */
export function createQueryReader(language: SearchLanguage): QueryReader {
  const NAMES = new Map<string, { id: string; name: string }>();
  const DISPLAY = new Map<string, string>();
  const SLUGS = new Map<string, string>();
  const NAME_KEYS = new Set<string>(language.fullKeys);
  for (const row of language.rows) {
    const [id, name, keys, slug] = row.split('|') as [string, string, string, string | undefined];
    DISPLAY.set(id, name);
    SLUGS.set(id, slug ?? name.toLowerCase().replace(/ /g, '-'));
    const lower = bookKey(name, language.style) ?? name.toLowerCase();
    NAME_KEYS.add(lower);
    // Written compactly by build-book-names.ts: a number is that many letters of the name, '' all of it.
    for (const key of keys.split(',')) NAMES.set(key === '' ? lower : /^\d+$/.test(key) ? lower.slice(0, Number(key)) : key, { id, name });
  }
  const SINGLE = new Set(language.single);
  const COUNTING = new Set(language.counting.split(' '));
  const EVERYDAY = new Set(language.everyday.split(' '));
  const marks = escapeClass(language.chapterVerse);
  const SPEC = new RegExp(`^(\\d{1,3})(?:\\s*[${marks}]\\s*(\\d{1,3}))?(?:\\s*-\\s*(\\d{1,3})(?:\\s*[${marks}]\\s*(\\d{1,3}))?)?`);
  const LIST = new RegExp(`^\\s*([${escapeClass(language.verseList)};])\\s*(?=\\d)`);
  const bookName = (id: string): string => DISPLAY.get(id) ?? id;
  const reader = { bookName, bookSlug: (id: string) => SLUGS.get(id) ?? id, isSingleChapterBook: (id: string) => SINGLE.has(id) };

  // A number must end cleanly: not `2024`, `3.5`, `21-year-old`, `2:30pm`, `10%` (German `3.5` is a verse list).
  const UNCLEAN = language.style === 'de' ? /^(?:[\p{L}\d%°]|[,:\/]\d|-\p{L})/u : /^(?:[\p{L}\d%°]|[.,:\/]\d|-\p{L})/u;

  /** The book named by tokens[i…], longest first: its id and how many tokens it takes. */
  function bookAt(tokens: readonly Token[], i: number): { id: string; name: string; count: number; capitalised: boolean; full: boolean } | undefined {
    for (let count = Math.min(LONGEST_NAME_WORDS, tokens.length - i); count >= 1; count--) {
      const slice = tokens.slice(i, i + count);
      if (slice.some((token) => token.quoted)) continue;
      const written = slice.map((token) => token.text).join(' ');
      // A name may end in `.` (abbreviation) but never in other punctuation: `Job,` is a word.
      if (!/^[\p{L}\d][\p{L}\d' ’.]*$/u.test(written) || /\.\./.test(written)) continue;
      const key = bookKey(written, language.style);
      const entry = key === undefined ? undefined : NAMES.get(key);
      if (!entry || !key) continue;
      const letters = key.replace(/^\d /, '');
      const nameStart = /\p{L}/u.exec(written)?.[0] ?? '';
      const capitalised = nameStart === nameStart.toUpperCase();
      if (letters.length <= SHORT && !capitalised) continue;
      return { ...entry, count, capitalised, full: NAME_KEYS.has(key) };
    }
    return undefined;
  }

  /**
   * Reads chapters and verses at the start of `text` (after a book name): the specs, the separators
   * between them, and how many characters they take; undefined when no clean number starts it.
   */
  function readSpecs(text: string): { specs: Spec[]; separators: string[]; length: number } | undefined {
    const specs: Spec[] = [];
    const separators: string[] = [''];
    let position = 0;
    let length = 0;
    for (;;) {
      const match = SPEC.exec(text.slice(position));
      if (!match) break;
      const after = text.slice(position + match[0].length);
      if (UNCLEAN.test(after)) break;
      specs.push({
        first: Number(match[1]),
        firstVerse: match[2] === undefined ? undefined : Number(match[2]),
        last: match[3] === undefined ? undefined : Number(match[3]),
        lastVerse: match[4] === undefined ? undefined : Number(match[4]),
      });
      position += match[0].length;
      length = position;
      const list = LIST.exec(text.slice(position));
      if (!list) break;
      separators.push(list[1]!);
      position += list[0].length;
    }
    if (!specs.length) return undefined;
    return { specs, separators: separators.slice(0, specs.length), length };
  }

  /** Gives specs their meaning, as parse.ts's interpret(): a bare number is a chapter, or a verse in a one-chapter book or after the verse-list mark that follows a verse. */
  function interpret(book: string, specs: readonly Spec[], separators: readonly string[]): QueryPassage[] | undefined {
    const passages: QueryPassage[] = [];
    let chapter = 0;
    let verseLevel = false;
    for (const [i, spec] of specs.entries()) {
      const single = SINGLE.has(book);
      const bareIsVerse = single || (separators[i] === language.verseList && verseLevel);
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
  function parseQuery(query: string, mode: QueryMode = 'auto'): ParsedQuery {
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
      // A name that is an everyday word, followed by a word, is that word: `Job losses`, `Acts of war`.
      const word = EVERYDAY.has(book.id) && next !== undefined && /^\p{Ll}/u.test(next.text);
      const wholeQuery = tokens.length === book.count;
      if ((book.capitalised && !person && !word) || wholeQuery) return { offer: { book: book.id, name: book.name } };
    }
    return {};
  }

  /** Checks a passage against its book's verse counts (index 0 is chapter 1), as parse.ts does for frontmatter: undefined when it exists. */
  function checkPassage(passage: QueryPassage, verses: readonly number[]): PassageProblem | undefined {
    const { start, end } = passage;
    const name = bookName(passage.book);
    if (!start || !end) return undefined;
    for (const point of [start, end]) {
      if (point.chapter < 1 || point.chapter > verses.length) return { kind: 'chapters', book: name, chapters: verses.length };
      const count = verses[point.chapter - 1]!;
      if (point.verse !== null && (point.verse < 1 || point.verse > count)) {
        return { kind: 'verses', place: SINGLE.has(passage.book) ? name : `${name} ${point.chapter}`, verses: count };
      }
    }
    const backwards = start.chapter > end.chapter || (start.chapter === end.chapter && (start.verse ?? 0) > (end.verse ?? 0));
    return backwards ? { kind: 'backwards' } : undefined;
  }

  function formatPassage(passage: QueryPassage): string {
    const { start, end } = passage;
    const name = bookName(passage.book);
    const single = SINGLE.has(passage.book);
    if (!start || !end || (single && start.verse === null && end.verse === null)) return name;
    const cited = passage.book === 'Ps' && start.chapter === end.chapter ? language.onePsalm : name;
    const mark = language.chapterVerse[0];
    const point = (p: QueryPoint): string => (p.verse === null ? `${p.chapter}` : single ? `${p.verse}` : `${p.chapter}${mark}${p.verse}`);
    if (start.chapter === end.chapter && start.verse === end.verse) return `${cited} ${point(start)}`;
    if (start.chapter === end.chapter && start.verse !== null && end.verse !== null) return `${cited} ${point(start)}–${end.verse}`;
    return `${cited} ${point(start)}–${point(end)}`;
  }

  /**
   * The words as Pagefind is asked for them: a book's full name searched alone is quoted, so it finds the
   * word itself and not every word its stem begins (`Amos` → `amo` → `among`). An abbreviation (`Rev`)
   * keeps its prefix search (`Revelation`).
   */
  function searchWords(parsed: ParsedQuery): string {
    const tokens = tokenize(parsed.words);
    const book = tokens.length > 0 ? bookAt(tokens, 0) : undefined;
    return book?.full && book.count === tokens.length ? `"${parsed.words}"` : parsed.words;
  }

  return { ...reader, parseQuery, searchWords, checkPassage, formatPassage, formatPassages: (passages) => passages.map(formatPassage).join('; ') };
}

type Token = { text: string; start: number; end: number; quoted: boolean };
type Spec = { first: number; firstVerse: number | undefined; last: number | undefined; lastVerse: number | undefined };

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

function tidy(words: string): string {
  return words.replace(/\s+/g, ' ').replace(/^[\s,;]+|[\s,;]+$/g, '').trim();
}

function escapeClass(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&');
}
