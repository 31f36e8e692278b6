/** text-characters: frontmatter text has no control, bidirectional or (in names) invisible characters (src/schema/fields.ts). */
import { schemaRule } from '../schema-rule.ts';

export const textCharacters = schemaRule({
  id: 'text-characters',
  description: 'Frontmatter text has no control or bidirectional characters, and names (topics, source, speaker, author) no invisible ones, so one name has one page.',
  example: 'contains an invisible character (U+200B) at character 4, which would make it a different name that looks the same',
  appliesTo: ['article', 'author', 'bio', 'person'],
});
