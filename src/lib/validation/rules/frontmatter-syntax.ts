/** frontmatter-syntax: the file starts with `---`-fenced YAML that can be read, and that YAML is a set of fields. */
import type { FileRule } from '../rule.ts';

export const frontmatterSyntax: FileRule = {
  id: 'frontmatter-syntax',
  description: 'The file starts with frontmatter between two --- lines, in YAML that reads as one set of fields (no duplicate keys, tabs, aliases that loop or tags).',
  example: 'the frontmatter is not valid YAML: a key appears twice (Map keys must be unique)',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article', 'author', 'bio', 'person'],
  check: (file) => [...file.frontmatterErrors],
};
