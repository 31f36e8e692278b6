/**
 * mdx-expression: an MDX expression is code that runs in the build (and can reach `process` through
 * any constructor chain), so content may hold only literal values: `{"text"}`, `{3}`, `{true}`, a
 * comment, and Figure's `src={picture}` naming an imported picture. Skipped when trustedMdx is on.
 */
import type { BodyFacts } from '../../facts/body-facts.ts';
import { isIdentifier, PICTURE_PROPS, pictureSpecifierProblem } from '../../markdown/html-allow-list.ts';
import { shortenValue } from '../problems.ts';
import { site } from '../../../site.config.ts';
import type { FileRule, Finding } from '../rule.ts';

const FIX = 'write the text itself, or a literal value such as {"text"} or {3}; to show a brace in prose write \\{ or \\}';

/** Expressions in a body that are not literal values; none when MDX is trusted. */
export function expressionProblems(facts: Pick<BodyFacts, 'mdxCode' | 'elements'>, bodyLine: number, trusted: boolean): Finding[] {
  if (trusted) return [];
  const pictures = new Set(facts.mdxCode.filter((fact) => fact.kind === 'import' && fact.binding && !pictureSpecifierProblem(fact.detail)).map((fact) => fact.binding!));
  const findings: Finding[] = facts.mdxCode
    .filter((fact) => fact.kind === 'expression')
    .map(({ line, detail }) => ({ line: bodyLine + line - 1, field: '(body)', value: shortenValue(`{${detail}}`), message: 'an MDX expression is code that runs when the site is built; articles may hold only literal values', fix: FIX }));
  for (const element of facts.elements) {
    if (element.source !== 'jsx') continue;
    for (const attribute of element.attributes) {
      if (attribute.code === undefined) continue;
      const picture = PICTURE_PROPS.some((p) => p.component === element.name && p.prop === attribute.name);
      if (picture && isIdentifier(attribute.code) && pictures.has(attribute.code.trim())) continue;
      const written = attribute.name === null ? `{${attribute.code}}` : `${attribute.name}={${attribute.code}}`;
      findings.push({
        line: bodyLine + element.line - 1,
        field: '(body)',
        value: shortenValue(`<${element.name ?? ''} ${written}>`),
        message: attribute.name === null ? 'a spread attribute is code that runs when the site is built; articles may hold only literal values' : `the value of ${attribute.name} is code that runs when the site is built; articles may hold only literal values`,
        fix: picture
          ? `import the picture at the top of the file (import picture from './picture.jpg') and write ${attribute.name}={picture}`
          : attribute.name === null
            ? 'write each prop with a literal value instead (title="…")'
            : `write the value in quotes: ${attribute.name}="…"`,
      });
    }
  }
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

export const mdxExpression: FileRule = {
  id: 'mdx-expression',
  description: 'MDX holds no code in {…}: only literal values ({"text"}, {3}, {true}, comments) and Figure\'s src={picture} (off when trustedMdx is set in src/site.config.ts).',
  example: 'an MDX expression is code that runs when the site is built; articles may hold only literal values',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article'],
  check: (file) => (file.mdx && file.bodyFacts ? expressionProblems(file.bodyFacts, file.bodyLine, site.trustedMdx) : []),
};
