/**
 * author-exists: an article's author is a file in content/authors/. Compared with every author file,
 * valid or not, so one broken author file is reported once rather than once per article.
 */
import { shortenValue } from '../problems.ts';
import { closestMatch } from '../../text/suggest.ts';
import { idFromPath } from '../../content/layout.ts';
import type { ProjectFinding, ProjectRule } from '../rule.ts';

export const authorExists: ProjectRule = {
  id: 'author-exists',
  description: 'An article\'s author is the id of a file in content/authors/; the fix suggests the closest id.',
  example: 'no such author in content/authors/',
  severity: 'error',
  scope: 'project',
  check(project) {
    const authorIds = project.files.filter((file) => file.kind === 'author').map((file) => idFromPath(file.path)).sort();
    const known = new Set(authorIds);
    const findings: ProjectFinding[] = [];
    for (const file of project.files) {
      const author = file.author;
      if (file.kind !== 'article' || author === undefined || !author.trim() || known.has(author.trim())) continue;
      const guess = closestMatch(author, authorIds);
      findings.push({
        file: file.path,
        line: file.authorLine,
        field: 'author',
        value: shortenValue(author),
        message: 'no such author in content/authors/',
        fix: `${guess ? `did you mean "${guess}"? ` : ''}known authors: ${authorIds.join(', ') || '(none: add content/authors/<id>.md)'}`,
      });
    }
    return findings;
  },
};
