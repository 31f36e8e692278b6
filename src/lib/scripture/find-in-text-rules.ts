/**
 * The tables and word checks the in-text finder's rules name (src/lib/scripture/README.md): which
 * names and abbreviations are books, which need a verse, which words make a number a quantity, and
 * which words before a name or `chapter` say what it is.
 */

export const SP = '[ \\u00A0\\u202F]'; // a space inside a name or after a number prefix
export const WS = '[ \\t\\r\\n\\u00A0\\u202F]'; // any white space, a soft line break included

export type Family = {
  /** OSIS id by the number written before the name; 0 = written without a number (German `5. Mose` has 5). */
  ids: Partial<Record<0 | 1 | 2 | 3 | 4 | 5, string>>;
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
  /** The full name is also a common noun (German `Offenbarung`, `Sprüche`): a mention sets no context (rule 7). */
  commonNoun?: boolean;
};

const one = (id: string): Family['ids'] => ({ 0: id });

/** Every book family, in canonical order (rules 1, 4, 5 and 6). */
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

/** How a written name or abbreviation counts. */
export type NameEntry = { family: Family; abbreviation: boolean; needsVerse: boolean };

/** Every name and abbreviation that can be a book, as written (case-sensitive). */
export function namesOf(families: readonly Family[]): ReadonlyMap<string, NameEntry> {
  const names = new Map<string, NameEntry>();
  for (const family of families) {
    for (const name of family.names) names.set(name, { family, abbreviation: false, needsVerse: family.wordName === true });
    for (const name of family.abbreviations ?? []) names.set(name, { family, abbreviation: true, needsVerse: false });
    for (const name of family.strict ?? []) names.set(name, { family, abbreviation: true, needsVerse: true });
  }
  return names;
}

/** English names and abbreviations. */
export const NAMES = namesOf(FAMILIES);

/** The number a written prefix stands for: `1`, `1st`, `First`, `I`. */
export const PREFIX_NUMBER: Readonly<Record<string, 1 | 2 | 3 | 4 | 5>> = {
  1: 1, 2: 2, 3: 3, '1st': 1, '2nd': 2, '3rd': 3, First: 1, Second: 2, Third: 3, I: 1, II: 2, III: 3,
};

/** Words after a bare number that make it a quantity, not a chapter or verse (rule 3). */
export const STOP_WORDS = new Set(
  `people person persons men women children kids boys girls adults years year yrs months month weeks week
  days day hours hour hrs minutes minute mins seconds secs times percent per cent pct million millions
  billion billions trillion thousand thousands hundred hundreds dozen dozens points point pts goals goal
  runs votes vote seats games matches wins losses defeats members countries nations states cities miles
  mile km kilometres kilometers metres meters feet foot ft inches inch pounds lbs kg dollars euros cents
  tons tonnes barrels others other more less fewer new old of am pm degrees killed dead died injured
  wounded arrested hostages soldiers troops missiles rockets drones ships tanks planes bankruptcy
  protection filing filings case cases units items copies pages times x`.split(/\s+/),
);

