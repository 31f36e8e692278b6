/**
 * Whether a piece of raw HTML from a Markdown body is nothing but comments, decided the way a
 * browser reads it: with parse5's implementation of the HTML standard's tokenizer, not a pattern.
 * Markdown parsers end an HTML block at the first line with `-->`, so
 * `<!-- a --><img src=x onerror=…><!-- b -->` is one "comment-shaped" node to them, while a
 * browser sees a comment, an element and a comment. Browsers also end a comment at `--!>`, and
 * at `<!-->`, where Markdown parsers do not.
 */
import { Tokenizer, type TokenHandler } from 'parse5';

export type RawHtmlVerdict =
  | { commentsOnly: true }
  | { commentsOnly: false; reason: 'element' | 'doctype' | 'unclosed-comment' | 'text'; detail: string };

/** Reads `html` as a browser's tokenizer would and says whether it holds anything but comments and whitespace. */
export function readRawHtml(html: string): RawHtmlVerdict {
  let verdict: RawHtmlVerdict = { commentsOnly: true };
  const refuse = (next: Exclude<RawHtmlVerdict, { commentsOnly: true }>): void => {
    if (verdict.commentsOnly) verdict = next;
  };
  const handler: TokenHandler = {
    onComment: () => {},
    onWhitespaceCharacter: () => {},
    onStartTag: (token) => refuse({ commentsOnly: false, reason: 'element', detail: `<${token.tagName}>` }),
    onEndTag: (token) => refuse({ commentsOnly: false, reason: 'element', detail: `</${token.tagName}>` }),
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
  return verdict;
}

/** True when `html` is only comments (and whitespace): safe to leave in a page. */
export function isOnlyComments(html: string): boolean {
  return readRawHtml(html).commentsOnly;
}
