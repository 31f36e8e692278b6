/**
 * YAML as the authoring tools (`new`, `import`) write it, so that their own `check` accepts it and
 * Astro reads back the same text. The `yaml` package quotes what ITS core schema would read as
 * another type (null, true, 12, 1e3); Astro reads frontmatter with js-yaml, which also reads an
 * unquoted 2024-01-01 as a Date and 0b101 as a number, so text that starts like a number or a date
 * is quoted too, and so is text that starts with a YAML indicator (- : # [ { ! & * | > % @ ` ' "),
 * even where plain would be legal: a reader should never have to know the difference.
 */
import { Document, isScalar, visit } from 'yaml';
import { looksLikeYamlDate } from '../content/frontmatter.ts';

const OPTIONS = { lineWidth: 0, indent: 2 } as const;

/**
 * Text a YAML 1.1 or js-yaml reader could take for a number, a date or syntax when unquoted: one
 * word that starts like a number (12, 0b101, 1_000, 2024-01-01, .5), a js-yaml timestamp (which may
 * hold a space), a leading indicator, or space at either end. `1 Thessalonians 5:3` stays plain.
 */
const NEEDS_QUOTES = /^(?:[-+.]?[0-9]\S*$|[-:#[\]{},!&*|>%@`'"?~]|\s)|\s$/;

const needsQuotes = (text: string): boolean => NEEDS_QUOTES.test(text) || looksLikeYamlDate(text);

/** `{ key: value }` as YAML lines (no trailing newline); every string that could be misread is double-quoted. */
export function yamlField(key: string, value: unknown): string {
  const document = new Document({ [key]: value });
  visit(document, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && needsQuotes(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return document.toString(OPTIONS).trimEnd();
}

/** A YAML scalar as it would appear after `key: `. */
export function yamlScalar(value: string): string {
  return yamlField('k', value).replace(/^k: /, '');
}