const BOOK_OF = new RegExp(`(?:^|[^\\p{L}])(?:[Bb]ook|BOOK)${WS}+of${WS}+$`, 'u');
const GOSPEL_OF = new RegExp(`(?:^|[^\\p{L}])[Gg]ospel${WS}+(?:of|according${WS}+to)${WS}+$`, 'u');
const IN_BEFORE = new RegExp(`(?:^|[^\\p{L}])[Ii]n${WS}+$`, 'u');
const IN_THE_BEFORE = new RegExp(`(?:^|[^\\p{L}])[Ii]n${WS}+the${WS}+$`, 'u');
const SENTENCE_START = /(?:^|[.!?:;(\[“"‘'—–]\s*|\n\s*)$/;
const NOT_A_CHAPTER_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:for|under|into)${WS}+$`, 'iu');

/** The words before a name alone that make it a book (rule 6), as regular expressions ending at `$`. */
export type AloneBefore = { bookOf: RegExp; gospelOf: RegExp; in: RegExp; inThe: RegExp; inTheName: string };

const ENGLISH_ALONE: AloneBefore = { bookOf: BOOK_OF, gospelOf: GOSPEL_OF, in: IN_BEFORE, inThe: IN_THE_BEFORE, inTheName: 'Psalms' };

/** Rule 6: a name alone is a whole-book reference only when the words before say it is a book. */
export function aloneIsReference(before: string, family: Family, numbered: boolean, name: string, words: AloneBefore = ENGLISH_ALONE): boolean {
  if (words.bookOf.test(before)) return true;
  if (family.gospel && !numbered && words.gospelOf.test(before)) return true;
  if (!(family.aloneAfterIn || numbered)) return false;
  if (family.ids[0] === undefined && !numbered) return false;
  return words.in.test(before) || (name === words.inTheName && words.inThe.test(before));
}

/** Rule 8: a `chapter` keyword counts unless `for`/`under`/`into` precede it; `Chapter` only at a sentence start. */
export function chapterKeywordAllowed(before: string, keyword: string): boolean {
  if (keyword.startsWith('C') && !SENTENCE_START.test(before)) return false;
  return !NOT_A_CHAPTER_BEFORE.test(before);
}

/** Everything the in-text finder's tokenizer and matcher read that differs by language. */
export type FinderRules = {
  /** Book names and abbreviations, as written (rules 1, 4, 5). */
  readonly names: ReadonlyMap<string, NameEntry>;
  /** Regex source of the number before a name; group 1 a digit prefix, group 2 a word prefix. */
  readonly prefix: string;
  readonly prefixNumber: Readonly<Record<string, 1 | 2 | 3 | 4 | 5>>;
  /** Regex source of the contextual keywords (rule 8); those starting with `v`/`V` are verse words. */
  readonly keywords: string;
  /** Words after a bare number that make it a quantity (rule 3), lowercase. */
  readonly stopWords: ReadonlySet<string>;
  /** Regex sources: `chapter 24` after a name; `, verse 36` after a chapter; a time after a verse. */
  readonly chapterWord: string;
  readonly verseTail: string;
  readonly timeAfter: string;
  /** After a name alone: it is the person's (`Ezekiel's vision`), not a book (rule 6). */
  readonly possessiveAfter: RegExp;
  /** The mark between chapter and verse as written in prose (`:` / `,`). */
  readonly chapterVerse: string;
  /** Regex source of the mark between references of one book (group 1), and what each mark means. */
  readonly separator: string;
  readonly separatorMeaning: Readonly<Record<string, ',' | ';'>>;
  /** Marks after which a bare number is surely a verse, even with a word after it (German `Joh 3,16.18 sagt`). */
  readonly certainMarks: ReadonlySet<string>;
  /** Regex source between the numbers of a list after `verses`/`chapters` (`6 and 7`). */
  readonly listSeparator: string;
  /** Tested on the text at a number's end: the number goes on (a decimal, thousands, a time; rule 3). */
  readonly numberGoesOn: RegExp;
  /** The same, only after a chapter or a bare number: German thousands (`5.000`), where after a verse `.` lists verses. */
  readonly bareNumberGoesOn?: RegExp;
  readonly alone: AloneBefore;
  readonly chapterKeywordAllowed: (before: string, keyword: string) => boolean;
};

/** The English tables, as the finder has always read them. */
export const ENGLISH_FINDER: FinderRules = {
  names: NAMES,
  prefix: `(?:([123])${SP}?|(1st|2nd|3rd|First|Second|Third|III|II|I)${SP})`,
  prefixNumber: PREFIX_NUMBER,
  keywords: '(?:verses|verse|Verses|Verse|chapters|chapter|Chapters|Chapter)(?![\\p{L}\\p{N}])|vv\\.|v\\.|ch\\.',
  stopWords: STOP_WORDS,
  chapterWord: `(?:chapter|Chapter|ch\\.)${WS}*`,
  verseTail: `(?:,?${WS}+|,)(?:verses|verse|vv\\.|v\\.)${WS}*`,
  timeAfter: `${SP}?(?:[ap]\\.m\\.|[AaPp][Mm](?![\\p{L}])|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT)`,
  possessiveAfter: /['’]s(?![\p{L}])/uy,
  chapterVerse: ':',
  separator: `${WS}*([,;])${WS}*`,
  separatorMeaning: { ',': ',', ';': ';' },
  certainMarks: new Set(),
  listSeparator: `${WS}*,${WS}*|${WS}+and${WS}+`,
  numberGoesOn: /^(?:[.:/]\d|,\d{3}(?!\d))/,
  alone: ENGLISH_ALONE,
  chapterKeywordAllowed,
};
