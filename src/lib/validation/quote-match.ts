/**
 * Checks that a frontmatter quote really appears in the article body. The body is folded once
 * per article (`quoteMatcher`), so checking many quotes costs one pass over the body each, not a
 * re-fold of the whole body per quote (10,000 quotes over a 2 MB body took 371 s that way).
 */
import { countWords } from '../markdown/plain-text.ts';

/**
 * Folds the differences the contract forgives: curly and straight quotes and apostrophes (German
 * „…“ ‚…‘ and »…« ›…‹ too),
 * dash variants, and runs of whitespace (including non-breaking spaces).
 */
export function foldForQuoteMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u2039\u203A`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033«»]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    // Runs of whitespace become one space; a lone space already is one (replacing each of them cost most of the fold).
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim();
}

/** Splits a quote on `…` or `...` elision marks into the parts that must appear, in order. */
export function quoteParts(quoteText: string): string[] {
  return quoteText
    .split(/\u2026|\.\.\./)
    .map((part) => foldForQuoteMatch(part).replace(/^[\s"']+|[\s"']+$/g, '').trim())
    .filter((part) => part.length > 0);
}

/**
 * Words a quote must keep for each elision. Elision leaves out words between passages; it must
 * not build a sentence out of single words picked from the text ("I … will … declare … war").
 */
export const MIN_WORDS_PER_ELISION = 2;

export type QuoteMatch =
  | { found: true }
  | { found: false; reason: 'missing'; missingPart: string; partIndex: number; partCount: number; outOfOrder: boolean }
  /** The quote has no word at all ("." or "…"). */
  | { found: false; reason: 'no-words' }
  /** Too few words kept for the number of elisions. */
  | { found: false; reason: 'too-elided'; words: number; elisions: number }
  /** Every part is in the body, but not within one paragraph. */
  | { found: false; reason: 'parts-apart'; partCount: number };

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A body prepared once for any number of quote checks. */
export interface QuoteMatcher {
  find(quoteText: string): QuoteMatch;
  /** The longest prefix of `part` (in words) that appears in the body: where the text diverges. */
  longestMatchingPrefix(part: string): string;
}

/** Folds `bodyText` once (the whole text, and each paragraph on its own) for checking its quotes. */
export function quoteMatcher(bodyText: string): QuoteMatcher {
  const body = foldForQuoteMatch(bodyText);
  let paragraphs: string[] | undefined;
  // Paragraphs are the blocks of the plain text, which separates blocks with a blank line.
  const blocks = (): string[] => (paragraphs ??= bodyText.split(/\n[ \t]*\n/).map(foldForQuoteMatch).filter(Boolean));
  return {
    find(quoteText: string): QuoteMatch {
      const parts = quoteParts(quoteText);
      const words = parts.reduce((sum, part) => sum + countWords(part), 0);
      if (words === 0) return { found: false, reason: 'no-words' };
      const elisions = Math.max(0, (quoteText.match(/\u2026|\.\.\./g)?.length ?? 0) - leadingAndTrailingMarks(quoteText));
      if (elisions > 0 && words < MIN_WORDS_PER_ELISION * elisions) return { found: false, reason: 'too-elided', words, elisions };
      const missing = findPartsInOrder(body, parts);
      if (missing) return { found: false, reason: 'missing', ...missing, partCount: parts.length };
      if (parts.length > 1 && !blocks().some((paragraph) => findPartsInOrder(paragraph, parts) === undefined)) {
        return { found: false, reason: 'parts-apart', partCount: parts.length };
      }
      return { found: true };
    },
    longestMatchingPrefix(part: string): string {
      const words = foldForQuoteMatch(part).split(' ');
      // Whether a prefix appears is monotone in its length: binary search, a few passes over the body.
      let low = 0;
      let high = words.length;
      while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (body.includes(words.slice(0, mid).join(' '))) low = mid;
        else high = mid - 1;
      }
      return words.slice(0, low).join(' ');
    },
  };
}

/** Elision marks at the very start or end of a quote leave nothing out between its parts. */
function leadingAndTrailingMarks(quoteText: string): number {
  const trimmed = quoteText.trim().replace(/^["'“”‘’„‚«»‹›]+|["'“”‘’„‚«»‹›]+$/g, '').trim();
  return (/^(?:\u2026|\.\.\.)/.test(trimmed) ? 1 : 0) + (/(?:\u2026|\.\.\.)$/.test(trimmed) ? 1 : 0);
}

/**
 * Finds each part after the one before, where a part starts and ends on word boundaries (so
 * "war" is not found inside "award"). Returns the first part that cannot be found.
 */
function findPartsInOrder(text: string, parts: readonly string[]): { missingPart: string; partIndex: number; outOfOrder: boolean } | undefined {
  let from = 0;
  for (const [index, part] of parts.entries()) {
    const at = indexOfWhole(text, part, from);
    if (at === -1) return { missingPart: part, partIndex: index, outOfOrder: indexOfWhole(text, part, 0) !== -1 };
    from = at + part.length;
  }
  return undefined;
}

function indexOfWhole(text: string, part: string, from: number): number {
  const needsStart = WORD_CHAR.test(part[0] ?? '');
  const needsEnd = WORD_CHAR.test(part.at(-1) ?? '');
  let at = text.indexOf(part, from);
  while (at !== -1) {
    const before = text[at - 1];
    const after = text[at + part.length];
    const startOk = !needsStart || before === undefined || !WORD_CHAR.test(before);
    const endOk = !needsEnd || after === undefined || !WORD_CHAR.test(after);
    if (startOk && endOk) return at;
    at = text.indexOf(part, at + 1);
  }
  return -1;
}

/**
 * Finds one quote in the body's plain text. Every elided part must appear, each after the one
 * before, on word boundaries, all within one paragraph, keeping at least MIN_WORDS_PER_ELISION
 * words per elision. For several quotes of one body, make one quoteMatcher.
 */
export function findQuote(bodyText: string, quoteText: string): QuoteMatch {
  return quoteMatcher(bodyText).find(quoteText);
}

const FORGIVEN = 'quotes, dashes and spacing may differ; mark left-out words with …';

function shorten(text: string): string {
  return text.length > 50 ? `${text.slice(0, 49)}…` : text;
}

/** What is wrong with a quote that was not found, and how to fix it, in the words of the problem report. */
export function describeQuoteMismatch(matcher: QuoteMatcher, match: Exclude<QuoteMatch, { found: true }>): { message: string; fix: string } {
  switch (match.reason) {
    case 'no-words':
      return { message: 'the quote has no words', fix: 'copy the quoted words from the body, or remove this quote' };
    case 'too-elided':
      return {
        message: `the quote keeps ${match.words} ${match.words === 1 ? 'word' : 'words'} around ${match.elisions} elisions (…): too few to be the speaker's words`,
        fix: `keep at least ${MIN_WORDS_PER_ELISION} words for each … (elision leaves words out between passages; it must not build a sentence from single words), or quote the passage in full`,
      };
    case 'parts-apart':
      return {
        message: `all ${match.partCount} parts appear in the body, but not within one paragraph`,
        fix: 'the parts of a quote joined with … must come from one paragraph: make a separate quote for each paragraph',
      };
    case 'missing': {
      const partLabel = match.partCount > 1 ? `part ${match.partIndex + 1} of ${match.partCount} ("${shorten(match.missingPart)}")` : 'the text';
      const near = matcher.longestMatchingPrefix(match.missingPart);
      return {
        message: match.outOfOrder ? `${partLabel} appears in the body only before the previous part` : `${partLabel} does not appear in the article body`,
        fix: near
          ? `the body matches up to "${shorten(near)}" and then differs: copy the words exactly from the body (${FORGIVEN})`
          : `copy the words exactly from the body (${FORGIVEN})`,
      };
    }
  }
}
