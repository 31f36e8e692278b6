/** body-limits: a body the Markdown parser refuses (too long, nested too deep, too many references) is one problem, not a crash. */
import type { FileRule } from '../rule.ts';

export const bodyLimits: FileRule = {
  id: 'body-limits',
  description: 'The body stays within the Markdown limits (src/lib/markdown/limits.ts): block length, nesting depth, emphasis and character references.',
  example: 'the text is nested more than 100 levels deep (blockquotes, lists or emphasis inside one another)',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article', 'author', 'bio', 'person'],
  check: (file) => (file.bodyError ? [file.bodyError] : []),
};
