/**
 * Verse text per translation, behind one interface: a translation id gives a VerseSource, which
 * either has text (`kind: 'text'`) or says plainly that this site has none (`kind: 'none'`), so a
 * page can link a reference without text and name the missing translation rather than fall back
 * to another language's text. Adding a translation is data: a verse file in the project's format
 * (docs/editions.md, written by scripts/verses/convert.ts from OSIS) and an entry in TRANSLATIONS.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { requireBook } from './canon.ts';

/** What a page says about a translation: `King James Version (KJV), public domain`. */
export type TranslationInfo = {
  /** Stable id: `kjv`, `web`, `luther1912`. */
  readonly id: string;
  readonly name: string;
  readonly abbreviation: string;
  /** BCP 47 language of the text. */
  readonly language: string;
  readonly license: string;
};

/** A translation's verses, or the explicit absence of them. */
export type VerseSource =
  | {
      readonly kind: 'text';
      readonly translation: TranslationInfo;
      /** The verse as stored (`#` starts a paragraph, `[…]` marks supplied words), or undefined when the text lacks it. */
      readonly rawVerse: (book: string, chapter: number, verse: number) => string | undefined;
    }
  | { readonly kind: 'none'; readonly translation: TranslationInfo; readonly reason: string };

/** The project's verse file: the translation, and verses keyed by OSIS id (`Matt.24.6`). */
export type VerseFile = { translation: TranslationInfo; verses: Record<string, string> };

export const KJV_INFO: TranslationInfo = {
  id: 'kjv',
  name: 'King James Version',
  abbreviation: 'KJV',
  language: 'en',
  license: 'public domain',
};

let kjv: Readonly<Record<string, string>> | undefined;

// Read from disk rather than imported: a 4.8 MB JSON import would be inlined into every bundle
// that touches this module, and createRequire resolves the same file under vitest, node and Vite.
/** The `kjv` package's verses, keyed `Genesis 1:1` by its own book titles. */
export function kjvVerses(): Readonly<Record<string, string>> {
  if (!kjv) {
    const path = createRequire(import.meta.url).resolve('kjv/json/verses-1769.json');
    kjv = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  }
  return kjv;
}

/** The 1769 KJV from the `kjv` package. */
export const KJV: VerseSource = {
  kind: 'text',
  translation: KJV_INFO,
  rawVerse: (book, chapter, verse) => kjvVerses()[`${requireBook(book).kjvName} ${chapter}:${verse}`],
};

/** A verse file in the project's format (scripts/verses/convert.ts writes them), read once when first asked. */
export function verseFileSource(path: string): VerseSource {
  let file: VerseFile | undefined;
  const load = (): VerseFile => (file ??= readVerseFile(path));
  return {
    kind: 'text',
    get translation() {
      return load().translation;
    },
    rawVerse: (book, chapter, verse) => load().verses[`${book}.${chapter}.${verse}`],
  };
}

/** Checks a parsed verse file's shape, naming the file and what is wrong. */
export function checkVerseFile(data: unknown, path: string): VerseFile {
  const file = data as Partial<VerseFile> | null;
  const info = file?.translation as Partial<TranslationInfo> | undefined;
  const fields = ['id', 'name', 'abbreviation', 'language', 'license'] as const;
  const missing = fields.filter((field) => typeof info?.[field] !== 'string' || info[field] === '');
  if (missing.length > 0) throw new Error(`${path}: translation lacks ${missing.join(', ')}; see docs/editions.md for the verse file format`);
  if (typeof file?.verses !== 'object' || file.verses === null) throw new Error(`${path}: no "verses" object keyed by OSIS id, e.g. "Matt.24.6"`);
  const bad = Object.entries(file.verses).find(([key, text]) => !/^[1-4]?[A-Za-z]+\.\d+\.\d+$/.test(key) || typeof text !== 'string');
  if (bad) throw new Error(`${path}: verse ${JSON.stringify(bad[0])} is not an OSIS id with a text, e.g. "Matt.24.6": "…"`);
  return file as VerseFile;
}

function readVerseFile(path: string): VerseFile {
  return checkVerseFile(JSON.parse(readFileSync(path, 'utf8')), path);
}

/** No text for a translation on this site, and why: pages link the reference and say which text is missing. */
export function noText(translation: TranslationInfo, reason: string): VerseSource {
  return { kind: 'none', translation, reason };
}

/**
 * The German edition's translation. No public-domain German text (Luther 1912, Elberfelder 1905,
 * Schlachter 1905) is reachable from the registries this project uses (npm, Debian; docs/editions.md).
 */
export const LUTHER_1912: VerseSource = noText(
  { id: 'luther1912', name: 'Lutherbibel 1912', abbreviation: 'LUT1912', language: 'de', license: 'public domain' },
  'no copy of the Luther 1912 text is installed: none is published on npm or in Debian; convert an OSIS file with scripts/verses/convert.ts and register it',
);

/** The translations the site knows, by id. */
export const TRANSLATIONS: Readonly<Record<string, VerseSource>> = { kjv: KJV, luther1912: LUTHER_1912 };

/** The verse source of a translation id; throws for an id that is not registered (a config mistake). */
export function verseSource(id: string): VerseSource {
  const source = TRANSLATIONS[id];
  if (!source) throw new Error(`no translation "${id}"; known: ${Object.keys(TRANSLATIONS).join(', ')}`);
  return source;
}
