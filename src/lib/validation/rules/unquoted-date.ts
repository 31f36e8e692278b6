/**
 * unquoted-date: Astro reads an unquoted `2025-03-10` as a Date, which only date fields accept; here
 * it stays text, so without this rule a date-like title would pass validation and fail inside Astro.
 */
import { shortenValue } from '../problems.ts';
import { formatFieldPath, valueAt } from '../zod-problems.ts';
import type { FileRule, Finding } from '../rule.ts';
import { ARTICLE_FIELDS } from '../../../schema/article.ts';
import { AUTHOR_FIELDS } from '../../../schema/author.ts';
import { PERSON_FIELDS } from '../../../schema/newsroom.ts';

function isArticleDateField(path: readonly PropertyKey[]): boolean {
  return (path.length === 1 && (path[0] === 'date' || path[0] === 'updated')) || (path.length === 3 && (path[0] === 'quotes' || path[0] === 'corrections' || path[0] === 'updates') && path[2] === 'date');
}

export const unquotedDate: FileRule = {
  id: 'unquoted-date',
  description: 'A text field written like a date (title: 2025-03-10) must be quoted, or Astro reads it as a date.',
  example: 'is an unquoted date, which YAML (and Astro) read as a date, not text',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article', 'author', 'bio', 'person'],
  check(file) {
    const known = file.kind === 'article' ? ARTICLE_FIELDS : file.kind === 'person' ? PERSON_FIELDS : AUTHOR_FIELDS;
    const isDateField = file.kind === 'article' ? isArticleDateField : () => false;
    const findings: Finding[] = [];
    for (const path of file.unquotedDates) {
      // Unknown fields, and fields that already have a problem, are left to that problem.
      if (isDateField(path) || !known.includes(String(path[0]))) continue;
      const field = formatFieldPath(path);
      if (file.schemaFindings.some((finding) => finding.field === field)) continue;
      const typed = String(valueAt(file.fields, path));
      findings.push({
        line: file.lineOf(path),
        field,
        value: shortenValue(typed),
        message: 'is an unquoted date, which YAML (and Astro) read as a date, not text',
        fix: `put it in quotes: "${typed}"`,
      });
    }
    return findings;
  },
};
