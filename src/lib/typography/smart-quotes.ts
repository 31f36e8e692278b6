/**
 * Typographic quotes for text authors type with straight ones: `It's "new"` → `It’s “new”`
 * (German: `„new“`). A pure function over plain text (titles, summaries, quotes); code spans in
 * backticks and web addresses are left exactly as written.
 */
import { quoteMarksOf, type QuoteMarks } from './marks.ts';

// Code spans and addresses: kept as they are.
const VERBATIM = /`[^`]*`|\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
// After these a quote mark opens: the start, a space, an opening bracket or dash, another opening mark.
const OPENS_AFTER = /[\s([{\u2014\u2013/-]|^$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `text` with straight quotes and apostrophes set in the house style of `lang` (English when unknown). */
export function typographicQuotes(text: string, lang?: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  const marks = quoteMarksOf(lang);
  let result = '';
  let last = 0;
  for (const match of text.matchAll(VERBATIM)) {
    result += setQuotes(text.slice(last, match.index), marks, result.at(-1) ?? '');
    result += match[0];
    last = match.index + match[0].length;
  }
  return result + setQuotes(text.slice(last), marks, result.at(-1) ?? '');
}

/** One stretch of prose; `before` is the character that precedes it. */
function setQuotes(prose: string, marks: QuoteMarks, before: string): string {
  let out = '';
  for (let i = 0; i < prose.length; i++) {
    const char = prose[i]!;
    const previous = i > 0 ? out.at(-1)! : before;
    const next = prose[i + 1] ?? '';
    if (char === '"') out += opensAfter(previous, marks) ? marks.open : marks.close;
    else if (char !== "'") out += char;
    else if (LETTER_OR_DIGIT.test(previous) && LETTER_OR_DIGIT.test(next)) out += marks.apostrophe; // It's, rock'n'roll
    else if (opensAfter(previous, marks) && /^\d\ds?\b/.test(prose.slice(i + 1))) out += marks.apostrophe; // '90s
    else if (opensAfter(previous, marks)) out += marks.openSingle;
    // After a letter it closes a single quotation still open, else it is an apostrophe (Jesus' words).
    else out += LETTER_OR_DIGIT.test(previous) && !hasOpenSingle(out, marks) ? marks.apostrophe : marks.closeSingle;
  }
  return out;
}

/** A mark opens after the start, a space, an opening bracket or dash, or another opening mark. */
function opensAfter(previous: string, marks: QuoteMarks): boolean {
  return OPENS_AFTER.test(previous) || previous === marks.open || previous === marks.openSingle;
}

/** Whether a single quotation opened in `set` is still open. */
function hasOpenSingle(set: string, marks: QuoteMarks): boolean {
  return set.lastIndexOf(marks.openSingle) > set.lastIndexOf(marks.closeSingle);
}
