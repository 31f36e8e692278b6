/**
 * Scripture references written in prose: `(Luke 21:7-8)`, `1 Thess. 5:3`, `Revelation 13:1-18; 17:3`,
 * `verses 6-7` after `Luke 21`, `the book of Ezekiel`. Pure: no Astro, no DOM, no file system.
 *
 * A reference must mean what parseReference (the frontmatter grammar) says the same text means, so
 * this module only decides WHERE a reference is; the chapters and verses are read and checked
 * against the canon by parseReference. Anything that does not parse or does not exist (`Luke 25`,
 * `Mark 2:30`, `John 2024`) is not a reference. When in doubt it finds nothing: a missing link costs
 * little, a link on "Mark Rutte" or "a new job" makes the site look careless.
 *
 * RULES
 * 1. Book names are matched case-sensitively, as written in Title case: `Luke 21`, never `luke 21`
 *    or `LUKE 21`. Only the names and abbreviations in FAMILIES below count, and only as whole
 *    words (`Jobs`, `Marks`, `ROM` are not names). Numbered books take `1`, `1 `, `1st `, `First `
 *    or a Roman `I `/`II `/`III ` before the name (`1 Thess.`, `1Thess`, `II Kings`); without one,
 *    `Kings 3`, `Corinthians 13`, `Peter 3` are not references. `John` alone is the Gospel.
 * 2. A named reference is a name, an optional `.` after an abbreviation, white space (a line break
 *    included) and `C`, `C:V`, `C:V-W`, `C:V-C:W` or `C-C` (hyphen or en dash; no spaces inside),
 *    optionally followed by more of them after `,` or `;` (`Matthew 24:6, 7`, `Revelation 13:1-18;
 *    17:3`): one match, several passages. In a one-chapter book a bare number is a verse (`Jude 3`).
 *    `Matthew chapter 24` and `Matthew 24, verse 36` are also read. A continuation stops at the next
 *    book name (`Matthew 24:6, 1 John 2:18` is two matches).
 * 3. A number must end cleanly: not followed by a letter or digit, `%`, `°`, a decimal `.5`, a
 *    thousands `,000`, `:`/`/` and a digit (times, dates), or `-` and a letter (`21-year-old`). Numbers
 *    have at most three digits, so years never match. A verse followed by `am`, `p.m.`, `GMT`... is a
 *    time. A bare number (no `:`) followed by a counting word (`people`, `years`, `of`, `percent`,
 *    `million`...; STOP_WORDS) is a quantity: `John 3 people`, `Mark 10 years`, `Luke 21 of them`.
 *    A bare number after `,` or `;` must not be followed by a word (`in Luke 21, 3 disciples`).
 * 4. Names that are also common words or first names in the news need a verse, not a chapter alone:
 *    full names `Job`, `Acts`, `Numbers`, `Judges`; abbreviations `Gen` (Gen Z, "Gen 3"), `Ex`, `Lev`,
 *    `Num`, `Josh`, `Song`, `Lam`, `Dan`, `Mic`, `Nah`, `Hab`, `Hag`, `Mal`, `Mt`, `Rom`, `Gal`, `Phil`,
 *    `Col`, `Th`, `Tit`, `Jas`, and any book after a Roman `I `. So `Job 3:1` is a reference and
 *    `Job 3` is not; `Phil 4:13` is and `Phil 4 said` is not. Abbreviations that are everyday words
 *    or too short to tell apart are never names: `Is`, `Am`, `Jo`, `Jon`, `Ob`, `He`, `Re`, `Co`...
 * 5. Person names (Mark, Daniel, John, Luke, Matthew, James, Amos...) are references only with a
 *    chapter or verse, which news prose rarely puts after a first name; rule 3 removes the usual
 *    exceptions. A name followed by a capitalised word (`Mark Rutte`, `Daniel Okafor`, `Amos
 *    Hochstein`) is a person and never a book, not even a mention.
 * 6. A book name alone is a reference (to the whole book, `/scripture/ezekiel/`) only when the text
 *    says it is a book:
 *    - after `book of` (`the book of Daniel`, `the Book of Job`), any full name;
 *    - after `gospel of`/`gospel according to`, Matthew, Mark, Luke and John;
 *    - after `in` (`in Ezekiel`, `In Revelation,`), only names that are neither common first names
 *      nor common words: Genesis, Exodus, Leviticus, Deuteronomy, Nehemiah, Psalms (also `in the
 *      Psalms`), Proverbs, Ecclesiastes, Song of Solomon, Isaiah, Jeremiah, Lamentations, Ezekiel,
 *      Hosea, Obadiah, Nahum, Habakkuk, Zephaniah, Haggai, Zechariah, Malachi, Romans, Galatians,
 *      Ephesians, Philippians, Colossians, Hebrews, Philemon, Revelation, and numbered books
 *      written with their number (`in 1 Corinthians`);
 *    and never before `'s` (`Ezekiel's vision` is about the prophet) or a capitalised word (rule 5).
 *    Abbreviations alone are never references (`Rev. Anita Castellanos` is a pastor).
 * 7. Context, for the contextual forms below, is the book and chapter named last in the document:
 *    - a reference sets it to its last passage's book and chapter (chapter unknown when that passage
 *      spans chapters or is a whole book; always 1 in a one-chapter book);
 *    - a full book name mentioned without a chapter (`Daniel said`, `Ezekiel's`) sets the book and
 *      forgets the chapter; one that is a common word or names no single book (`Acts`, `Job`,
 *      `Peter` without a number) forgets both. Persons (rule 5) and abbreviations change nothing.
 * 8. Contextual forms, resolved against the context:
 *    - `verse 12`, `verses 6-7`, `verses 6 and 7`, `v. 8`, `vv. 9–11` (lowercase or capitalised):
 *      verses of the context chapter; nothing when the chapter is unknown;
 *    - `chapter 24`, `chapters 24-25`, `chapter 24, verse 36`, `ch. 24`: chapters of the context
 *      book (not a one-chapter book). `Chapter` capitalised only at the start of a sentence, and
 *      never after `for`/`under`/`into` (`filed for Chapter 11 bankruptcy`).
 *    Both end at the stop words of rule 3 (`verse 2 of the anthem`, `chapter 3 of his memoir`).
 * 9. `Title 42`, `2:30`, `3-1` and `2024` have no book and never match; `a revelation` is
 *    lowercase; `Revelation` alone is a mention, not a reference, unless rule 6 applies.
 */
