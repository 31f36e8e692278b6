/**
 * heading-ids: a heading's id is made from its text as the renderer makes it (github-slugger, counting
 * repeats); one that equals an id of the page's own parts would make two elements with one id.
 */
import Slugger from 'github-slugger';
import type { BodyFacts } from '../../facts/body-facts.ts';
import { shortenValue } from '../problems.ts';
import { isArticlePageId } from '../../content/layout.ts';
import type { FileRule, Finding } from '../rule.ts';

export function headingIdProblems(facts: Pick<BodyFacts, 'headings'>, bodyLine: number): Finding[] {
  const slugger = new Slugger();
  const findings: Finding[] = [];
  for (const heading of facts.headings) {
    const id = slugger.slug(heading.text);
    if (!isArticlePageId(id)) continue;
    findings.push({
      line: bodyLine + heading.line - 1,
      field: '(body)',
      value: shortenValue(heading.text),
      message: `the heading's id would be "${id}", which the article page already uses for its own ${id === 'main' ? 'main content' : 'section'}`,
      fix: 'reword the heading (for example add a word to it)',
    });
  }
  return findings;
}

export const headingIds: FileRule = {
  id: 'heading-ids',
  description: "A heading's id may not be one the article page uses for its own parts (main, quote-1, passage-…).",
  example: 'the heading\'s id would be "main", which the article page already uses for its own main content',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article'],
  check: (file) => (file.bodyFacts ? headingIdProblems(file.bodyFacts, file.bodyLine) : []),
};
