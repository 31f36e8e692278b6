/** A quotation as printed: inside typographic double quotation marks, never doubled. */

const OPENING = /^["“„«]/;
const CLOSING = /["”“»]$/;

/**
 * `This agreement changes everything.` → `“This agreement changes everything.”`. Text the author
 * already wrapped in quotation marks (straight or curly) is left as written. `wrap` puts a language's
 * marks around it (the strings table's `article.quoted`: German `„…“`); English by default.
 */
export function quoted(text: string, wrap: (text: string) => string = (inner) => `“${inner}”`): string {
  const trimmed = text.trim();
  if (OPENING.test(trimmed) && CLOSING.test(trimmed) && trimmed.length > 1) return trimmed;
  return wrap(trimmed);
}
