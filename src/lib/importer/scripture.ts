/**
 * Scripture references in imported text: verse and chapter references found by the prose finder,
 * plus whole books named in lists ("passages in Ezekiel, Daniel and Revelation").
 */
import { findBook, formatPassagesIn, type Book, type Passage } from '../scripture/index.ts';
// The one place that names the prose finder (chapter and verse references, `verse 12` after a
// reference, `the book of Daniel`); the importer adds its own rule for lists of whole books.
import { createReferenceFinder, findReferencesInText, type ReferenceContext } from '../scripture/find-in-text.ts';
import { ENGLISH_IMPORT } from './language-en.ts';
import { memoByLanguage, type ImporterLanguage } from './language.ts';
import { escapeRegExp } from '../text/regexp.ts';

export type { ReferenceContext };

export interface ScriptureMention {
  /** Offset in the text searched. */
  start: number;
  end: number;
  /** As written in the text. */
  text: string;
  passages: Passage[];
  /** Display form for frontmatter, e.g. `Luke 21:7–8`, `Ezekiel`. */
  display: string;
}

/** `passages in` → `[Pp]assages\s+in`: the first letter may be a capital, the book names may not be lower case. */
function triggerPattern(trigger: string): string {
  const first = trigger[0] ?? '';
  return `[${first.toUpperCase()}${first}]${trigger.slice(1).replace(/ /g, '\\s+')}`;
}

/** The finder and the list patterns of a language, built once. */
const patterns = memoByLanguage((language) => {
  // Longest names first, so `Song of Solomon` wins over shorter names.
  const names = [...language.bookListNames].sort((a, b) => b.length - a.length);
  const NAME = `(?:${names.map(escapeRegExp).join('|')})`;
  const ITEM = `${language.bookListItemPrefix}${NAME}`;
  const joins = language.bookListJoins.join('|');
  const list = new RegExp(
    String.raw`(?<![\p{L}])(?:${language.bookListTriggers.map(triggerPattern).join('|')})\s+(${ITEM}(?:(?:\s*,\s*(?:(?:${joins})\s+)?|\s+(?:${joins})\s+)${ITEM})*)(?![\p{L}\p{N}])`,
    'gu',
  );
  const item = new RegExp(String.raw`(?<![\p{L}])(${NAME})(?![\p{L}])`, 'gu');
  const find = language === ENGLISH_IMPORT ? findReferencesInText : createReferenceFinder(language.scripture);
  return { list, item, find };
});

/**
 * Every reference in one paragraph, in order of appearance. `context` is the book and chapter named
 * last before this paragraph (for `verse 12`, `chapter 24`); the result's `context` is the one after it.
 */
export function findScripture(text: string, context?: ReferenceContext, language: ImporterLanguage = ENGLISH_IMPORT): ScriptureMention[] & { context: ReferenceContext } {
  const references = patterns(language).find(text, context);
  const mentions: ScriptureMention[] = references.map((found) => ({
    start: found.start,
    end: found.end,
    text: found.text,
    passages: found.passages,
    display: found.display,
  }));
  for (const book of findBookLists(text, language)) {
    // A name that begins a chapter or verse reference is that reference, not the whole book.
    if (mentions.some((m) => book.start >= m.start && book.start < m.end)) continue;
    mentions.push(book);
  }
  return Object.assign(mentions.sort((a, b) => a.start - b.start), { context: references.context });
}

/** Whole books named after a trigger such as "passages in": `Ezekiel, Daniel and Revelation`. */
export function findBookLists(text: string, language: ImporterLanguage = ENGLISH_IMPORT): ScriptureMention[] {
  const found: ScriptureMention[] = [];
  const { list: LIST, item: ITEM_IN_LIST } = patterns(language);
  LIST.lastIndex = 0;
  for (let match = LIST.exec(text); match; match = LIST.exec(text)) {
    const list = match[1] ?? '';
    const listStart = match.index + match[0].length - list.length;
    ITEM_IN_LIST.lastIndex = 0;
    for (let item = ITEM_IN_LIST.exec(list); item; item = ITEM_IN_LIST.exec(list)) {
      const start = listStart + item.index;
      const end = start + item[0].length;
      // "the book of Daniel 9" is a chapter reference: the prose finder reports it.
      if (/^\s*\d/.test(text.slice(end))) continue;
      const book: Book | undefined = findBook(item[0], language.scripture);
      if (!book) continue;
      const passages: Passage[] = [{ book: book.id, start: null, end: null }];
      found.push({ start, end, text: item[0], passages, display: formatPassagesIn(language.scripture, passages) });
    }
  }
  return found;
}
