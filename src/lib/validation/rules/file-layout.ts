/** file-layout: every file under content/ becomes content or is reported, never skipped in silence (src/lib/content/load.ts). */
import type { ProjectRule } from '../rule.ts';

export const fileLayout: ProjectRule = {
  id: 'file-layout',
  description: 'Files under content/ are articles (.md, .mdx) with their pictures, or authors (`content/authors/<id>.md`, a bio in another edition `content/authors/<lang>/<id>.md`); no symbolic links, hidden Markdown or other files.',
  example: 'is a symbolic link: content must be real files and folders in the repository',
  severity: 'error',
  scope: 'project',
  check: (project) => project.skipped.filter((file) => file.reason === 'layout').map(({ path, message, fix }) => ({ file: path, field: '(file)', message, fix })),
};
