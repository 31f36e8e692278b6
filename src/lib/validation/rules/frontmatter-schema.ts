/** frontmatter-schema: required fields, types, lengths, list limits and addresses, as src/schema/ defines them. */
import { schemaRule } from '../schema-rule.ts';

export const frontmatterSchema = schemaRule({
  id: 'frontmatter-schema',
  description: 'Every required field is present and every value has the type, length and form the content contract gives it.',
  example: 'is required but missing',
  appliesTo: ['article', 'author'],
});
