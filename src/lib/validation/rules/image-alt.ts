/**
 * image-alt: every picture in a body says what it shows (`![alt](…)`, `<Figure alt="…">`), so a reader
 * who cannot see it, or whose browser did not load it, is told what is there.
 */
import type { BodyFacts } from '../../facts/body-facts.ts';
import type { FileRule, Finding } from '../rule.ts';

export function imageAltProblems(facts: Pick<BodyFacts, 'pictures'>, bodyLine: number): Finding[] {
  return facts.pictures
    .filter(({ alt }) => alt !== null && (alt ?? '').trim() === '')
    .map(({ line, kind }) =>
      kind === 'figure'
        ? {
            line: bodyLine + line - 1,
            field: '(body)',
            value: '<Figure>',
            message: 'the picture has no alt text: a reader who cannot see it is told nothing',
            fix: 'add alt="…" saying what the picture shows, e.g. <Figure src={gates} alt="Flood barrier gates at low tide" />',
          }
        : {
            line: bodyLine + line - 1,
            field: '(body)',
            value: '![]',
            message: 'the picture has no alt text: a reader who cannot see it is told nothing',
            fix: 'write what the picture shows between the brackets, e.g. ![Flood barrier gates at low tide](./gates.jpg "caption")',
          },
    );
}

export const imageAlt: FileRule = {
  id: 'image-alt',
  description: 'Every picture in a body has alt text saying what it shows: `![alt](./a.jpg)` and MDX `<Figure alt="…">`; missing or empty is an error.',
  example: 'the picture has no alt text: a reader who cannot see it is told nothing',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article', 'author', 'bio', 'person'],
  check: (file) => (file.bodyFacts ? imageAltProblems(file.bodyFacts, file.bodyLine) : []),
};
