/**
 * Parsing of one `scripture` frontmatter item, e.g. `Luke 21:7-8` or `Revelation 13:1-18; 17:3`.
 *
 * bible-passage-reference-parser is used only to recognise book names (book-names.ts). Chapters and
 * verses are read by the strict grammar below, because the library "repairs" what it reads: it clamps
 * `Luke 21:7-50` to 21:7-38, turns `Luke 21:8-7` into two verses, reads `Hebrews 13-15` as 13:15,
 * drops `ff` and `a`, and stops quietly at trailing words. An author's reference must mean exactly
 * what was written, or be an error.
 */
import { normalizeReference, resolveBook, suggestBook } from './book-names.ts';
import { ENGLISH } from './languages/en.ts';
import type { ScriptureLanguage } from './languages/types.ts';
import { checkPassage, crossBookRange, interpret, ReferenceProblem, type Context, type Spec } from './reference-meaning.ts';
import type { Book, ParseError, ParseOk, Passage } from './types.ts';

// Callers that parse read the result's shapes from here too.
export type { ParseError, ParseOk, Passage, PassagePoint } from './types.ts';

const exampleFix = (language: ScriptureLanguage): string => `expected a reference such as "${language.examples.reference}"`;
const canonFix = (language: ScriptureLanguage): string =>
  `expected a book of the 66-book Protestant canon, e.g. "${language.examples.reference}"`;

/** Parses one frontmatter item into passages checked against the canon, or explains what is wrong. */
export function parseReference(input: string): ParseOk | ParseError {
  return parseReferenceIn(ENGLISH, input);
}

/**
 * parseReference in a language: German `Mt 24,6-7`, `1. Mose 3,15`, `Joh 3,16.18`, `Offb 13,1-18; 17,3`,
 * `Mt 24,3-8 und Lk 21,8`. Messages stay in the tools' English; the references in them are the language's.
 */
export function parseReferenceIn(language: ScriptureLanguage, input: string): ParseOk | ParseError {
  const text = normalizeReference(input);
  if (text === '') return fail('empty reference', exampleFix(language));
  try {
    return { ok: true, passages: new ReferenceReader(text, language).read() };
  } catch (error) {
    if (error instanceof ReferenceProblem) return { ok: false, message: error.message, fix: error.fix };
    throw error;
  }
}

function fail(message: string, fix: string): ParseError {
  return { ok: false, message, fix };
}

// A book name: an optional 1-3 (or 1st-3rd; German 1-5) then letters, spaces, dots and apostrophes.
// Digits, `:`, `-`, `,` and `;` end it, which is what lets the rest be read as numbers.
const bookText = (digits: string): RegExp => new RegExp(`(?:${digits}(?:st|nd|rd)?\\.? ?)?\\p{L}[\\p{L}.'’ ]*`, 'uy');
const bookStart = (digits: string): RegExp => new RegExp(`(?:${digits}(?:st|nd|rd)?\\.? ?)?\\p{L}`, 'uy');
const NUMBER = /\d+/y;

/** Reads a normalized reference left to right into passages; throws a ReferenceProblem at the first problem. */
class ReferenceReader {
  private readonly text: string;
  private position = 0;
  private readonly passages: Passage[] = [];
  private readonly language: ScriptureLanguage;
  private readonly BOOK_TEXT: RegExp;
  private readonly BOOK_START: RegExp;

