/**
 * people-near-duplicate: two speakers who map to different people but whose names are near-identical
 * (`Mason Richey` / `Mason Ritchey`) are probably one person misspelt; a suggestion, not an error.
 */
import { shortenValue } from '../problems.ts';
import { slugify } from '../../text/slug.ts';
import { editDistance } from '../../text/suggest.ts';
import { compareText } from '../../text/text-order.ts';
import { idFromPath } from '../../content/layout.ts';
import { personIndex, speakerSlug } from '../../newsroom/people.ts';
import type { ProjectFinding, ProjectRule } from '../rule.ts';

interface Speaker {
  name: string;
  slug: string;
  count: number;
  first: { file: string; position: number };
}

/** A name's word initials (`Mason Richey` → `mr`): people whose initials differ are not one person misspelt. */
function initials(name: string): string {
  return slugify(name).split('-').map((word) => word[0]).join('');
}

/** Same initials, similar length, an edit or two apart (more for longer names). */
function nearIdentical(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < 6 || Math.abs(a.length - b.length) > 2) return false;
  const distance = editDistance(a.toLowerCase(), b.toLowerCase());
  return distance > 0 && distance <= Math.max(1, Math.floor(shorter / 6));
}

export const peopleNearDuplicate: ProjectRule = {
  id: 'people-near-duplicate',
  description: 'Two quote speakers whose near-identical names would get two people pages (Mason Richey / Mason Ritchey): a merge is suggested.',
  example: 'looks like "Mason Richey" (quoted in content/articles/a.md); as written they get two people pages',
  severity: 'suggestion',
  scope: 'project',
  check(project) {
    const index = personIndex(project.files.flatMap((file) => (file.kind === 'person' && file.person ? [{ id: idFromPath(file.path), data: file.person }] : [])));
    const speakers = new Map<string, Speaker>();
    for (const file of project.files) {
      file.article?.quotes.forEach((quote, position) => {
        const key = quote.speaker.toLowerCase();
        const known = speakers.get(key);
        if (known) known.count++;
        else speakers.set(key, { name: quote.speaker, slug: speakerSlug(quote.speaker, index), count: 1, first: { file: file.path, position } });
      });
    }
    // Only names with the same initials are compared: the cost grows with each bucket, not the archive squared.
    const buckets = new Map<string, Speaker[]>();
    for (const speaker of speakers.values()) {
      const key = initials(speaker.name);
      if (key) buckets.set(key, [...(buckets.get(key) ?? []), speaker]);
    }
    const findings: ProjectFinding[] = [];
    const suggested = new Set<string>();
    for (const bucket of buckets.values()) {
      for (let i = 0; i < bucket.length; i++) {
        for (let j = i + 1; j < bucket.length; j++) {
          const a = bucket[i]!;
          const b = bucket[j]!;
          if (a.slug === b.slug || !nearIdentical(a.name, b.name)) continue;
          // The rarer spelling (then the later in code order) is the one the suggestion points at.
          const [rare, common] = a.count < b.count || (a.count === b.count && compareText(a.name, b.name) > 0) ? [a, b] : [b, a];
          if (suggested.has(rare.slug)) continue;
          suggested.add(rare.slug);
          findings.push({
            file: rare.first.file,
            field: `quotes[${rare.first.position}].speaker`,
            value: shortenValue(rare.name),
            message: `looks like "${common.name}" (quoted in ${common.first.file}); as written they get two people pages`,
            fix: `if they are one person, write the name the same way, or add content/people/${common.slug}.md with name: ${common.name} and aliases: [${rare.name}]`,
          });
        }
      }
    }
    return findings;
  },
};
