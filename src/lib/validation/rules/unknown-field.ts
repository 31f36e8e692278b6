/** unknown-field: a field the contract does not know is an error, so a typo such as `draf: true` cannot publish a draft. */
import { schemaRule } from '../schema-rule.ts';

export const unknownField = schemaRule({
  id: 'unknown-field',
  description: 'A field the contract does not define is an error (a typo such as `draf: true` would publish a draft); the fix suggests the field meant.',
  example: 'unknown field "draf"',
  appliesTo: ['article', 'author', 'bio', 'person'],
});
