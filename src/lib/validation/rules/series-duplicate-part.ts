/** series-duplicate-part: two articles claiming one part of one series would hide one of them; each file is named with the other. */
import { slugify } from '../../text/slug.ts';
import type { FileSummary, ProjectFinding, ProjectRule } from '../rule.ts';

export const seriesDuplicatePart: ProjectRule = {
  id: 'series-duplicate-part',
  description: 'No two articles claim the same part of one series (names compared as their address, /series/<slug>/).',
  example: 'part 2 of "Letters from the Coast" is also claimed by content/articles/b.md',
  severity: 'error',
  scope: 'project',
  check(project) {
    const claims = new Map<string, FileSummary[]>();
    for (const file of project.files) {
      const series = file.article?.series;
      if (!series || series.part === undefined) continue;
      const key = `${slugify(series.name)}\u0000${series.part}`;
      claims.set(key, [...(claims.get(key) ?? []), file]);
    }
    const findings: ProjectFinding[] = [];
    for (const group of claims.values()) {
      if (group.length < 2) continue;
      for (const file of group) {
        const series = file.article!.series!;
        const others = group.filter((other) => other !== file).map((other) => other.path);
        findings.push({
          file: file.path,
          line: file.lines?.seriesPart,
          field: 'series.part',
          value: String(series.part),
          message: `part ${series.part} of "${series.name}" is also claimed by ${others.join(', ')}`,
          fix: 'give each article of the series its own part number',
        });
      }
    }
    return findings;
  },
};
