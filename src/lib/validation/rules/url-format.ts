/** url-format: a frontmatter address is one line with no user name or password (src/schema/fields.ts httpUrl). */
import { schemaRule } from '../schema-rule.ts';

export const urlFormat = schemaRule({
  id: 'url-format',
  description: 'Frontmatter addresses (source.url, quotes[].url, author and person url) have no line breaks or control characters, which browsers drop, and no user:password@.',
  example: 'contains a user name or password (user:password@host), which would be published on the page',
  appliesTo: ['article', 'author', 'bio', 'person'],
});