  constructor(text: string, language: ScriptureLanguage) {
    this.text = text;
    this.language = language;
    this.BOOK_TEXT = bookText(language.bookNumbers);
    this.BOOK_START = bookStart(language.bookNumbers);
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
          const name = this.language.bookName(book);
          throw new ReferenceProblem(
            `"${next}" after "${name}${separator}" has no book`,
            /^\d/.test(next) ? `write "${name} ${next}", or drop the whole-book "${name}"` : exampleFix(this.language),
          );
        }
        continue;
      }
      if (!this.atDigit()) throw this.atRangeIntoBook() ? crossBookRange(this.language) : this.unexpected();
      if (this.readChaptersAndVerses(book) === 'end') return this.passages;
    }
  }

  /** Reads `21:7-8, 10; 22` after a book; returns 'book' when another book follows a separator. */
  private readChaptersAndVerses(book: Book): 'end' | 'book' {
    const context: Context = { chapter: 0, verseLevel: false, separator: '' };
    for (;;) {
      const spec = this.readSpec();
      const passage = interpret(book, spec, context, this.language);
      checkPassage(book, passage, this.language);
      this.passages.push(passage);
      context.chapter = passage.end?.chapter ?? 0;
      context.verseLevel = passage.end?.verse != null;
      this.skipSpaces();
      if (this.atEnd()) return 'end';
      if (!this.atSeparator()) throw this.unexpected();
      context.separator = this.separatorMeaning(this.readSeparator());
      if (this.atBookStart()) return 'book';
      if (!this.atDigit()) throw this.unexpected();
    }
  }

  private readBook(): Book {
    const start = this.position;
    this.BOOK_TEXT.lastIndex = start;
    const match = this.BOOK_TEXT.exec(this.text);
    if (!match) {
      if (start === 0 && /^\d/.test(this.text)) {
        throw new ReferenceProblem(`no book in "${this.text}"`, `start with the book, e.g. "${this.language.examples.verse}"`);
      }
      throw this.unexpected();
    }
    const name = match[0].trim();
    this.position = start + match[0].length;
    const resolution = resolveBook(name, this.language);
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
        const suggestion = suggestBook(name, this.language);
        if (suggestion) {
          const corrected = this.text.slice(0, start) + suggestion + this.text.slice(start + name.length);
          throw new ReferenceProblem(`unknown book "${name}"`, `did you mean "${corrected}"?`);
        }
        // A lone unknown word is more likely not meant as a reference at all than a misspelt book.
        if (start === 0 && this.atEnd()) throw new ReferenceProblem(`"${this.text}" is not a Bible reference`, exampleFix(this.language));
        throw new ReferenceProblem(`unknown book "${name}"`, canonFix(this.language));
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
        throw crossBookRange(this.language);
      } else {
        throw new ReferenceProblem(`range "${this.text.slice(start, this.position).trim()}" has no end`, exampleFix(this.language));
      }
    } else {
      this.position = beforeDash;
    }
    return { text: this.text.slice(start, this.position), first, firstVerse, last, lastVerse };
  }

  /** The verse after `:` (or `.`, as in `John 3.16`; German `,`), or undefined with the position unchanged. */
  private readVerseAfterSeparator(): number | undefined {
    const start = this.position;
    this.skipSpaces();
    if (this.language.chapterVerse.includes(this.peek())) {
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

  /** Reads the separator as written (`,` `;`; German `.` `;` `und`). */
  private readSeparator(): string {
    const word = this.joinWordHere();
    const separator = word ?? (this.peek() === this.language.verseList ? this.language.verseList : ';');
    this.position += separator.length;
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
    const { examples } = this.language;
    if (done === '') return new ReferenceProblem(`"${this.text}" is not a Bible reference`, exampleFix(this.language));
    if (/^[a-e]$/i.test(word) || /^(?:ff?|ff\.)$/i.test(word)) {
      return new ReferenceProblem(
        `"${word}" after "${done}" is not supported`,
        `cite whole verses and write the last verse of a range, e.g. "${examples.reference}"`,
      );
    }
    if (/^\d/.test(rest)) {
      return new ReferenceProblem(
        `unexpected "${word}" after "${done}"`,
        `write chapter and verse with ${examples.chapterVerseMark} and separate references with ";", e.g. "${examples.twoReferences}"`,
      );
    }
    return new ReferenceProblem(
      `unexpected "${rest}" after "${done}"`,
      `${exampleFix(this.language)}; separate several references with ";"`,
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
    return this.peek() === this.language.verseList || this.peek() === ';' || this.joinWordHere() !== undefined;
  }

  /** A join word (`und`) followed by a space at the position, as written. */
  private joinWordHere(): string | undefined {
    return this.language.joinWords.find((word) => this.text.startsWith(`${word} `, this.position));
  }

  /** What a separator means to the grammar: `,` continues the level before it, `;` starts a chapter. */
  private separatorMeaning(separator: string): ',' | ';' {
    return separator === ';' ? ';' : ',';
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
    this.BOOK_START.lastIndex = this.position;
    return this.BOOK_START.test(this.text);
  }

  private skipSpaces(): void {
    while (this.peek() === ' ') this.position++;
  }
}

function listOr(names: readonly string[]): string {
  return names.length <= 2 ? names.join(' or ') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
