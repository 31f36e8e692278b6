/**
 * Parsing of one `scripture` frontmatter item, e.g. `Luke 21:7-8` or `Revelation 13:1-18; 17:3`.
 *
 * bible-passage-reference-parser is used only to recognise book names (it knows hundreds of
 * spellings and abbreviations). Chapters and verses are read by the strict grammar below, because
 * the library "repairs" what it reads: it clamps `Luke 21:7-50` to 21:7-38, turns `Luke 21:8-7`
 * into two verses, reads `Hebrews 13-15` as 13:15, drops `ff` and `a`, and stops quietly at
 * trailing words. An author's reference must mean exactly what was written, or be an error.
 */
import { bcv_parser } from 'bible-passage-reference-parser';
import * as lang from 'bible-passage-reference-parser/esm/lang/en.js';
import { BOOKS, bookById, isSingleChapter, verseCount, type Book } from './canon.ts';
import { formatPassage } from './format.ts';

/** A place in a book: a whole chapter (`verse: null`) or one verse. */
export type PassagePoint = { chapter: number; verse: number | null };

/**
 * One contiguous passage of one book. `start` and `end` are both null for the whole book, both
 * whole chapters, or both verses; `end` equals `start` for a single verse or chapter. In a
 * single-chapter book (Jude) parsing always yields verses or the whole book, never "chapter 1".
 */
export type Passage = {
  /** OSIS id of a canon book, e.g. `Luke`. */
  book: string;
  start: PassagePoint | null;
  end: PassagePoint | null;
};

/** A reference that parsed: its passages in the order written. */
export type ParseOk = { ok: true; passages: Passage[] };

/** A reference that did not parse: what is wrong, and how to fix it. */
export type ParseError = { ok: false; message: string; fix: string };

const EXAMPLE_FIX = 'expected a reference such as "Luke 21:7-8"';
const CANON_FIX = 'expected a book of the 66-book Protestant canon, e.g. "Luke 21:7-8"';

/** Parses one frontmatter item into passages checked against the canon, or explains what is wrong. */
export function parseReference(input: string): ParseOk | ParseError {
  const text = normalize(input);
  if (text === '') return fail('empty reference', EXAMPLE_FIX);
  try {
    return { ok: true, passages: new ReferenceReader(text).read() };
  } catch (error) {
    if (error instanceof ReferenceProblem) return { ok: false, message: error.message, fix: error.fix };
    throw error;
  }
}

/** The canon book a name or abbreviation means (`Mt`, `1 Thess.`, `Song of Songs`), or undefined. */
export function findBook(name: string): Book | undefined {
  const resolution = resolveBook(normalize(name));
  return resolution.kind === 'book' ? resolution.book : undefined;
}

// Authors paste from word processors: every dash means a range, every space run is one space.
function normalize(input: string): string {
  return input
    .normalize('NFC')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[\s\u200B\uFEFF]+/g, ' ')
    .trim();
}

function fail(message: string, fix: string): ParseError {
  return { ok: false, message, fix };
}

// Thrown inside the reader so deep helpers can stop at the first problem; never escapes this module.
class ReferenceProblem extends Error {
  fix: string;
  constructor(message: string, fix: string) {
    super(message);
    this.fix = fix;
  }
}

