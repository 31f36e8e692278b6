/**
 * mdx-env: MDX runs in the build's Node process, so reading the environment (`process.env`,
 * `import.meta`) would publish whatever it finds.
 */
import type { BodyFacts } from '../../facts/body-facts.ts';
import type { FileRule, Finding } from '../rule.ts';

export function environmentProblems(facts: Pick<BodyFacts, 'mdxCode'>, bodyLine: number): Finding[] {
  return facts.mdxCode
    .filter(({ kind }) => kind === 'environment')
    .map(({ line, detail }) => ({
      line: bodyLine + line - 1,
      field: '(body)',
      value: detail,
      message: `MDX code uses ${detail}, which reaches the build's environment or files; its value would be published`,
      fix: 'remove it: articles may use components and plain values, not the environment',
    }));
}

export const mdxEnv: FileRule = {
  id: 'mdx-env',
  description: 'MDX code does not reach the build\'s environment or files (process, import.meta, require, globalThis, dynamic import()).',
  example: "MDX code uses process, which reaches the build's environment or files; its value would be published",
  severity: 'error',
  scope: 'file',
  appliesTo: ['article'],
  check: (file) => (file.mdx && file.bodyFacts ? environmentProblems(file.bodyFacts, file.bodyLine) : []),
};
