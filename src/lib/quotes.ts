/** Checks that a frontmatter quote really appears in the article body. */

/**
 * Folds the differences the contract forgives: curly and straight quotes and apostrophes,
 * dash variants, and runs of whitespace (including non-breaking spaces).
 */
export function foldForQuoteMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033«»]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a quote on `…` or `...` elision marks into the parts that must appear, in order. */
export function quoteParts(quoteText: string): string[] {
  return quoteText
    .split(/\u2026|\.\.\./)
    .map((part) => foldForQuoteMatch(part).replace(/^[\s"']+|[\s"']+$/g, '').trim())
    .filter((part) => part.length > 0);
}

export type QuoteMatch =
  | { found: true }
  | { found: false; missingPart: string; partIndex: number; partCount: number; outOfOrder: boolean };

/**
 * Finds a quote in the body's plain text. Every elided part must appear, each after the one before.
 * Reports the first part that is missing (or present only before the previous part).
 */
export function findQuote(bodyText: string, quoteText: string): QuoteMatch {
  const body = foldForQuoteMatch(bodyText);
  const parts = quoteParts(quoteText);
  if (parts.length === 0) return { found: false, missingPart: '', partIndex: 0, partCount: 0, outOfOrder: false };
  let from = 0;
  for (const [index, part] of parts.entries()) {
    const at = body.indexOf(part, from);
    if (at === -1) {
      const anywhere = body.indexOf(part) !== -1;
      return { found: false, missingPart: part, partIndex: index, partCount: parts.length, outOfOrder: anywhere };
    }
    from = at + part.length;
  }
  return { found: true };
}

/** The longest prefix of `part` (in words) that does appear in the body: helps authors see where the text diverges. */
export function longestMatchingPrefix(bodyText: string, part: string): string {
  const body = foldForQuoteMatch(bodyText);
  const words = foldForQuoteMatch(part).split(' ');
  let best = '';
  for (let n = 1; n <= words.length; n++) {
    const prefix = words.slice(0, n).join(' ');
    if (body.includes(prefix)) best = prefix;
    else break;
  }
  return best;
}