// A book name: an optional 1-3 (or 1st-3rd) then letters, spaces, dots and apostrophes. Digits,
// `:`, `-`, `,` and `;` end it, which is what lets the rest be read as numbers.
const BOOK_TEXT = /(?:[1-3](?:st|nd|rd)?\.? ?)?\p{L}[\p{L}.'’ ]*/uy;
const BOOK_START = /(?:[1-3](?:st|nd|rd)?\.? ?)?\p{L}/uy;
const NUMBER = /\d+/y;

/** A chapter/verse group as written, before it is given meaning by its book and context. */
type Spec = {
  text: string;
  first: number;
  firstVerse: number | undefined;
  last: number | undefined;
  lastVerse: number | undefined;
};

/** What a bare number means after the previous passage of the same book. */
type Context = { chapter: number; verseLevel: boolean; separator: '' | ',' | ';' };

class ReferenceReader {
  private readonly text: string;
  private position = 0;
  private readonly passages: Passage[] = [];

  constructor(text: string) {
    this.text = text;
  }

  read(): Passage[] {
    for (;;) {
      const book = this.readBook();
      this.skipSpaces();
      if (this.atEnd() || this.atSeparator()) {
        this.passages.push({ book: book.id, start: null, end: null });
        if (this.atEnd()) return this.passages;
        const separator = this.readSeparator();
        if (!this.atBookStart()) {
          const next = this.rest();
          throw new ReferenceProblem(
            `"${next}" after "${book.name}${separator}" has no book`,
            /^\d/.test(next) ? `write "${book.name} ${next}", or drop the whole-book "${book.name}"` : EXAMPLE_FIX,
          );
        }
        continue;
      }
      if (!this.atDigit()) throw this.atRangeIntoBook() ? crossBookRange() : this.unexpected();
      if (this.readChaptersAndVerses(book) === 'end') return this.passages;
    }
  }

  /** Reads `21:7-8, 10; 22` after a book; returns 'book' when another book follows a separator. */
  private readChaptersAndVerses(book: Book): 'end' | 'book' {
    const context: Context = { chapter: 0, verseLevel: false, separator: '' };
    for (;;) {
      const spec = this.readSpec();
      const passage = interpret(book, spec, context);
      validate(book, passage);
      this.passages.push(passage);
      context.chapter = passage.end?.chapter ?? 0;
      context.verseLevel = passage.end?.verse != null;
      this.skipSpaces();
      if (this.atEnd()) return 'end';
      if (!this.atSeparator()) throw this.unexpected();
      context.separator = this.readSeparator();
      if (this.atBookStart()) return 'book';
      if (!this.atDigit()) throw this.unexpected();
    }
  }

  private readBook(): Book {
    const start = this.position;
    BOOK_TEXT.lastIndex = start;
    const match = BOOK_TEXT.exec(this.text);
    if (!match) {
      if (start === 0 && /^\d/.test(this.text)) {
        throw new ReferenceProblem(`no book in "${this.text}"`, 'start with the book, e.g. "John 3:16"');
      }
      throw this.unexpected();
    }
    const name = match[0].trim();
    this.position = start + match[0].length;
    const resolution = resolveBook(name);
    switch (resolution.kind) {
      case 'book':
        return resolution.book;
      case 'outside-canon':
        throw new ReferenceProblem(
          `"${resolution.name}" is not in the 66-book Protestant canon`,
          'cite a book from Genesis to Revelation',
        );
      case 'ambiguous':
        throw new ReferenceProblem(
          `"${name}" could mean ${listOr(resolution.names)}`,
          `write the book name in full, e.g. "${resolution.names[0]}"`,
        );
      case 'unknown': {
        const suggestion = suggestBook(name);
        if (suggestion) {
          const corrected = this.text.slice(0, start) + suggestion + this.text.slice(start + name.length);
          throw new ReferenceProblem(`unknown book "${name}"`, `did you mean "${corrected}"?`);
        }
        // A lone unknown word is more likely not meant as a reference at all than a misspelt book.
        if (start === 0 && this.atEnd()) throw new ReferenceProblem(`"${this.text}" is not a Bible reference`, EXAMPLE_FIX);
        throw new ReferenceProblem(`unknown book "${name}"`, CANON_FIX);
      }
    }
  }

  /** `N`, `N:V`, `N-M`, `N:V-W`, `N:V-M:W` or `N-M:W`; spaces allowed around `:` and `-`. */
  private readSpec(): Spec {
    const start = this.position;
    const first = this.readNumber();
    const firstVerse = this.readVerseAfterSeparator();
    let last: number | undefined;
    let lastVerse: number | undefined;
    const beforeDash = this.position;
    this.skipSpaces();
    if (this.peek() === '-') {
      this.position++;
      this.skipSpaces();
      if (this.atDigit()) {
        last = this.readNumber();
        lastVerse = this.readVerseAfterSeparator();
      } else if (this.atBookStart()) {
        throw crossBookRange();
      } else {
        throw new ReferenceProblem(`range "${this.text.slice(start, this.position).trim()}" has no end`, EXAMPLE_FIX);
      }
    } else {
      this.position = beforeDash;
    }
    return { text: this.text.slice(start, this.position), first, firstVerse, last, lastVerse };
  }

  /** The verse after `:` (or `.`, as in `John 3.16`), or undefined with the position unchanged. */
  private readVerseAfterSeparator(): number | undefined {
    const start = this.position;
    this.skipSpaces();
    const separator = this.peek();
    if (separator === ':' || separator === '.') {
      this.position++;
      this.skipSpaces();
      if (this.atDigit()) return this.readNumber();
    }
    this.position = start;
    return undefined;
  }

  private readNumber(): number {
    NUMBER.lastIndex = this.position;
    const match = NUMBER.exec(this.text);
    if (!match) throw this.unexpected();
    this.position += match[0].length;
    return Number(match[0]);
  }

  private readSeparator(): ',' | ';' {
    const separator = this.peek() === ',' ? ',' : ';';
    this.position++;
    this.skipSpaces();
    if (this.atEnd()) {
      throw new ReferenceProblem(`reference ends with "${separator}"`, `remove the trailing "${separator}"`);
    }
    return separator;
  }

  private unexpected(): ReferenceProblem {
    const done = this.text.slice(0, this.position).trim();
    const rest = this.rest();
    const word = /^\S+/.exec(rest)?.[0] ?? rest;
    if (done === '') return new ReferenceProblem(`"${this.text}" is not a Bible reference`, EXAMPLE_FIX);
    if (/^[a-e]$/i.test(word) || /^(?:ff?|ff\.)$/i.test(word)) {
      return new ReferenceProblem(
        `"${word}" after "${done}" is not supported`,
        'cite whole verses and write the last verse of a range, e.g. "Luke 21:7-8"',
      );
    }
    if (/^\d/.test(rest)) {
      return new ReferenceProblem(
        `unexpected "${word}" after "${done}"`,
        'write chapter and verse with a colon and separate references with ";", e.g. "Luke 21:7; 22:1"',
      );
    }
    return new ReferenceProblem(
      `unexpected "${rest}" after "${done}"`,
      `${EXAMPLE_FIX}; separate several references with ";"`,
    );
  }

  private rest(): string {
    return this.text.slice(this.position).trim();
  }

  private peek(): string {
    return this.text[this.position] ?? '';
  }

  private atEnd(): boolean {
    return this.position >= this.text.length;
  }

  private atDigit(): boolean {
    return /\d/.test(this.peek());
  }

  private atSeparator(): boolean {
    return this.peek() === ',' || this.peek() === ';';
  }

  /** `-` followed by a book name, as in `Genesis-Exodus`. */
  private atRangeIntoBook(): boolean {
    if (this.peek() !== '-') return false;
    const start = this.position;
    this.position++;
    this.skipSpaces();
    const intoBook = this.atBookStart();
    this.position = start;
    return intoBook;
  }

  private atBookStart(): boolean {
    BOOK_START.lastIndex = this.position;
    return BOOK_START.test(this.text);
  }

  private skipSpaces(): void {
    while (this.peek() === ' ') this.position++;
  }
}

function crossBookRange(): ReferenceProblem {
  return new ReferenceProblem(
    'a range cannot run from one book into another',
    'cite each book separately, e.g. "Genesis 50; Exodus 1"',
  );
}

/**
 * Gives a spec its meaning. A bare number is a verse in a single-chapter book (`Jude 3`), a verse
 * of the current chapter after `,` that follows a verse (`John 3:16, 18`), and a chapter otherwise
 * (`Matthew 24`, `Matthew 24, 25`, `Revelation 13:1-18; 17`).
 */
function interpret(book: Book, spec: Spec, context: Context): Passage {
  const { first, firstVerse, last, lastVerse } = spec;
  const bareIsVerse = isSingleChapter(book) || (context.separator === ',' && context.verseLevel);
  const currentChapter = isSingleChapter(book) ? 1 : context.chapter;
  if (firstVerse !== undefined) {
    // N:V, N:V-W, N:V-M:W
    const endChapter = lastVerse === undefined ? first : (last ?? first);
    const endVerse = lastVerse ?? last ?? firstVerse;
    return { book: book.id, start: { chapter: first, verse: firstVerse }, end: { chapter: endChapter, verse: endVerse } };
  }
  if (bareIsVerse) {
    // V, V-W, V-M:W
    const start = { chapter: currentChapter, verse: first };
    const end = lastVerse === undefined ? { chapter: currentChapter, verse: last ?? first } : { chapter: last ?? first, verse: lastVerse };
    return { book: book.id, start, end };
  }
  if (lastVerse !== undefined) {
    const end = `${last}:${lastVerse}`;
    throw new ReferenceProblem(
      `"${spec.text.trim()}" runs from a whole chapter to a verse`,
      `write "${book.name} ${first}:1-${end}" or "${book.name} ${first}-${last}"`,
    );
  }
  return { book: book.id, start: { chapter: first, verse: null }, end: { chapter: last ?? first, verse: null } };
}

function validate(book: Book, passage: Passage): void {
  const { start, end } = passage;
  if (!start || !end) return;
  checkPoint(book, start);
  checkPoint(book, end);
  const backwards = start.chapter > end.chapter || (start.chapter === end.chapter && (start.verse ?? 0) > (end.verse ?? 0));
  if (backwards) {
    const unit = start.verse === null ? 'chapter' : 'verse';
    const swapped: Passage = { book: book.id, start: end, end: start };
    throw new ReferenceProblem(
      `range runs backwards: ${pointText(book, start)} comes after ${pointText(book, end)}`,
      `write the earlier ${unit} first: "${formatPassage(swapped)}"`,
    );
  }
}

function checkPoint(book: Book, point: PassagePoint): void {
  const chapters = book.verses.length;
  if (point.chapter < 1 || point.chapter > chapters) {
    if (chapters === 1) {
      throw new ReferenceProblem(`${book.name} has 1 chapter`, `write the verse alone, e.g. "${book.name} 3"`);
    }
    throw new ReferenceProblem(
      point.chapter < 1 ? `${book.name} has no chapter 0` : `${book.name} has ${chapters} chapters`,
      `use a chapter from 1 to ${chapters}`,
    );
  }
  if (point.verse === null) return;
  const verses = verseCount(book, point.chapter) ?? 0;
  if (point.verse >= 1 && point.verse <= verses) return;
  const where = isSingleChapter(book) ? book.name : `${book.name} ${point.chapter}`;
  throw new ReferenceProblem(
    point.verse < 1 ? `${where} has no verse 0` : `${where} has ${verses} verses`,
    `use a verse from 1 to ${verses}`,
  );
}

function pointText(book: Book, point: PassagePoint): string {
  if (point.verse === null) return String(point.chapter);
  return isSingleChapter(book) ? String(point.verse) : `${point.chapter}:${point.verse}`;
}

function listOr(names: readonly string[]): string {
  return names.length <= 2 ? names.join(' or ') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

// --- Book names --------------------------------------------------------------------------------

type Resolution =
  | { kind: 'book'; book: Book }
  | { kind: 'outside-canon'; name: string }
  | { kind: 'ambiguous'; names: string[] }
  | { kind: 'unknown' };

/** English names for the library's non-canon OSIS ids, so the error names what the author meant. */
const APOCRYPHA: Readonly<Record<string, string>> = {
  Tob: 'Tobit',
  Jdt: 'Judith',
  GkEsth: 'Greek Esther',
  Wis: 'Wisdom of Solomon',
  Sir: 'Sirach',
  Bar: 'Baruch',
  PrAzar: 'Prayer of Azariah',
  Sus: 'Susanna',
  Bel: 'Bel and the Dragon',
  SgThree: 'Song of the Three Young Men',
  EpJer: 'Letter of Jeremiah',
  '1Macc': '1 Maccabees',
  '2Macc': '2 Maccabees',
  '3Macc': '3 Maccabees',
  '4Macc': '4 Maccabees',
  '1Esd': '1 Esdras',
  '2Esd': '2 Esdras',
  PrMan: 'Prayer of Manasseh',
  Ps151: 'Psalm 151',
};

/** The slice of the library's parsed_entities() output this module reads. */
type LibraryEntity = {
  indices?: [number, number];
  type?: string;
  start?: { b?: string; c?: number; v?: number };
  entities?: LibraryEntity[];
  alternates?: LibraryEntity[];
};

let parser: bcv_parser | undefined;

function libraryParser(): bcv_parser {
  if (parser) return parser;
  parser = new bcv_parser(lang);
  parser.set_options({
    versification_system: 'kjv',
    // Apocrypha on, so "Tobit 1" is recognised and rejected by name rather than as an unknown word.
    testaments: 'ona',
    ps151_strategy: 'c',
    book_alone_strategy: 'full',
    passage_existence_strategy: 'bcv',
    invalid_passage_strategy: 'include',
    invalid_sequence_strategy: 'include',
    single_chapter_1_strategy: 'verse',
    case_sensitive: 'none',
    warn_level: 'none',
  });
  // The KJV's own title for the Song; the library only knows it when the apostrophe is dropped.
  parser.add_books({ books: [{ osis: ['Song'], regexp: /Solomon['’]?s\s*Song/ }] });
  return parser;
}

const resolutions = new Map<string, Resolution>();

/** Asks the library what `<name> 1:1` is, and accepts it only if the name was read in full. */
function resolveBook(name: string): Resolution {
  const key = name.toLowerCase();
  const cached = resolutions.get(key);
  if (cached) return cached;
  const resolution = askLibrary(name);
  // Bounded so a long-running process fed arbitrary text cannot grow the cache without limit.
  if (resolutions.size < 5000) resolutions.set(key, resolution);
  return resolution;
}

function askLibrary(name: string): Resolution {
  if (name === '' || /\d$/.test(name)) return { kind: 'unknown' };
  const probe = `${name} 1:1`;
  const bcv = libraryParser();
  bcv.parse(probe);
  const entities = bcv.parsed_entities() as unknown as LibraryEntity[];
  const [entity] = entities;
  const inner = entity?.entities?.length === 1 ? entity.entities[0] : undefined;
  const covered = entities.length === 1 && entity?.indices?.[0] === 0 && entity.indices[1] === probe.length;
  if (!covered || inner?.type !== 'bcv' || inner.start?.c !== 1 || inner.start.v !== 1 || !inner.start.b) {
    return { kind: 'unknown' };
  }
  const alternates = (inner.entities?.[0]?.alternates ?? []).map((alternate) => alternate.start?.b ?? '');
  const ids = [...new Set([inner.start.b, ...alternates])].filter((id) => id !== '');
  const names = ids.map((id) => bookById(id)?.name ?? APOCRYPHA[id] ?? id);
  if (ids.length > 1) return { kind: 'ambiguous', names };
  const book = bookById(ids[0] ?? '');
  return book ? { kind: 'book', book } : { kind: 'outside-canon', name: names[0] ?? name };
}

// --- Suggestions -------------------------------------------------------------------------------

/** Spellings authors use besides the canonical names and OSIS ids, each with its book's id. */
const EXTRA_SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ['Psalm', 'Ps'],
  ['Song of Songs', 'Song'],
  ["Solomon's Song", 'Song'],
  ['Revelations', 'Rev'],
  ['Apocalypse', 'Rev'],
  ['Canticles', 'Song'],
  ['Qoheleth', 'Eccl'],
];

let spellings: ReadonlyArray<readonly [string, Book]> | undefined;

function suggestionCandidates(): ReadonlyArray<readonly [string, Book]> {
  spellings ??= [
    ...BOOKS.map((book) => [squash(book.name), book] as const),
    ...BOOKS.map((book) => [squash(book.id), book] as const),
    ...EXTRA_SPELLINGS.flatMap(([spelling, id]) => {
      const book = bookById(id);
      return book ? [[squash(spelling), book] as const] : [];
    }),
  ];
  return spellings;
}

// Compares names the way they sound rather than how they are punctuated: "I John" = "1John".
function squash(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(?:iii|third|3rd)\b/, '3')
    .replace(/^(?:ii|second|2nd)\b/, '2')
    .replace(/^(?:i|first|1st)\b/, '1')
    .replace(/[^\p{L}\d]/gu, '');
}

/** The canonical name closest to a misspelt book name, if one is close enough to be a typo. */
function suggestBook(name: string): string | undefined {
  const needle = squash(name);
  // Short strings are within two edits of too many abbreviations for a guess to mean anything.
  if (needle.length < 4) return undefined;
  const allowed = Math.max(1, Math.floor(needle.length / 3));
  let best: Book | undefined;
  let bestDistance = Infinity;
  for (const [spelling, book] of suggestionCandidates()) {
    const distance = editDistance(needle, spelling);
    if (distance < bestDistance) {
      best = book;
      bestDistance = distance;
    }
  }
  return bestDistance <= allowed ? best?.name : undefined;
}

/** Levenshtein distance, with a swap of two neighbouring letters counted as one edit. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}
