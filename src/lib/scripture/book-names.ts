/**
 * Book names: which canon book a written name means, and the closest book to a misspelt one.
 * bible-passage-reference-parser recognises the names (it knows hundreds of spellings and
 * abbreviations); this is the only module that talks to it.
 */
import { bcv_parser } from 'bible-passage-reference-parser';
import { closestMatch } from '../text/suggest.ts';
import { BOOKS, bookById } from './canon.ts';
import { ENGLISH } from './languages/en.ts';
import type { ScriptureLanguage } from './languages/types.ts';
import type { Book } from './types.ts';

/** The canon book a name or abbreviation means (`Mt`, `1 Thess.`, `Song of Songs`; German `Offb`), or undefined. */
export function findBook(name: string, language: ScriptureLanguage = ENGLISH): Book | undefined {
  const resolution = resolveBook(normalizeReference(name), language);
  return resolution.kind === 'book' ? resolution.book : undefined;
}

// Authors paste from word processors: every dash means a range, every space run is one space.
/** A reference as typed, with its dashes and white space made plain. */
export function normalizeReference(input: string): string {
  return input
    .normalize('NFC')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[\s\u200B\uFEFF]+/g, ' ')
    .trim();
}

/** What a written book name means. */
export type Resolution =
  | { kind: 'book'; book: Book }
  | { kind: 'outside-canon'; name: string }
  | { kind: 'ambiguous'; names: string[] }
  | { kind: 'unknown' };

/** The slice of the library's parsed_entities() output this module reads. */
type LibraryEntity = {
  indices?: [number, number];
  type?: string;
  start?: { b?: string; c?: number; v?: number };
  entities?: LibraryEntity[];
  alternates?: LibraryEntity[];
};

const parsers = new Map<ScriptureLanguage, bcv_parser>();

function libraryParser(language: ScriptureLanguage): bcv_parser {
  const known = parsers.get(language);
  if (known) return known;
  const parser = new bcv_parser(language.library.module);
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
    ...language.library.options,
  });
  if (language.library.books) parser.add_books(language.library.books);
  parsers.set(language, parser);
  return parser;
}

const resolutions = new Map<string, Resolution>();
/** Asks the library what `<name> 1:1` is, and accepts it only if the name was read in full. */
export function resolveBook(name: string, language: ScriptureLanguage = ENGLISH): Resolution {
  const key = `${language.code}:${name.toLowerCase()}`;
  const cached = resolutions.get(key);
  if (cached) return cached;
  const resolution = askLibrary(name, language);
  // Bounded so a long-running process fed arbitrary text cannot grow the cache without limit.
  if (resolutions.size < 5000) resolutions.set(key, resolution);
  return resolution;
}

function askLibrary(name: string, language: ScriptureLanguage): Resolution {
  if (name === '' || /\d$/.test(name)) return { kind: 'unknown' };
  const probe = `${name} 1${language.chapterVerse[0]}1`;
  const bcv = libraryParser(language);
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
  const names = ids.map((id) => {
    const book = bookById(id);
    return book ? language.bookName(book) : (language.apocrypha[id] ?? id);
  });
  if (ids.length > 1) return { kind: 'ambiguous', names };
  const book = bookById(ids[0] ?? '');
  return book ? { kind: 'book', book } : { kind: 'outside-canon', name: names[0] ?? name };
}

// --- Suggestions -------------------------------------------------------------------------------

// Squashed spelling → book; the first book listed for a spelling keeps it.
const spellings = new Map<ScriptureLanguage, ReadonlyMap<string, Book>>();

function suggestionCandidates(language: ScriptureLanguage): ReadonlyMap<string, Book> {
  const known = spellings.get(language);
  if (known) return known;
  const candidates = new Map<string, Book>();
  const add = (spelling: string, book: Book): void => {
    const key = squash(spelling);
    if (!candidates.has(key)) candidates.set(key, book);
  };
  for (const book of BOOKS) add(language.bookName(book), book);
  for (const book of BOOKS) add(book.id, book);
  for (const [spelling, id] of language.extraSpellings) {
    const book = bookById(id);
    if (book) add(spelling, book);
  }
  spellings.set(language, candidates);
  return candidates;
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
export function suggestBook(name: string, language: ScriptureLanguage = ENGLISH): string | undefined {
  const needle = squash(name);
  // Short strings are within two edits of too many abbreviations for a guess to mean anything.
  if (needle.length < 4) return undefined;
  const candidates = suggestionCandidates(language);
  const spelling = closestMatch(needle, [...candidates.keys()]);
  const book = spelling === undefined ? undefined : candidates.get(spelling);
  return book ? language.bookName(book) : undefined;
}
