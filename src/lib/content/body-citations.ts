/** Suggests frontmatter `scripture` entries for passages the body cites but the frontmatter does not. */
import type { Problem } from '../problems.ts';
import type { ProseCitation } from '../facts/body-facts.ts';
import { formatPassage } from '../scripture/format.ts';
import { verseSpan } from '../scripture/overlap.ts';
import type { Passage } from '../scripture/parse.ts';

/** True when every verse of `inner` lies inside `outer`. */
export function passageContains(outer: Passage, inner: Passage): boolean {
  const a = verseSpan(outer);
  const b = verseSpan(inner);
  return a.book === b.book && a.first <= b.first && b.last <= a.last;
}

/**
 * One suggestion per passage cited in the text and covered by no frontmatter passage, so the
 * scripture index, related articles and search filters know about it. Suggestions never fail a build.
 */
export function uncitedPassageSuggestions(file: string, frontmatter: readonly Passage[], citations: readonly ProseCitation[]): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const found of citations) {
    for (const passage of found.passages) {
      const display = formatPassage(passage);
      // A book named as a whole ("in Revelation") is covered by any cited passage of that book.
      const covered = passage.start === null ? frontmatter.some((listed) => listed.book === passage.book) : frontmatter.some((listed) => passageContains(listed, passage));
      if (seen.has(display) || covered) continue;
      seen.add(display);
      problems.push({
        file,
        field: 'scripture',
        value: JSON.stringify(found.reference),
        message: `the text cites ${display}, which the frontmatter scripture list does not include`,
        fix: `add "${display}" to scripture (or a passage that contains it)`,
        severity: 'suggestion',
      });
    }
  }
  return problems;
}
