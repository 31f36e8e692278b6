/**
 * Plain text to Markdown without changing what a reader sees: characters Markdown would read as
 * markup are backslash-escaped, so the rendered text (and the quote check, which reads the
 * rendered text) is exactly the author's.
 */

/** Escapes one line of a paragraph. */
export function escapeLine(line: string): string {
  let out = line
    // A backslash before punctuation would itself be an escape.
    .replace(/\\(?=[!-/:-@[-`{-~])/gu, '\\\\')
    .replace(/[*`~]/gu, '\\$&')
    // `_` only where it could open or close emphasis (not inside words such as snake_case).
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    // Raw HTML is not allowed in articles; `\<` shows the character instead.
    .replace(/<(?=[A-Za-z/!?])/gu, '\\<')
    // Entities such as &amp; would be decoded.
    .replace(/&(?=#?[A-Za-z0-9]+;)/gu, '\\&')
    // Link syntax: [text](url) and [text][ref].
    .replace(/\[(?=[^\]]*\][([])/gu, '\\[');
  // Block markers at the start of a line: headings, quotes, list items, rules, setext underlines, tables.
  out = out
    .replace(/^(#{1,6})(?=\s|$)/u, '\\$1')
    .replace(/^>/u, '\\>')
    .replace(/^([-+])(?=\s|$)/u, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2')
    .replace(/^([=-])(?=[=\-\s]*$)/u, '\\$1')
    .replace(/^\|/u, '\\|')
    // Link reference and footnote definitions: `[label]: url`, `[^1]: note`.
    .replace(/^\[(?=[^\]]*\]:)/u, '\\[');
  return out;
}

/** A paragraph: its lines escaped, leading indentation removed (it would make a code block). */
export function paragraph(lines: readonly string[]): string {
  return lines.map((line) => escapeLine(line.trim())).join('\n');
}

/** Paragraphs as one blockquote: `> ` on every line, a bare `>` between paragraphs. */
export function blockquote(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => p.split('\n').map((line) => `> ${line}`).join('\n')).join('\n>\n');
}
