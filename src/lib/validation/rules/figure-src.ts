/**
 * figure-src: an MDX `<Figure>` shows a picture imported at the top of the file (`src={picture}`), which
 * Astro's image pipeline sizes and optimises; a path written as text would fail when the page renders.
 */
import type { BodyFacts } from '../../facts/body-facts.ts';
import type { FileRule, Finding } from '../rule.ts';

const FIX = "import the picture at the top of the file (import gates from './gates.jpg';) and write src={gates}";

export function figureSrcProblems(facts: Pick<BodyFacts, 'pictures'>, bodyLine: number): Finding[] {
  return facts.pictures
    .filter((picture) => picture.kind === 'figure' && picture.src !== 'code')
    .map(({ line, src }) => ({
      line: bodyLine + line - 1,
      field: '(body)',
      value: '<Figure>',
      message: src === 'missing' ? '<Figure> has no src: it needs the picture to show' : '<Figure> src is a path written as text, not an imported picture',
      fix: FIX,
    }));
}

export const figureSrc: FileRule = {
  id: 'figure-src',
  description: 'An MDX `<Figure>` has `src={picture}`, a picture imported at the top of the file (a path written as text is not optimised and fails to render).',
  example: '<Figure> src is a path written as text, not an imported picture',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article'],
  check: (file) => (file.mdx && file.bodyFacts ? figureSrcProblems(file.bodyFacts, file.bodyLine) : []),
};