import { findBook } from './book-names.ts';
import { bookById, isSingleChapter } from './canon.ts';
import { formatPassages } from './format.ts';
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

// --- Book names --------------------------------------------------------------------------------

type Family = {
  /** OSIS id by the number written before the name; 0 = written without a number. */
  ids: Partial<Record<0 | 1 | 2 | 3, string>>;
  /** Full names, Title case. */
  names: readonly string[];
  /** Abbreviations a chapter alone can follow (`Rev 13`). */
  abbreviations?: readonly string[];
  /** Abbreviations that need a verse (`Phil 4:13`, not `Phil 4`). */
  strict?: readonly string[];
  /** Full names that need a verse: the name is a common word (`Job`, `Acts`). */
  wordName?: boolean;
  /** A full name alone is a whole-book reference after `in` (rule 6), not only after `book of`. */
  aloneAfterIn?: boolean;
  /** A gospel: `the gospel of Mark`. */
  gospel?: boolean;
};

const one = (id: string): Family['ids'] => ({ 0: id });

const FAMILIES: readonly Family[] = [
  { ids: one('Gen'), names: ['Genesis'], strict: ['Gen'], aloneAfterIn: true },
  { ids: one('Exod'), names: ['Exodus'], abbreviations: ['Exod', 'Exo'], strict: ['Ex'], aloneAfterIn: true },
  { ids: one('Lev'), names: ['Leviticus'], strict: ['Lev'], aloneAfterIn: true },
  { ids: one('Num'), names: ['Numbers'], strict: ['Num', 'Numb'], wordName: true },
  { ids: one('Deut'), names: ['Deuteronomy'], abbreviations: ['Deut'], aloneAfterIn: true },
  { ids: one('Josh'), names: ['Joshua'], strict: ['Josh'] },
  { ids: one('Judg'), names: ['Judges'], abbreviations: ['Judg'], wordName: true },
  { ids: one('Ruth'), names: ['Ruth'] },
  { ids: { 1: '1Sam', 2: '2Sam' }, names: ['Samuel'], abbreviations: ['Sam'], aloneAfterIn: true },
  { ids: { 1: '1Kgs', 2: '2Kgs' }, names: ['Kings'], abbreviations: ['Kgs', 'Ki'], aloneAfterIn: true },
  { ids: { 1: '1Chr', 2: '2Chr' }, names: ['Chronicles'], abbreviations: ['Chr', 'Chron'], aloneAfterIn: true },
  { ids: one('Ezra'), names: ['Ezra'] },
  { ids: one('Neh'), names: ['Nehemiah'], abbreviations: ['Neh'], aloneAfterIn: true },
  { ids: one('Esth'), names: ['Esther'], abbreviations: ['Esth'] },
  { ids: one('Job'), names: ['Job'], wordName: true },
  { ids: one('Ps'), names: ['Psalms', 'Psalm'], abbreviations: ['Ps', 'Psa', 'Pss'], aloneAfterIn: true },
  { ids: one('Prov'), names: ['Proverbs'], abbreviations: ['Prov'], aloneAfterIn: true },
  { ids: one('Eccl'), names: ['Ecclesiastes'], abbreviations: ['Eccl', 'Eccles', 'Ecc', 'Qoh'], aloneAfterIn: true },
  { ids: one('Song'), names: ['Song of Solomon', 'Song of Songs'], strict: ['Song'], aloneAfterIn: true },
  { ids: one('Isa'), names: ['Isaiah'], abbreviations: ['Isa'], aloneAfterIn: true },
  { ids: one('Jer'), names: ['Jeremiah'], abbreviations: ['Jer'], aloneAfterIn: true },
  { ids: one('Lam'), names: ['Lamentations'], strict: ['Lam'], aloneAfterIn: true },
  { ids: one('Ezek'), names: ['Ezekiel'], abbreviations: ['Ezek', 'Eze', 'Ezk'], aloneAfterIn: true },
  { ids: one('Dan'), names: ['Daniel'], strict: ['Dan'] },
  { ids: one('Hos'), names: ['Hosea'], abbreviations: ['Hos'], aloneAfterIn: true },
  { ids: one('Joel'), names: ['Joel'] },
  { ids: one('Amos'), names: ['Amos'] },
  { ids: one('Obad'), names: ['Obadiah'], abbreviations: ['Obad'], aloneAfterIn: true },
  { ids: one('Jonah'), names: ['Jonah'] },
  { ids: one('Mic'), names: ['Micah'], strict: ['Mic'] },
  { ids: one('Nah'), names: ['Nahum'], strict: ['Nah'], aloneAfterIn: true },
  { ids: one('Hab'), names: ['Habakkuk'], strict: ['Hab'], aloneAfterIn: true },
  { ids: one('Zeph'), names: ['Zephaniah'], abbreviations: ['Zeph'], aloneAfterIn: true },
  { ids: one('Hag'), names: ['Haggai'], strict: ['Hag'], aloneAfterIn: true },
  { ids: one('Zech'), names: ['Zechariah'], abbreviations: ['Zech'], aloneAfterIn: true },
  { ids: one('Mal'), names: ['Malachi'], strict: ['Mal'], aloneAfterIn: true },
  { ids: one('Matt'), names: ['Matthew'], abbreviations: ['Matt'], strict: ['Mt'], gospel: true },
  { ids: one('Mark'), names: ['Mark'], abbreviations: ['Mk'], gospel: true },
  { ids: one('Luke'), names: ['Luke'], abbreviations: ['Lk'], gospel: true },
  { ids: { 0: 'John', 1: '1John', 2: '2John', 3: '3John' }, names: ['John'], abbreviations: ['Jn'], gospel: true },
  { ids: one('Acts'), names: ['Acts'], wordName: true },
  { ids: one('Rom'), names: ['Romans'], strict: ['Rom'], aloneAfterIn: true },
  { ids: { 1: '1Cor', 2: '2Cor' }, names: ['Corinthians'], abbreviations: ['Cor'], aloneAfterIn: true },
  { ids: one('Gal'), names: ['Galatians'], strict: ['Gal'], aloneAfterIn: true },
  { ids: one('Eph'), names: ['Ephesians'], abbreviations: ['Eph'], aloneAfterIn: true },
  { ids: one('Phil'), names: ['Philippians'], abbreviations: ['Php'], strict: ['Phil'], aloneAfterIn: true },
  { ids: one('Col'), names: ['Colossians'], strict: ['Col'], aloneAfterIn: true },
  { ids: { 1: '1Thess', 2: '2Thess' }, names: ['Thessalonians'], abbreviations: ['Thess', 'Thes'], strict: ['Th'], aloneAfterIn: true },
  { ids: { 1: '1Tim', 2: '2Tim' }, names: ['Timothy'], abbreviations: ['Tim'], aloneAfterIn: true },
  { ids: one('Titus'), names: ['Titus'], strict: ['Tit'] },
  { ids: one('Phlm'), names: ['Philemon'], abbreviations: ['Phlm', 'Philem', 'Phm'], aloneAfterIn: true },
  { ids: one('Heb'), names: ['Hebrews'], abbreviations: ['Heb'], aloneAfterIn: true },
  { ids: one('Jas'), names: ['James'], strict: ['Jas'] },
  { ids: { 1: '1Pet', 2: '2Pet' }, names: ['Peter'], abbreviations: ['Pet', 'Pt'], aloneAfterIn: true },
  { ids: one('Jude'), names: ['Jude'] },
  { ids: one('Rev'), names: ['Revelation'], abbreviations: ['Rev'], aloneAfterIn: true },
];

