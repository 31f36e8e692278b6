/**
 * uncited-passages: a suggestion for each passage the body cites that the frontmatter `scripture`
 * list does not cover, so the scripture index, related articles and search filters know about it.
 */
import type { ProseCitation } from '../../facts/body-facts.ts';
import { formatPassageIn } from '../../scripture/format.ts';
import { ENGLISH } from '../../scripture/languages/en.ts';
import type { ScriptureLanguage } from '../../scripture/languages/types.ts';
import { scriptureLanguageOf } from '../../editions/edition.ts';
import { verseSpan } from '../../scripture/overlap.ts';
import type { Passage } from '../../scripture/parse.ts';
import type { FileRule, Finding } from '../rule.ts';

/** True when every verse of `inner` lies inside `outer`. */
export function passageContains(outer: Passage, inner: Passage): boolean {
  const a = verseSpan(outer);
  const b = verseSpan(inner);
  return a.book === b.book && a.first <= b.first && b.last <= a.last;
}

/** One finding per passage cited in the text and covered by no frontmatter passage; passages shown in the article's language. */
export function uncitedPassageSuggestions(frontmatter: readonly Passage[], citations: readonly ProseCitation[], language: ScriptureLanguage = ENGLISH): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const found of citations) {
    for (const passage of found.passages) {
      const display = formatPassageIn(language, passage);
      // A book named as a whole ("in Revelation") is covered by any cited passage of that book.
      const covered = passage.start === null ? frontmatter.some((listed) => listed.book === passage.book) : frontmatter.some((listed) => passageContains(listed, passage));
      if (seen.has(display) || covered) continue;
      seen.add(display);
      findings.push({
        field: 'scripture',
        value: JSON.stringify(found.reference),
        message: `the text cites ${display}, which the frontmatter scripture list does not include`,
        fix: `add "${display}" to scripture (or a passage that contains it)`,
      });
    }
  }
  return findings;
}

export const uncitedPassages: FileRule = {
  id: 'uncited-passages',
  description: 'Each passage the text cites that the scripture list does not cover is suggested for it; a suggestion never fails a build.',
  example: 'the text cites Luke 21:9, which the frontmatter scripture list does not include',
  severity: 'suggestion',
  scope: 'file',
  appliesTo: ['article'],
  check(file) {
    const scripture = file.articleField('scripture');
    if (!scripture || !file.bodyFacts) return [];
    return uncitedPassageSuggestions(
      scripture.flatMap((citation) => citation.passages),
      file.bodyFacts.citations,
      scriptureLanguageOf(file.lang),
    );
  },
};
