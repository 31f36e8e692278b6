/** duplicate-id: the file name is the id and the address, so two files with one id (in any letter case) would share a page. */
import { shortenValue } from '../problems.ts';
import { idFromPath } from '../../content/layout.ts';
import type { FileKind, ProjectFinding, ProjectRule } from '../rule.ts';

/** `edition` groups paths whose ids may repeat across groups (articles of different editions); same group, same id: a clash. */
function duplicates(paths: readonly string[], kind: FileKind, edition: (path: string) => string = () => ''): ProjectFinding[] {
  const byKey = new Map<string, string[]>();
  for (const path of paths) {
    const key = `${edition(path)}/${idFromPath(path).toLowerCase()}`;
    byKey.set(key, [...(byKey.get(key) ?? []), path]);
  }
  const findings: ProjectFinding[] = [];
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const ids = new Set(group.map(idFromPath));
    for (const path of group) {
      const others = group.filter((p) => p !== path).join(', ');
      findings.push({
        file: path,
        field: '(id)',
        value: shortenValue(idFromPath(path)),
        message: ids.size === 1 ? `another ${kind} has the same id: ${others}` : `another ${kind}'s id differs only in letter case: ${others}`,
        fix: `rename one of the files: the file name is the id and the page address${kind === 'article' ? ' (ids are unique within an edition)' : ''}`,
      });
    }
  }
  return findings;
}

export const duplicateId: ProjectRule = {
  id: 'duplicate-id',
  description: 'No two articles of one edition (or two authors, or two people files) have the same id, even in different folders or differing only in letter case; a translation in another edition may share its id.',
  example: 'another article has the same id: content/articles/2025/same-story.md',
  severity: 'error',
  scope: 'project',
  check(project) {
    const pathsOf = (kind: FileKind) => project.files.filter((file) => file.kind === kind).map((file) => file.path);
    const langOf = new Map(project.files.map((file) => [file.path, file.lang ?? '']));
    return [...duplicates(pathsOf('author'), 'author'), ...duplicates(pathsOf('person'), 'person'), ...duplicates(pathsOf('article'), 'article', (path) => langOf.get(path) ?? '')];
  },
};
