/**
 * File text for imported articles and new authors. YAML comes from the `yaml` package, one field at
 * a time so that fields are in contract order; strings are quoted only when YAML needs it, and a
 * date stays a plain `2023-09-14`.
 *
 * A required field the importer could not fill is left out, with a `# TODO` comment where it
 * belongs. `npm run check` then fails on it with its own message, e.g.
 * `source  is required but missing  (fix: add a publication name, e.g. source: Example Wire …)`.
 * A placeholder value would be worse: `source: TODO` is a valid publication name and would pass.
 */
import { yamlField } from '../authoring/yaml-text.ts';
import type { ImportedFrontmatter } from './types.ts';

/** What to fill in, for each required field that can be missing. */
export const MISSING_FIELD_COMMENTS: Readonly<Record<'date' | 'author' | 'source', string>> = {
  date: '# TODO date: the publication date of the news, YYYY-MM-DD (none found at the end of the excerpt)',
  author: '# TODO author: the id of a file in content/authors/, e.g. author: jane-doe',
  source: '# TODO source: the publication the news came from, e.g. source: Example Wire',
};

/** A field as YAML; the date stays plain (it is a date), every other text that could be misread is quoted. */
function field(key: string, value: unknown): string {
  return key === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `date: ${value}` : yamlField(key, value);
}

/** Frontmatter between `---` lines, then the body. */
export function renderArticle(frontmatter: ImportedFrontmatter, body: string): string {
  const lines: string[] = ['---', field('title', frontmatter.title)];
  if (frontmatter.kicker) lines.push(field('kicker', frontmatter.kicker));
  if (frontmatter.lang) lines.push(field('lang', frontmatter.lang));
  lines.push(frontmatter.date ? field('date', frontmatter.date) : MISSING_FIELD_COMMENTS.date);
  lines.push(frontmatter.author ? field('author', frontmatter.author) : MISSING_FIELD_COMMENTS.author);
  lines.push(frontmatter.source ? field('source', frontmatter.source) : MISSING_FIELD_COMMENTS.source);
  if (frontmatter.scripture?.length) lines.push(field('scripture', frontmatter.scripture));
  if (frontmatter.quotes?.length) lines.push(field('quotes', frontmatter.quotes));
  lines.push('---', '', body.trimEnd(), '');
  return lines.join('\n');
}

/** content/authors/<id>.md: the name, and the biography as the body. */
export function renderAuthor(name: string, bio: string): string {
  return ['---', field('name', name), '---', '', bio.trimEnd(), ''].join('\n');
}
