/** frontmatter-schema: required fields, types, lengths, list limits and addresses, as src/schema/ defines them. */
import type { FileRule } from '../rule.ts';
import { calendarDate } from './calendar-date.ts';
import { editionLang } from './edition-lang.ts';
import { scriptureReference } from './scripture-reference.ts';
import { textCharacters } from './text-characters.ts';
import { unknownField } from './unknown-field.ts';
import { urlFormat } from './url-format.ts';

// Schema findings these rules report; every other one is this rule's, so no finding is lost.
const CLAIMED = new Set([calendarDate, editionLang, scriptureReference, textCharacters, unknownField, urlFormat].map((rule) => rule.id));

export const frontmatterSchema: FileRule = {
  id: 'frontmatter-schema',
  description: 'Every required field is present and every value has the type, length and form the content contract gives it.',
  example: 'is required but missing',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article', 'author', 'bio', 'person'],
  check: (file) => file.schemaFindings.filter((finding) => !CLAIMED.has(finding.rule)).map(({ rule: _rule, ...finding }) => finding),
};
