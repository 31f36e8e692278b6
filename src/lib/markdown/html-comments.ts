/**
 * Whether a piece of raw HTML from a Markdown body is nothing but comments, decided the way a
 * browser reads it: with parse5's implementation of the HTML standard's tokenizer, not a pattern.
 * Markdown parsers end an HTML block at the first line with `-->`, so
 * `<!-- a --><img src=x onerror=…><!-- b -->` is one "comment-shaped" node to them, while a
 * browser sees a comment, an element and a comment. Browsers also end a comment at `--!>`, and
 * at `<!-->`, where Markdown parsers do not.
 */
import { Tokenizer, type TokenHandler } from 'parse5';
import { isAllowedElement } from './html-allow-list.ts';

export type RawHtmlVerdict =
  | { commentsOnly: true }
  | { commentsOnly: false; reason: 'element' | 'doctype' | 'unclosed-comment' | 'text'; detail: string };

/** A start tag as a browser reads it: the element's name and its attributes with their decoded values. */
export interface HtmlTag {
  name: string;
  attributes: { name: string; value: string }[];
}

/**
 * Reads `html` as a browser's tokenizer would and says whether it holds anything but comments,
 * whitespace and elements of the allow-list (src/lib/markdown/html-allow-list.ts); also every start tag, for the attribute rules.
 */
export function readRawHtml(html: string): RawHtmlVerdict & { tags: HtmlTag[] } {
  let verdict: RawHtmlVerdict = { commentsOnly: true };
  const tags: HtmlTag[] = [];
  const refuse = (next: Exclude<RawHtmlVerdict, { commentsOnly: true }>): void => {
    if (verdict.commentsOnly) verdict = next;
  };
  const handler: TokenHandler = {
    onComment: () => {},
    onWhitespaceCharacter: () => {},
    onStartTag: (token) => {
      tags.push({ name: token.tagName, attributes: token.attrs.map(({ name, value }) => ({ name, value })) });
      if (!isAllowedElement(token.tagName)) refuse({ commentsOnly: false, reason: 'element', detail: `<${token.tagName}>` });
    },
    // Browsers read </br> as <br>; any other end tag closes an element that is not allowed.
    onEndTag: (token) => {
      if (!isAllowedElement(token.tagName)) refuse({ commentsOnly: false, reason: 'element', detail: `</${token.tagName}>` });
    },
    onDoctype: () => refuse({ commentsOnly: false, reason: 'doctype', detail: '<!DOCTYPE>' }),
    // Text outside a comment would be published as markup, with its character references decoded.
    onCharacter: (token) => refuse({ commentsOnly: false, reason: 'text', detail: token.chars.trim().slice(0, 20) }),
    onNullCharacter: () => refuse({ commentsOnly: false, reason: 'text', detail: 'U+0000' }),
    onEof: () => {},
    // A comment still open at the end would swallow the rest of the page after it.
    onParseError: (error) => {
      if (error.code === 'eof-in-comment') refuse({ commentsOnly: false, reason: 'unclosed-comment', detail: '<!--' });
    },
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: false }, handler);
  tokenizer.write(html, true);
  return { ...verdict, tags };
}

/** True when `html` is only comments, whitespace and elements of the allow-list (their attributes are the attribute rules' to check). */
export function isOnlyComments(html: string): boolean {
  return readRawHtml(html).commentsOnly;
}
