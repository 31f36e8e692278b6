/**
 * Writes book-names.ts (English) and book-names-de.ts (German): the book names the search box reads, as
 * the build's parser (findBook in that language) reads them, so the browser gets its answers without
 * shipping the parser (29 kB gzipped). The search page carries its edition's table only.
 * Run after changing the parser or the canon: `node src/lib/search/build-time/build-book-names.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BOOKS, ENGLISH, findBook, GERMAN, isSingleChapter, type Book, type ScriptureLanguage } from '../../scripture/index.ts';
import { slugify } from '../../text/slug.ts';
import { bookKey, nameVariants, numberedBase, type NameStyle } from '../common/book-name-key.ts';

// Spellings besides prefixes of the names: abbreviations the prose finder knows, and other titles.
const EXTRA: Readonly<Record<string, readonly string[]>> = {
  Ps: ['Psalm', 'Pss'],
  Song: ['Song of Songs', 'Canticles'],
  Eccl: ['Qoh', 'Qoheleth'],
  Rev: ['Revelations', 'Apocalypse'],
  Matt: ['Mt'],
  Mark: ['Mk', 'Mrk'],
  Luke: ['Lk'],
  John: ['Jn', 'Jhn'],
  '1John': ['1 Jn'],
  '2John': ['2 Jn'],
  '3John': ['3 Jn'],
  Ezek: ['Ezk'],
  Phil: ['Php'],
  Phlm: ['Phm', 'Philem'],
  '1Kgs': ['1 Kgs'],
  '2Kgs': ['2 Kgs'],
  '1Pet': ['1 Pt'],
  '2Pet': ['2 Pt'],
  Judg: ['Jdg'],
  Jas: ['Jas', 'Jm'],
  Deut: ['Dt'],
};

// German abbreviations that are no prefix of the Luther name (the Loccum list and common usage).
const EXTRA_DE: Readonly<Record<string, readonly string[]>> = {
  Ps: ['Psalm'],
  Song: ['Hld'],
  Obad: ['Obd'],
  Matt: ['Mt'],
  Mark: ['Mk'],
  Luke: ['Lk'],
  Acts: ['Apg'],
  Rev: ['Offb', 'Apk'],
  Lam: ['Klgl'],
  Phlm: ['Phlm'],
  Jude: ['Jud'],
};

/** What a language's table is generated from. */
interface TableLanguage {
  scripture: ScriptureLanguage;
  style: NameStyle;
  extra: Readonly<Record<string, readonly string[]>>;
  file: string;
}

export const TABLE_LANGUAGES: Readonly<Record<'en' | 'de', TableLanguage>> = {
  en: { scripture: ENGLISH, style: 'en', extra: EXTRA, file: 'book-names.ts' },
  de: { scripture: GERMAN, style: 'de', extra: EXTRA_DE, file: 'book-names-de.ts' },
};

/** Candidate spellings of a book: prefixes (2+ letters) of its name, its OSIS id, the extra spellings, and (German) the name without umlauts. */
function candidates(book: Book, language: TableLanguage): string[] {
  const name = language.scripture.bookName(book);
  const { number, base } = numberedBase(name, language.style);
  const lead = number ? (language.style === 'de' ? `${number}. ` : `${number} `) : '';
  const out = new Set<string>([name, book.id.replace(/^([123])/, '$1 ')]);
  for (let length = 2; length <= base.length; length++) out.add(lead + base.slice(0, length));
  for (const extra of language.extra[book.id] ?? []) out.add(extra);
  if (language.style === 'de') out.add(`${lead}${slugify(base, 'de').replace(/-/g, ' ')}`);
  return [...out].filter((candidate) => !/ $/.test(candidate));
}

/** The spellings whose every written variant the build's parser reads as this book, as lowercase keys. */
export function bookNameTable(lang: 'en' | 'de' = 'en'): { id: string; name: string; slug: string; keys: string[] }[] {
  const language = TABLE_LANGUAGES[lang];
  return BOOKS.map((book) => {
    const keys = new Set<string>();
    for (const candidate of candidates(book, language)) {
      const variants = nameVariants(candidate, language.style);
      const key = bookKey(candidate, language.style);
      if (key && variants.every((variant) => findBook(variant, language.scripture)?.id === book.id)) keys.add(key);
    }
    return { id: book.id, name: language.scripture.bookName(book), slug: language.scripture.bookSlug(book), keys: [...keys].sort() };
  });
}

/**
 * A key as the module writes it: most keys begin the book's name (`gen` of Genesis), and those are
 * written as their length (`3`; the whole name as ``), which halves the gzipped table the search
 * page loads. query.ts reads them back.
 */
function compactKey(key: string, name: string, style: NameStyle): string {
  const lower = bookKey(name, style) ?? name.toLowerCase();
  if (key === lower) return '';
  return lower.startsWith(key) ? String(key.length) : key;
}

/** The address slug a reader of the table derives from a name (`1 John` → `1-john`); a row names its slug only when it differs. */
export function derivedSlug(name: string): string {
  return name.toLowerCase().replace(/ /g, '-');
}

/** The module text: one string per book, `id|Name|key,key…[|slug]`, and the one-chapter books. */
export function bookNamesModule(lang: 'en' | 'de' = 'en'): string {
  const { style } = TABLE_LANGUAGES[lang];
  const rows = bookNameTable(lang).map((row) => {
    const slug = row.slug === derivedSlug(row.name) ? '' : `|${row.slug}`;
    return `  ${JSON.stringify(`${row.id}|${row.name}|${row.keys.map((key) => compactKey(key, row.name, style)).join(',')}${slug}`)},`;
  });
  const single = BOOKS.filter(isSingleChapter).map((book) => book.id);
  return [
    '// Generated by build-book-names.ts from the build\'s reference parser. Do not edit by hand:',
    '// run `node src/lib/search/build-time/build-book-names.ts` instead.',
    '',
    '/** Each book: `OSIS id|display name|lowercase spellings[|address slug]`; a number is that many letters of the name, `` the whole name. */',
    'export const BOOK_NAME_ROWS: readonly string[] = [',
    ...rows,
    '];',
    '',
    '/** Books of one chapter, where a bare number is a verse (`Jude 3`). */',
    `export const SINGLE_CHAPTER_BOOKS: readonly string[] = ${JSON.stringify(single)};`,
    '',
  ].join('\n');
}

if (import.meta.main) {
  for (const [lang, { file }] of Object.entries(TABLE_LANGUAGES) as ['en' | 'de', TableLanguage][]) {
    const target = fileURLToPath(new URL(`../common/${file}`, import.meta.url));
    writeFileSync(target, bookNamesModule(lang));
    console.log(`wrote ${target}`);
  }
}
