/**
 * quote-in-body: every frontmatter quote appears in the body (src/lib/validation/quote-match.ts says
 * what may differ). Each quote whose text is valid is checked, even when other fields are not.
 */
import { shortenValue } from '../problems.ts';
import { LIST_LIMITS, quoteSchema } from '../../../schema/article.ts';
import { describeQuoteMismatch, quoteMatcher } from '../quote-match.ts';
import type { FileRule, Finding } from '../rule.ts';

/** The text of each quote that has a valid one, by index: from the whole field, or item by item when another part of it is wrong. */
function quoteTexts(file: Parameters<FileRule['check']>[0]): [number, string][] {
  const quotes = file.articleField('quotes');
  if (quotes) return quotes.map((quote, index) => [index, quote.text]);
  const raw = file.fields?.quotes;
  // A list over its limit is that list's problem; its items are not checked one by one.
  if (!Array.isArray(raw) || raw.length > LIST_LIMITS.quotes) return [];
  const texts: [number, string][] = [];
  raw.forEach((item, index) => {
    const text = quoteSchema.shape.text.safeParse((item as { text?: unknown } | null)?.text);
    if (text.success) texts.push([index, text.data]);
  });
  return texts;
}

export const quoteInBody: FileRule = {
  id: 'quote-in-body',
  description: 'Each quote in the frontmatter appears in the body; quotes, dashes and spacing may differ, and … marks left-out words (at least 2 kept per …, all within one paragraph).',
  example: 'the text does not appear in the article body',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article'],
  check(file) {
    const bodyText = file.bodyFacts?.text;
    if (bodyText === undefined) return [];
    const texts = quoteTexts(file);
    if (!texts.length) return [];
    // The body is folded once for all of the article's quotes.
    const matcher = quoteMatcher(bodyText);
    const findings: Finding[] = [];
    for (const [index, text] of texts) {
      const match = matcher.find(text);
      if (match.found) continue;
      const { message, fix } = describeQuoteMismatch(matcher, match);
      findings.push({ line: file.lineOf(['quotes', index, 'text']), field: `quotes[${index}].text`, value: shortenValue(text), message, fix });
    }
    return findings;
  },
};
