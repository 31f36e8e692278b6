/**
 * html-attribute: an allowed element or a site component carries only the attributes the allow-list
 * gives it (src/lib/markdown/html-allow-list.ts): no event handlers, style, srcdoc or Astro directives
 * (set: and is: directives), in Markdown's raw HTML and in MDX alike. Pagefind attributes are pagefind-attributes'.
 */
import type { BodyFacts } from '../../facts/body-facts.ts';
import { ALLOWED_ELEMENTS, attributeAllowed, attributeDanger, COMPONENT_PROPS, isAllowedElement, isSearchAttribute, isSiteComponent } from '../../markdown/html-allow-list.ts';
import type { FileRule, Finding } from '../rule.ts';

function takes(element: string): string {
  const names = isSiteComponent(element) ? COMPONENT_PROPS[element as keyof typeof COMPONENT_PROPS] : (ALLOWED_ELEMENTS.get(element) ?? []);
  return names.length ? `<${element}> takes ${names.join(', ')}` : `<${element}> takes no attributes`;
}

export function attributeProblems(facts: Pick<BodyFacts, 'elements'>, bodyLine: number): Finding[] {
  const findings: Finding[] = [];
  for (const { name: element, attributes, line } of facts.elements) {
    // Elements outside the allow-list are refused whole (html-element, body-raw-html).
    if (element === null || !(isAllowedElement(element) || isSiteComponent(element))) continue;
    for (const { name } of attributes) {
      if (name === null || isSearchAttribute(name) || attributeAllowed(element, name)) continue;
      const danger = attributeDanger(name);
      findings.push({
        line: bodyLine + line - 1,
        field: '(body)',
        value: `<${element} ${name}>`,
        message: `${name} is not an attribute <${element}> may have${danger ? `: it is ${danger}` : ''}`,
        fix: `remove it (${takes(element)})`,
      });
    }
  }
  return findings;
}

export const htmlAttribute: FileRule = {
  id: 'html-attribute',
  description: 'Allowed elements and the site\'s components carry only their own attributes: no on… event handlers, style, srcdoc or Astro set: directives.',
  example: 'onclick is not an attribute <br> may have: it is an event handler, which runs code',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article', 'author', 'bio', 'person'],
  check: (file) => (file.bodyFacts ? attributeProblems(file.bodyFacts, file.bodyLine) : []),
};
