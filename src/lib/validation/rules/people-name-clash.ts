/** people-name-clash: two person files claiming one name or alias would split a person's quotes silently. */
import { shortenValue } from '../problems.ts';
import { slugify } from '../../text/slug.ts';
import { idFromPath } from '../../content/layout.ts';
import type { ProjectFinding, ProjectRule } from '../rule.ts';

export const peopleNameClash: ProjectRule = {
  id: 'people-name-clash',
  description: 'No two files in content/people/ claim the same name or alias (compared as page addresses), so every quote goes to one person.',
  example: '"Mason Richey" already names content/people/mason-richey.md, so quotes by it cannot go to both',
  severity: 'error',
  scope: 'project',
  check(project) {
    const owner = new Map<string, string>();
    const findings: ProjectFinding[] = [];
    for (const file of project.files) {
      if (file.kind !== 'person' || !file.person) continue;
      const own = new Set<string>();
      [idFromPath(file.path), file.person.name, ...file.person.aliases].forEach((key, position) => {
        const slug = slugify(key);
        if (!slug || own.has(slug)) return;
        own.add(slug);
        const first = owner.get(slug);
        if (!first) {
          owner.set(slug, file.path);
          return;
        }
        findings.push({
          file: file.path,
          field: position === 0 ? '(id)' : position === 1 ? 'name' : `aliases[${position - 2}]`,
          value: shortenValue(key),
          message: `"${key}" already names ${first}, so quotes by it cannot go to both`,
          fix: 'keep the spelling in one person file only (merge the two files if they are one person)',
        });
      });
    }
    return findings;
  },
};
