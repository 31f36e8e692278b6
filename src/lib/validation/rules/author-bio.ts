/**
 * author-bio: a bio in another edition, `content/authors/<lang>/<id>.md`, is in a folder named for
 * one of the site's other editions and belongs to an author of content/authors/.
 */
import { closestMatch } from '../../text/suggest.ts';
import { AUTHORS_DIR, idFromPath } from '../../content/layout.ts';
import { EDITION_LANGS, isEditionLang } from '../../../schema/edition-fields.ts';
import { SITE_EDITIONS } from '../../editions/config.ts';
import type { ProjectFinding, ProjectRule } from '../rule.ts';

export const authorBio: ProjectRule = {
  id: 'author-bio',
  description: 'A bio in another edition (`content/authors/<lang>/<id>.md`) is in the folder of one of the site\'s other editions and belongs to an author of content/authors/.',
  example: 'is a bio of "ada-autor", but there is no content/authors/ada-autor.md',
  severity: 'error',
  scope: 'project',
  check(project) {
    const authorIds = project.files.filter((file) => file.kind === 'author').map((file) => idFromPath(file.path)).sort();
    const others = EDITION_LANGS.filter((lang) => lang !== SITE_EDITIONS.defaultLang);
    const findings: ProjectFinding[] = [];
    for (const file of project.files) {
      if (file.kind !== 'bio') continue;
      const [folder] = file.path.split('/').slice(-2);
      const id = idFromPath(file.path);
      if (folder === SITE_EDITIONS.defaultLang) {
        findings.push({ file: file.path, field: '(file)', message: `is in the folder of the default edition (${folder}), whose bio is the author file itself`, fix: `put this text in ${AUTHORS_DIR}/${id}.md` });
      } else if (!isEditionLang(folder)) {
        findings.push({ file: file.path, field: '(file)', value: folder ?? '', message: `is in the folder "${folder}", which is not an edition of this site`, fix: others.length ? `an author file goes in ${AUTHORS_DIR}/ itself: move it to ${AUTHORS_DIR}/${id}.md; a bio in another edition goes in ${AUTHORS_DIR}/<lang>/${id}.md with <lang> one of: ${others.join(', ')}` : `move it to ${AUTHORS_DIR}/${id}.md (the site has one edition)` });
      } else if (!authorIds.includes(id)) {
        const guess = closestMatch(id, authorIds);
        findings.push({ file: file.path, field: '(id)', value: id, message: `is a bio of "${id}", but there is no ${AUTHORS_DIR}/${id}.md`, fix: `${guess ? `did you mean "${guess}"? ` : ''}name it after an author: ${authorIds.join(', ') || '(none)'}` });
      }
    }
    return findings;
  },
};