type NameEntry = { family: Family; abbreviation: boolean; needsVerse: boolean };

const NAMES = new Map<string, NameEntry>();
for (const family of FAMILIES) {
  for (const name of family.names) NAMES.set(name, { family, abbreviation: false, needsVerse: family.wordName === true });
  for (const name of family.abbreviations ?? []) NAMES.set(name, { family, abbreviation: true, needsVerse: false });
  for (const name of family.strict ?? []) NAMES.set(name, { family, abbreviation: true, needsVerse: true });
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first, so `Song of Solomon` wins over `Song` and `Psalms` over `Psalm`.
const NAME_ALTERNATION = [...NAMES.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');

const SP = '[ \\u00A0\\u202F]'; // a space inside a name or after a number prefix
const WS = '[ \\t\\r\\n\\u00A0\\u202F]'; // any white space, a soft line break included
const PREFIX = `(?:([123])${SP}?|(1st|2nd|3rd|First|Second|Third|III|II|I)${SP})`;
const KEYWORDS = '(?:verses|verse|Verses|Verse|chapters|chapter|Chapters|Chapter)(?![\\p{L}\\p{N}])|vv\\.|v\\.|ch\\.';

/** A book name (with its number) or a contextual keyword, at a word start. */
const TOKEN = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${PREFIX}?(${NAME_ALTERNATION})(?![\\p{L}\\p{N}])|(${KEYWORDS}))`, 'gu');
/** The same book-name part, anchored, to see whether a book starts at a position. */
const BOOK_AT = new RegExp(`${PREFIX}?(?:${NAME_ALTERNATION})(?![\\p{L}\\p{N}])`, 'uy');

const PREFIX_NUMBER: Readonly<Record<string, 1 | 2 | 3>> = {
  1: 1, 2: 2, 3: 3, '1st': 1, '2nd': 2, '3rd': 3, First: 1, Second: 2, Third: 3, I: 1, II: 2, III: 3,
};

// --- Numbers -----------------------------------------------------------------------------------

/** Words after a bare number that make it a quantity, not a chapter or verse (rule 3). */
const STOP_WORDS = new Set(
  `people person persons men women children kids boys girls adults years year yrs months month weeks week
  days day hours hour hrs minutes minute mins seconds secs times percent per cent pct million millions
  billion billions trillion thousand thousands hundred hundreds dozen dozens points point pts goals goal
  runs votes vote seats games matches wins losses defeats members countries nations states cities miles
  mile km kilometres kilometers metres meters feet foot ft inches inch pounds lbs kg dollars euros cents
  tons tonnes barrels others other more less fewer new old of am pm degrees killed dead died injured
  wounded arrested hostages soldiers troops missiles rockets drones ships tanks planes bankruptcy
  protection filing filings case cases units items copies pages times x`.split(/\s+/),
);

const NUMBER = /\d{1,3}(?!\d)/y;
const DASH = /[-\u2010-\u2013]/y; // hyphen, non-breaking hyphen, figure dash, en dash; never an em dash
const SEPARATOR = new RegExp(`${WS}*([,;])${WS}*`, 'y');
const LIST_SEPARATOR = new RegExp(`${WS}*,${WS}*|${WS}+and${WS}+`, 'y');
const SPACES = new RegExp(`${WS}+`, 'y');
const OPTIONAL_SPACES = new RegExp(`${WS}*`, 'y');
const CHAPTER_WORD = new RegExp(`(?:chapter|Chapter|ch\\.)${WS}*`, 'y');
const VERSE_TAIL = new RegExp(`(?:,?${WS}+|,)(?:verses|verse|vv\\.|v\\.)${WS}*`, 'y');
const TIME_AFTER = new RegExp(`${SP}?(?:[ap]\\.m\\.|[AaPp][Mm](?![\\p{L}])|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT)`, 'uy');
const WORD_AFTER = new RegExp(`${WS}+([\\p{L}][\\p{L}.]*)`, 'uy');

/** One chapter/verse group as written: `21`, `21:7`, `21:7-8`, `7:1-8:2`, `24-25`. */
type Spec = { text: string; end: number; verse: boolean };

function sticky(regex: RegExp, text: string, at: number): RegExpExecArray | null {
  regex.lastIndex = at;
  return regex.exec(text);
}

/** `N`, `N:V`, `N-M`, `N:V-W`, `N:V-M:W` at `at`; with `verses`, only `V` and `V-W`. */
function readSpec(text: string, at: number, versesOnly = false): Spec | undefined {
  const first = sticky(NUMBER, text, at);
  if (!first) return undefined;
  let position = at + first[0].length;
  let written = first[0];
  let verse = false;
  const colon = versesOnly ? null : readColonNumber(text, position);
  if (colon) {
    written += `:${colon.value}`;
    position = colon.end;
    verse = true;
  }
  if (sticky(DASH, text, position)) {
    const last = sticky(NUMBER, text, position + 1);
    if (last) {
      let end = position + 1 + last[0].length;
      let range = last[0];
      const lastColon = versesOnly ? null : readColonNumber(text, end);
      if (lastColon) {
        range += `:${lastColon.value}`;
        end = lastColon.end;
      }
      written += `-${range}`;
      position = end;
    }
  }
  return { text: written, end: position, verse };
}

function readColonNumber(text: string, at: number): { value: string; end: number } | undefined {
  if (text[at] !== ':') return undefined;
  const number = sticky(NUMBER, text, at + 1);
  return number ? { value: number[0], end: at + 1 + number[0].length } : undefined;
}

/** Rule 3: the number ends cleanly at `at`. */
function endsCleanly(text: string, at: number): boolean {
  const next = text[at];
  if (next === undefined) return true;
  const after = text.slice(at + 1, at + 5);
  if (/[\p{L}\p{N}%°‰′″_]/u.test(next)) return false;
  if ((next === '.' || next === ':' || next === '/') && /^\d/.test(after)) return false;
  if (next === ',' && /^\d{3}(?!\d)/.test(after)) return false;
  if (/[-\u2010-\u2013]/.test(next) && /^\p{L}/u.test(after)) return false;
  return true;
}

function stopWordAfter(text: string, at: number): boolean {
  const word = sticky(WORD_AFTER, text, at);
  return word !== null && STOP_WORDS.has((word[1] ?? '').toLowerCase().replace(/\.$/, ''));
}

function wordAfter(text: string, at: number): boolean {
  return sticky(WORD_AFTER, text, at) !== null;
}

function bookStartsAt(text: string, at: number): boolean {
  return sticky(BOOK_AT, text, at) !== null;
}

/** The first spec and its continuations after `,`/`;` (rule 2), each ending cleanly. */
function readSpecList(text: string, at: number, options: { versesOnly?: boolean; and?: boolean } = {}): Spec[] {
  const first = readSpec(text, at, options.versesOnly);
  if (!first || !endsCleanly(text, first.end)) return [];
  const specs = [first];
  for (;;) {
    const previous = specs[specs.length - 1] as Spec;
    const separator = sticky(options.and ? LIST_SEPARATOR : SEPARATOR, text, previous.end);
    if (!separator) break;
    const next = previous.end + separator[0].length;
    if (bookStartsAt(text, next)) break;
    const spec = readSpec(text, next, options.versesOnly);
    if (!spec || !endsCleanly(text, spec.end)) break;
    // `in Luke 21, 3 disciples asked`: a bare continuation followed by a word is not part of it.
    if (!options.and && !spec.verse && wordAfter(text, spec.end)) break;
    const mark = options.and ? ',' : (separator[1] ?? ',');
    specs.push({ text: `${mark} ${spec.text}`, end: spec.end, verse: spec.verse });
  }
  // Rule 3: a trailing time or quantity is not a reference.
  while (specs.length > 0) {
    const last = specs[specs.length - 1] as Spec;
    const bare = !/:/.test(last.text);
    const time = !bare && sticky(TIME_AFTER, text, last.end) !== null;
    if (!time && !(bare && stopWordAfter(text, last.end))) break;
    specs.pop();
  }
  return specs;
}

/** Parses `<book name> <specs>` with the frontmatter grammar, dropping trailing specs until it parses. */
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

function startState(context: ReferenceContext | undefined): State {
  const book = context?.book ? (bookById(context.book) ?? findBook(context.book)) : undefined;
  if (!book) return { book: undefined, chapter: undefined };
  const chapter = isSingleChapter(book) ? 1 : context?.chapter;
  return { book, chapter: chapter !== undefined && chapter >= 1 && chapter <= book.verses.length ? chapter : undefined };
}

// --- Finding -----------------------------------------------------------------------------------

const BOOK_OF = new RegExp(`(?:^|[^\\p{L}])(?:[Bb]ook|BOOK)${WS}+of${WS}+$`, 'u');
const GOSPEL_OF = new RegExp(`(?:^|[^\\p{L}])[Gg]ospel${WS}+(?:of|according${WS}+to)${WS}+$`, 'u');
const IN_BEFORE = new RegExp(`(?:^|[^\\p{L}])[Ii]n${WS}+$`, 'u');
const IN_THE_BEFORE = new RegExp(`(?:^|[^\\p{L}])[Ii]n${WS}+the${WS}+$`, 'u');
const CAPITALISED_AFTER = new RegExp(`${WS}+\\p{Lu}`, 'uy');
const POSSESSIVE_AFTER = /['’]s(?![\p{L}])/uy;
const SENTENCE_START = /(?:^|[.!?:;(\[“"‘'—–]\s*|\n\s*)$/;
const NOT_A_CHAPTER_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:for|under|into)${WS}+$`, 'iu');

