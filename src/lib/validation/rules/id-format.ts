/** id-format: ids become addresses, folder names and image names: a safe character set, a length limit, no reserved names. */
import { shortenValue } from '../problems.ts';
import { fileIdFrom } from '../../text/slug.ts';
import { ID_PATTERN, MAX_ID_LENGTH, RESERVED_IDS, idFromPath } from '../../content/layout.ts';
import type { ProjectFinding, ProjectRule } from '../rule.ts';

function idProblem(path: string): ProjectFinding | undefined {
  const id = idFromPath(path);
  const extension = path.slice(path.lastIndexOf('.'));
  const problem = (message: string, fix: string): ProjectFinding => ({ file: path, field: '(id)', value: shortenValue(id), message, fix });
  if (!ID_PATTERN.test(id)) {
    // The suggestion is transliterated to ASCII, so it never repeats the name it rejects.
    const suggestion = fileIdFrom(id) || 'a name of letters, digits and hyphens';
    return problem('the file name cannot be used as a page address (it has spaces or other characters)', `rename the file to ${suggestion}${extension}`);
  }
  // `a.` and `a..b` are folders Windows and some hosts rename or refuse, and `/articles/a./` an address some servers and CDNs shorten to `/articles/a/`.
  if (id.endsWith('.') || id.includes('..')) {
    const suggestion = id.replace(/\.{2,}/g, '.').replace(/\.+$/, '');
    return problem('the file name ends in a dot or has two dots in a row, which hosts and servers rename or drop from the address', `rename the file to ${suggestion}${extension}`);
  }
  if (id.length > MAX_ID_LENGTH) {
    return problem(`the file name is ${id.length} characters long; ids have at most ${MAX_ID_LENGTH} (it becomes a folder and an image name on every host)`, `rename the file to ${fileIdFrom(id)}${extension}`);
  }
  if (RESERVED_IDS.includes(id.toLowerCase())) {
    return problem(`"${id}" is reserved: the site uses that name for its own pages and files`, `rename the file, e.g. to ${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-article${extension}`);
  }
  return undefined;
}

export const idFormat: ProjectRule = {
  id: 'id-format',
  description: `A file name (the id) uses letters, digits, ., _ and - (no dot at the end or two in a row), has at most ${MAX_ID_LENGTH} characters, and is not a name the site reserves (${RESERVED_IDS.slice(0, 4).join(', ')}, …).`,
  example: '"404" is reserved: the site uses that name for its own pages and files',
  severity: 'error',
  scope: 'project',
  check: (project) => project.files.flatMap((file) => idProblem(file.path) ?? []),
};
