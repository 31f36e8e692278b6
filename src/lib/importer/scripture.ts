/**
 * Scripture references in imported text: verse and chapter references found by the prose finder,
 * plus whole books named in lists ("passages in Ezekiel, Daniel and Revelation").
 */
import { BOOKS, findBook, formatPassages, type Book, type Passage } from '../scripture/index.ts';
// The one place that names the prose finder (chapter and verse references, `verse 12` after a
// reference, `the book of Daniel`); the importer adds its own rule for lists of whole books.
import { findReferencesInText, type ReferenceContext } from '../scripture/find-in-text.ts';

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

/** Words after which a list of bare book names cites those books as wholes. */
const LIST_TRIGGERS = [
  'passages in',
  'passages from',
  'passage in',
  'chapters in',
  'the book of',
  'the books of',
  'books of',
  'book of',
  'prophecies of',
  'prophecies in',
  'prophecy of',
  'prophecies from',
  'the prophecies of',
  'readings from',
  'readings in',
];

/** Canonical names (longest first, so `Song of Solomon` wins over shorter names) plus `Psalm`. */
const BOOK_NAMES: readonly string[] = [...BOOKS.map((book) => book.name), 'Psalm', 'Song of Songs'].sort((a, b) => b.length - a.length);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAME = `(?:${BOOK_NAMES.map(escape).join('|')})`;
const ITEM = String.raw`(?:the (?:[Bb]ook of )?)?${NAME}`;
const LIST = new RegExp(
  String.raw`(?<![\p{L}])(?:${LIST_TRIGGERS.map(triggerPattern).join('|')})\s+(${ITEM}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)${ITEM})*)(?![\p{L}\p{N}])`,
  'gu',
);
/** `passages in` → `[Pp]assages\s+in`: the first letter may be a capital, the book names may not be lower case. */
function triggerPattern(trigger: string): string {
  const first = trigger[0] ?? '';
  return `[${first.toUpperCase()}${first}]${trigger.slice(1).replace(/ /g, '\\s+')}`;
}
const ITEM_IN_LIST = new RegExp(String.raw`(?<![\p{L}])(${NAME})(?![\p{L}])`, 'gu');

/**
 * Every reference in one paragraph, in order of appearance. `context` is the book and chapter named
 * last before this paragraph (for `verse 12`, `chapter 24`); the result's `context` is the one after it.
 */
export function findScripture(text: string, context?: ReferenceContext): ScriptureMention[] & { context: ReferenceContext } {
  const references = findReferencesInText(text, context);
  const mentions: ScriptureMention[] = references.map((found) => ({
    start: found.start,
    end: found.end,
    text: found.text,
    passages: found.passages,
    display: found.display,
  }));
  for (const book of findBookLists(text)) {
    // A name that begins a chapter or verse reference is that reference, not the whole book.
    if (mentions.some((m) => book.start >= m.start && book.start < m.end)) continue;
    mentions.push(book);
  }
  return Object.assign(mentions.sort((a, b) => a.start - b.start), { context: references.context });
}

/** Whole books named after a trigger such as "passages in": `Ezekiel, Daniel and Revelation`. */
export function findBookLists(text: string): ScriptureMention[] {
  const found: ScriptureMention[] = [];
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
      const book: Book | undefined = findBook(item[0]);
      if (!book) continue;
      const passages: Passage[] = [{ book: book.id, start: null, end: null }];
      found.push({ start, end, text: item[0], passages, display: formatPassages(passages) });
    }
  }
  return found;
}
