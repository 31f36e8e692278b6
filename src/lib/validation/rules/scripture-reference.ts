/** scripture-reference: each `scripture` entry names passages that exist (src/lib/scripture/parse.ts). */
import { schemaRule } from '../schema-rule.ts';

export const scriptureReference = schemaRule({
  id: 'scripture-reference',
  description: 'Each scripture entry is a reference to a book, chapter and verses that exist (66-book canon, KJV numbering).',
  example: 'Luke has 24 chapters',
  appliesTo: ['article'],
});
