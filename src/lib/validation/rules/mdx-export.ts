/**
 * mdx-export: an `export` (or any statement beside the imports) runs when the page module loads, at
 * build time: it can make network requests or write files, and what it returns is published. Content
 * may only import pictures. Skipped when trustedMdx is on.
 */
import type { BodyFacts } from '../../facts/body-facts.ts';
import { shortenValue } from '../problems.ts';
import { site } from '../../../site.config.ts';
import type { FileRule, Finding } from '../rule.ts';

export function exportProblems(facts: Pick<BodyFacts, 'mdxCode'>, bodyLine: number, trusted: boolean): Finding[] {
  if (trusted) return [];
  return facts.mdxCode
    .filter(({ kind }) => kind === 'export')
    .map(({ line, detail }) => ({
      line: bodyLine + line - 1,
      field: '(body)',
      value: shortenValue(detail),
      message: 'MDX may not export or run code at the top of the file: it would run when the site is built',
      fix: "remove it: an article may only import pictures (import picture from './picture.jpg') and use the site's components",
    }));
}

export const mdxExport: FileRule = {
  id: 'mdx-export',
  description: 'MDX has no `export` and no statement other than picture imports (off when trustedMdx is set in src/site.config.ts).',
  example: 'MDX may not export or run code at the top of the file: it would run when the site is built',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article'],
  check: (file) => (file.mdx && file.bodyFacts ? exportProblems(file.bodyFacts, file.bodyLine, site.trustedMdx) : []),
};
