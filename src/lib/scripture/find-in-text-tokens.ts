/**
 * The in-text finder's tokenizer: the regular expressions for book names, keywords, numbers and
 * separators, and readers for the chapter/verse groups after a name (rules 2 and 3), built from a
 * language's tables (find-in-text-rules.ts). Spec texts are written in the English frontmatter
 * grammar (`24:6-7`, `, 8`, `; 17`) whatever the language, so one parser checks them all.
 */
import { WS, type FinderRules } from './find-in-text-rules.ts';
import { escapeRegExp } from '../text/regexp.ts';

export const NUMBER = /\d{1,3}(?!\d)/y;
const DASH = /[-\u2010-\u2013]/y; // hyphen, non-breaking hyphen, figure dash, en dash; never an em dash
const WORD_AFTER = new RegExp(`${WS}+([\\p{L}][\\p{L}.]*)`, 'uy');
export const SPACES = new RegExp(`${WS}+`, 'y');
export const OPTIONAL_SPACES = new RegExp(`${WS}*`, 'y');
export const CAPITALISED_AFTER = new RegExp(`${WS}+\\p{Lu}`, 'uy');

/** One chapter/verse group as written: `21`, `21:7`, `21:7-8`, `7:1-8:2`, `24-25`. */
export type Spec = { text: string; end: number; verse: boolean };

/** `regex` (a sticky one) matched exactly at `at`. */
export function sticky(regex: RegExp, text: string, at: number): RegExpExecArray | null {
  regex.lastIndex = at;
  return regex.exec(text);
}

/**
 * The 40 characters before `at`, for the checks on the words before a token. A window that does not
 * start at the text's start gets a leading letter, so its cut cannot pass for a word boundary.
 */
export function textBefore(text: string, at: number): string {
  return at <= 40 ? text.slice(0, at) : `x${text.slice(at - 40, at)}`;
}

/** A language's tokenizer (one per language, made once: its regular expressions keep their position). */
export type Tokenizer = ReturnType<typeof createTokenizer>;

export function createTokenizer(rules: FinderRules) {
  // Longest first, so `Song of Solomon` wins over `Song` and `Psalms` over `Psalm`.
  const nameAlternation = [...rules.names.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  /** A book name (with its number) or a contextual keyword, at a word start. */
  const TOKEN = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${rules.prefix}?(${nameAlternation})(?![\\p{L}\\p{N}])|(${rules.keywords}))`, 'gu');
  /** The same book-name part, anchored, to see whether a book starts at a position. */
  const BOOK_AT = new RegExp(`${rules.prefix}?(?:${nameAlternation})(?![\\p{L}\\p{N}])`, 'uy');
  const SEPARATOR = new RegExp(rules.separator, 'y');
  const LIST_SEPARATOR = new RegExp(rules.listSeparator, 'y');
  const CHAPTER_WORD = new RegExp(rules.chapterWord, 'y');
  const VERSE_TAIL = new RegExp(rules.verseTail, 'y');
  const TIME_AFTER = new RegExp(rules.timeAfter, 'uy');

  /** `N`, `N:V`, `N-M`, `N:V-W`, `N:V-M:W` at `at`; with `verses`, only `V` and `V-W`. */
  function readSpec(text: string, at: number, versesOnly = false): Spec | undefined {
    const first = sticky(NUMBER, text, at);
    if (!first) return undefined;
    let position = at + first[0].length;
    let written = first[0];
    let verse = false;
    const colon = versesOnly ? null : readVerseNumber(text, position);
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
        const lastColon = versesOnly ? null : readVerseNumber(text, end);
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

  /** The verse after the chapter-verse mark (`:7` / `,7`). */
  function readVerseNumber(text: string, at: number): { value: string; end: number } | undefined {
    if (text[at] !== rules.chapterVerse) return undefined;
    const number = sticky(NUMBER, text, at + 1);
    return number ? { value: number[0], end: at + 1 + number[0].length } : undefined;
  }

  /** Rule 3: the number ends cleanly at `at`; `verse` says it is a verse, not a chapter or a bare number. */
  function endsCleanly(text: string, at: number, verse: boolean): boolean {
    const next = text[at];
    if (next === undefined) return true;
    if (/[\p{L}\p{N}%°‰′″_]/u.test(next)) return false;
    if (rules.numberGoesOn.test(text.slice(at, at + 5))) return false;
    if (!verse && rules.bareNumberGoesOn?.test(text.slice(at, at + 5))) return false;
    if (/[-\u2010-\u2013]/.test(next) && /^\p{L}/u.test(text.slice(at + 1, at + 5))) return false;
    return true;
  }

  function stopWordAfter(text: string, at: number): boolean {
    const word = sticky(WORD_AFTER, text, at);
    return word !== null && rules.stopWords.has((word[1] ?? '').toLowerCase().replace(/\.$/, ''));
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
    if (!first || !endsCleanly(text, first.end, first.verse)) return [];
    const specs = [first];
    for (;;) {
      const previous = specs[specs.length - 1] as Spec;
      const separator = sticky(options.and ? LIST_SEPARATOR : SEPARATOR, text, previous.end);
      if (!separator) break;
      const next = previous.end + separator[0].length;
      if (bookStartsAt(text, next)) break;
      const spec = readSpec(text, next, options.versesOnly);
      if (!spec || !endsCleanly(text, spec.end, spec.verse || previous.verse)) break;
      // The mark is the first group that matched (English has one group; German one per mark).
      const written = separator.slice(1).find((group) => group !== undefined) ?? ',';
      // `in Luke 21, 3 disciples asked`: a bare continuation followed by a word is not part of it.
      if (!options.and && !spec.verse && !rules.certainMarks.has(written) && wordAfter(text, spec.end)) break;
      const mark = options.and ? ',' : (rules.separatorMeaning[written] ?? ',');
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

  const POSSESSIVE_AFTER = new RegExp(rules.possessiveAfter.source, 'uy');
  return { TOKEN, CHAPTER_WORD, VERSE_TAIL, POSSESSIVE_AFTER, readSpecList };
}
