/**
 * html-element: an MDX body uses only the HTML elements of the allow-list (src/lib/markdown/html-allow-list.ts,
 * the one Markdown's raw HTML has, see body-raw-html) and the site's components. In MDX, HTML is JSX:
 * a <script>, <iframe srcdoc>, <meta http-equiv="refresh">, <base> or <style> would be published as written.
 */
import type { BodyFacts } from '../../facts/body-facts.ts';
import { ALLOWED_ELEMENTS, isAllowedElement, isSiteComponent } from '../../markdown/html-allow-list.ts';
import { MDX_PROVIDED_COMPONENTS } from '../../content/layout.ts';
import { site } from '../../../site.config.ts';
import type { FileRule, Finding } from '../rule.ts';

/** What the worst-known elements would do, for the message. */
const DANGER: Record<string, string> = {
  script: 'it runs code in every reader\'s browser',
  iframe: 'it embeds another page (or, with srcdoc, any HTML)',
  frame: 'it embeds another page',
  object: 'it embeds a plugin or another page',
  embed: 'it embeds a plugin or another page',
  meta: 'it can redirect the page (http-equiv="refresh")',
  base: 'it changes where every link on the page points',
  style: 'it restyles the whole page and can load addresses (@import)',
  link: 'it loads a stylesheet or another resource',
  form: 'it sends what readers type to an address',
  template: 'it hides markup that scripts can use',
  svg: 'it can hold scripts and links',
  math: 'it can hold links',
};

const ALLOWED_TEXT = `${[...ALLOWED_ELEMENTS.keys()].map((name) => `<${name}>`).join(', ')} and the components ${MDX_PROVIDED_COMPONENTS.join(', ')}`;

export function elementProblems(facts: Pick<BodyFacts, 'elements' | 'mdxCode'>, bodyLine: number, trusted: boolean): Finding[] {
  const imported = new Set(facts.mdxCode.filter((fact) => fact.kind === 'import' && fact.binding).map((fact) => fact.binding!));
  const findings: Finding[] = [];
  for (const { source, name, line } of facts.elements) {
    if (source !== 'jsx' || name === null || isAllowedElement(name) || isSiteComponent(name)) continue;
    const component = /^[A-Z_$]/.test(name) || name.includes('.');
    // Trusted MDX may use its own components; a component that is neither imported nor the site's is mdx-components' to report.
    if (component && (trusted || !(imported.has(name) || name.includes('.')))) continue;
    const danger = DANGER[name.toLowerCase()];
    findings.push({
      line: bodyLine + line - 1,
      field: '(body)',
      value: `<${name}>`,
      message: component ? `component ${name} is not one the site provides; articles may use ${MDX_PROVIDED_COMPONENTS.join(', ')}` : `<${name}> is not an element articles may use${danger ? ` (${danger})` : ''}`,
      fix: `write it in Markdown (links, emphasis, lists, tables); articles may use ${ALLOWED_TEXT}; HTML meant as text goes in \`backticks\``,
    });
  }
  return findings;
}

export const htmlElement: FileRule = {
  id: 'html-element',
  description: `MDX uses only the allowed HTML elements (${[...ALLOWED_ELEMENTS.keys()].join(', ')}) and the site's components, never <script>, <iframe>, <meta>, <base>, <style> or others.`,
  example: "<script> is not an element articles may use (it runs code in every reader's browser)",
  severity: 'error',
  scope: 'file',
  appliesTo: ['article'],
  check: (file) => (file.mdx && file.bodyFacts ? elementProblems(file.bodyFacts, file.bodyLine, site.trustedMdx) : []),
};
