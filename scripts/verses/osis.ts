/**
 * OSIS XML → the project's verse file (src/lib/scripture/verse-source.ts: verses keyed by OSIS id,
 * `#` where a paragraph starts, `[…]` around words the translators supplied). Pure: text in,
 * verses and problems out. Reads both OSIS verse forms, containers (`<verse osisID>…</verse>`,
 * as mod2osis writes them) and milestones (`<verse sID/>…<verse eID/>`, as usfm2osis writes them).
 * Notes, titles and cross-references are not verse text; only the 66-book canon is kept.
 */
import { bookById } from '../../src/lib/scripture/canon.ts';

export type OsisResult = {
  verses: Record<string, string>;
  /** Verses outside the canon (deuterocanon) or with no text, by reason, for the report. */
  skipped: { outsideCanon: number; empty: string[] };
  /** Text that would be misread as markup (`[`, `]`, a leading `#`): each names its verse. */
  problems: string[];
};

export type OsisOptions = {
  /** Keep only these books or chapters (`Matt`, `Rev.13`): for excerpts. */
  only?: readonly string[];
};

// One tag (group 1 `/` for an end tag, 2 the name, 3 the attributes, 4 `/` for an empty tag) or a run of text.
const TOKEN = /<(\/?)([A-Za-z][\w:.-]*)([^>]*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)/g;
// Elements whose content is not verse text.
const SKIPPED = new Set(['note', 'title', 'header', 'rdg', 'reference', 'catchWord', 'speaker']);
const SPACE_ELEMENTS = new Set(['l', 'lb', 'lg', 'item', 'list', 'p', 'div', 'milestone']);

export function osisToVerses(xml: string, options: OsisOptions = {}): OsisResult {
  const verses: Record<string, string> = {};
  const result: OsisResult = { verses, skipped: { outsideCanon: 0, empty: [] }, problems: [] };
  let current: { id: string; text: string; paragraph: boolean; literal: boolean } | undefined;
  // Which open <transChange> elements mark supplied words (an end tag has no type to tell).
  const changes: boolean[] = [];
  let skipDepth = 0;
  let paragraphPending = false;
  // A note sits between two words with no space in some modules (WEB: `God<note>…</note>created`).
  let afterNote = false;

  const startVerse = (osisID: string): void => {
    // `Gen.1.1 Gen.1.2`: a verse spanning two ids is stored under its first.
    current = { id: osisID.split(/\s+/)[0] ?? osisID, text: '', paragraph: paragraphPending, literal: false };
    paragraphPending = false;
  };
  const endVerse = (): void => {
    if (!current) return;
    store(result, current, options);
    current = undefined;
  };

  for (const match of xml.matchAll(TOKEN)) {
    const [, slash, name, attributes = '', empty, cdata, text] = match;
    if (text !== undefined || cdata !== undefined) {
      if (current && skipDepth === 0) {
        const words = decode(text ?? cdata ?? '');
        if (afterNote && /[\p{L}\p{N}]$/u.test(current.text) && /^[\p{L}\p{N}]/u.test(words)) current.text += ' ';
        // Brackets are the supplied-word marks: one written in the text itself would be misread.
        if (/[[\]]/.test(words)) current.literal = true;
        current.text += words;
        afterNote = false;
      }
      continue;
    }
    if (name === undefined) continue;
    const local = name.replace(/^.*:/, '');
    const attrs = readAttributes(attributes);
    if (SKIPPED.has(local) && !attrs.sID && !attrs.eID) {
      if (empty) continue;
      skipDepth += slash ? -1 : 1;
      if (skipDepth === 0 && local === 'note') afterNote = true;
      continue;
    }
    if (skipDepth > 0) continue;
    if (local === 'verse') {
      if (slash || attrs.eID) endVerse();
      else if (attrs.osisID) {
        endVerse();
        startVerse(attrs.osisID);
        if (empty && !attrs.sID) endVerse();
      }
      continue;
    }
    if (local === 'transChange' && !empty) {
      const added = slash ? changes.pop() === true : attrs.type === 'added';
      if (!slash) changes.push(added);
      if (current && added) current.text += slash ? ']' : '[';
      continue;
    }
    if (isParagraphStart(local, attrs, Boolean(slash))) {
      if (!current) paragraphPending = true;
      else if (current.text.trim() === '') current.paragraph = true;
    }
    if (current && SPACE_ELEMENTS.has(local)) current.text += ' ';
  }
  endVerse();
  return result;
}

function isParagraphStart(name: string, attrs: Record<string, string>, end: boolean): boolean {
  if (end || attrs.eID) return false;
  if (name === 'p') return true;
  return (name === 'div' || name === 'milestone') && (attrs.type === 'x-p' || attrs.type === 'paragraph');
}

function store(result: OsisResult, verse: { id: string; text: string; paragraph: boolean; literal: boolean }, options: OsisOptions): void {
  const { id, paragraph } = verse;
  const [book, chapter] = id.split('.');
  if (!book || !bookById(book)) {
    result.skipped.outsideCanon++;
    return;
  }
  if (options.only && !options.only.some((wanted) => wanted === book || wanted === `${book}.${chapter}`)) return;
  const written = verse.text.replace(/\s+/g, ' ').replace(/\[\s+/g, '[').replace(/\s+\]/g, ']').replace(/\s+([,.;:!?])/g, '$1').trim();
  // The KJV tradition marks a paragraph with a pilcrow in the text (`¶ And God said`).
  const pilcrow = written.startsWith('¶');
  const text = pilcrow ? written.slice(1).trimStart() : written;
  if (text === '' || text === '[]') {
    result.skipped.empty.push(id);
    return;
  }
  // `#` is the paragraph mark: a verse starting with a literal one would be misread, as would a bracket.
  if (verse.literal || text.startsWith('#')) {
    result.problems.push(`${id}: the text has a literal "[", "]" or leading "#", which the verse format reads as markup: ${JSON.stringify(text.slice(0, 60))}`);
    return;
  }
  // Some modules carry USFM markers their conversion missed (the SWORD KJV: `the \nd LORD`).
  const usfm = /\\[a-z]+\d*\*?(?![\p{L}])/u.exec(text);
  if (usfm) result.problems.push(`${id}: the text has the USFM marker "${usfm[0]}" left in it: ${JSON.stringify(text.slice(0, 60))}`);
  result.verses[id] = paragraph || pilcrow ? `# ${text}` : text;
}

function readAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attrs[match[1]!] = decode(match[2] ?? match[3] ?? '');
  }
  return attrs;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity] ?? whole;
  });
}