/**
 * Finds the scripture references in `text`, in order. `context` is what came before in the same
 * document (the book and chapter named last), for `verse 12` and `chapter 24`; the returned array's
 * `context` is the context at the end of `text`, to pass to the next text of the document.
 */
export function findReferencesInText(text: string, context?: ReferenceContext): FoundReferences {
  const found: FoundReference[] = [];
  const state = startState(context);
  const setContext = (passages: readonly Passage[]): { book: string; chapter: number | null } => {
    const after = contextAfter(passages[passages.length - 1] as Passage);
    state.book = bookById(after.book);
    state.chapter = after.chapter ?? undefined;
    return after;
  };
  const add = (start: number, end: number, passages: Passage[]): void => {
    found.push({ start, end, text: text.slice(start, end), passages, display: formatPassages(passages), context: setContext(passages) });
  };

  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const [, digitPrefix, wordPrefix, name, keyword] = match;
    const tokenEnd = match.index + match[0].length;
    if (keyword !== undefined) {
      const end = keyword.startsWith('v') || keyword.startsWith('V')
        ? readVerses(text, match.index, tokenEnd, state, add)
        : readChapters(text, match.index, tokenEnd, keyword, state, add);
      if (end !== undefined) TOKEN.lastIndex = end;
      continue;
    }
    if (name === undefined) continue;
    const entry = NAMES.get(name);
    if (!entry) continue;
    const { family } = entry;
    const written = digitPrefix ?? wordPrefix;
    const number = written === undefined ? 0 : (PREFIX_NUMBER[written] ?? 0);
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
      const reference = readNamed(text, after + spaces[0].length, book, needsVerse);
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
    if (book && !possessive && aloneIsReference(textBefore(text, start), family, numbered, name)) {
      add(start, tokenEnd, [{ book: book.id, start: null, end: null }]);
      continue;
    }
    // A mention (rule 7): names the book but no chapter.
    if (book && !family.wordName) {
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

/**
 * The 40 characters before `at`, for the checks on the words before a token. A window that does not
 * start at the text's start gets a leading letter, so its cut cannot pass for a word boundary.
 */
function textBefore(text: string, at: number): string {
  return at <= 40 ? text.slice(0, at) : `x${text.slice(at - 40, at)}`;
}

/** Rule 6: a name alone is a whole-book reference only when the words before say it is a book. */
function aloneIsReference(before: string, family: Family, numbered: boolean, name: string): boolean {
  if (BOOK_OF.test(before)) return true;
  if (family.gospel && !numbered && GOSPEL_OF.test(before)) return true;
  if (!(family.aloneAfterIn || numbered)) return false;
  if (family.ids[0] === undefined && !numbered) return false;
  return IN_BEFORE.test(before) || (name === 'Psalms' && IN_THE_BEFORE.test(before));
}

/** Chapters and verses after a book name: `21:7-8`, `24, verse 36`, `chapter 24` (rules 2-4). */
function readNamed(text: string, at: number, book: Book, needsVerse: boolean): { end: number; passages: Passage[] } | undefined {
  const chapterWord = sticky(CHAPTER_WORD, text, at);
  const from = chapterWord ? at + chapterWord[0].length : at;
  if (chapterWord && isSingleChapter(book)) return undefined;
  const tail = readChapterVerseTail(text, from, book);
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
function readChapterVerseTail(text: string, at: number, book: Book): Spec[] {
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
function readVerses(text: string, start: number, at: number, state: State, add: Add): number | undefined {
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
function readChapters(text: string, start: number, at: number, keyword: string, state: State, add: Add): number | undefined {
  const { book } = state;
  if (!book || isSingleChapter(book)) return undefined;
  const before = textBefore(text, start);
  if (keyword.startsWith('C') && !SENTENCE_START.test(before)) return undefined;
  if (NOT_A_CHAPTER_BEFORE.test(before)) return undefined;
  const spaces = sticky(keyword.endsWith('.') ? OPTIONAL_SPACES : SPACES, text, at);
  if (!spaces) return undefined;
  const from = at + spaces[0].length;
  const tail = readChapterVerseTail(text, from, book);
  const specs = tail.length > 0 ? tail : readSpecList(text, from, { versesOnly: true, and: true });
  if (specs.length === 0) return undefined;
  const resolved = resolve(book, specs);
  if (!resolved) return undefined;
  const end = (specs[resolved.count - 1] as Spec).end;
  add(start, end, resolved.passages);
  return end;
}
