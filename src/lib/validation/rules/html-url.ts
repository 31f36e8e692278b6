/**
 * html-url: an address written in an attribute (href, src, action, srcset, a meta refresh's url=…) is
 * http(s), mailto or relative, as Markdown links must be (link-scheme): never javascript:, data: or
 * vbscript:. Checked on every element and component, in MDX (trusted or not) and in raw HTML, on the decoded value.
 */
import type { BodyFacts } from '../../facts/body-facts.ts';
import { addressesIn } from '../../markdown/html-allow-list.ts';
import { isSafeLinkUrl, linkScheme } from '../../markdown/links.ts';
import { shortenValue } from '../problems.ts';
import type { FileRule, Finding } from '../rule.ts';

export function attributeUrlProblems(facts: Pick<BodyFacts, 'elements'>, bodyLine: number): Finding[] {
  const findings: Finding[] = [];
  for (const { name: element, attributes, line } of facts.elements) {
    for (const { name, value } of attributes) {
      if (name === null || typeof value !== 'string') continue;
      const unsafe = addressesIn(name, value).find((address) => !isSafeLinkUrl(address));
      if (unsafe === undefined) continue;
      findings.push({
        line: bodyLine + line - 1,
        field: '(body)',
        value: shortenValue(`<${element ?? ''} ${name}="${value}">`),
        message: `${name} points to a ${linkScheme(unsafe)}: address, which is not allowed`,
        fix: 'addresses must be http(s)://, mailto:, a relative path or a #fragment',
      });
    }
  }
  return findings;
}

export const htmlUrl: FileRule = {
  id: 'html-url',
  description: 'Addresses in attributes (href, src, action, srcset, meta refresh) are http(s)://, mailto:, relative or a #fragment; never javascript:, data: or vbscript:.',
  example: 'href points to a javascript: address, which is not allowed',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article', 'author', 'bio', 'person'],
  check: (file) => (file.bodyFacts ? attributeUrlProblems(file.bodyFacts, file.bodyLine) : []),
};
