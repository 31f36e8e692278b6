/**
 * The tables and word checks the in-text finder's rules name (src/lib/scripture/README.md): which
 * names and abbreviations are books, which need a verse, which words make a number a quantity, and
 * which words before a name or `chapter` say what it is.
 */

export const SP = '[ \\u00A0\\u202F]'; // a space inside a name or after a number prefix
export const WS = '[ \\t\\r\\n\\u00A0\\u202F]'; // any white space, a soft line break included

export type Family = {
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
export const NAMES = new Map<string, NameEntry>();
for (const family of FAMILIES) {
  for (const name of family.names) NAMES.set(name, { family, abbreviation: false, needsVerse: family.wordName === true });
  for (const name of family.abbreviations ?? []) NAMES.set(name, { family, abbreviation: true, needsVerse: false });
  for (const name of family.strict ?? []) NAMES.set(name, { family, abbreviation: true, needsVerse: true });
}

/** The number a written prefix stands for: `1`, `1st`, `First`, `I`. */
export const PREFIX_NUMBER: Readonly<Record<string, 1 | 2 | 3>> = {
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

/** Rule 6: a name alone is a whole-book reference only when the words before say it is a book. */
export function aloneIsReference(before: string, family: Family, numbered: boolean, name: string): boolean {
  if (BOOK_OF.test(before)) return true;
  if (family.gospel && !numbered && GOSPEL_OF.test(before)) return true;
  if (!(family.aloneAfterIn || numbered)) return false;
  if (family.ids[0] === undefined && !numbered) return false;
  return IN_BEFORE.test(before) || (name === 'Psalms' && IN_THE_BEFORE.test(before));
}

/** Rule 8: a `chapter` keyword counts unless `for`/`under`/`into` precede it; `Chapter` only at a sentence start. */
export function chapterKeywordAllowed(before: string, keyword: string): boolean {
  if (keyword.startsWith('C') && !SENTENCE_START.test(before)) return false;
  return !NOT_A_CHAPTER_BEFORE.test(before);
}
