/** link-scheme: link addresses are published as written, and a javascript: or data: link runs code when clicked. */
import type { BodyFacts } from '../../facts/body-facts.ts';
import { isSafeLinkUrl, linkScheme as schemeOf } from '../../markdown/links.ts';
import { shortenValue } from '../problems.ts';
import type { FileRule, Finding } from '../rule.ts';

const WHAT = { image: 'an image', definition: 'a link definition', link: 'a link' } as const;

export function unsafeLinkProblems(facts: Pick<BodyFacts, 'links'>, bodyLine: number): Finding[] {
  return facts.links
    .filter(({ url }) => !isSafeLinkUrl(url))
    .map(({ line, url, kind }) => ({
      line: bodyLine + line - 1,
      field: '(body)',
      value: shortenValue(url),
      message: `${WHAT[kind]} points to a ${schemeOf(url)}: address, which is not allowed`,
      fix: 'links must be http(s)://, mailto:, a relative path or a #fragment',
    }));
}

export const linkScheme: FileRule = {
  id: 'link-scheme',
  description: 'Links and images point to http(s)://, mailto:, a relative path or a #fragment; never javascript:, data: or file:.',
  example: 'a link points to a javascript: address, which is not allowed',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article', 'author', 'bio', 'person'],
  check: (file) => (file.bodyFacts ? unsafeLinkProblems(file.bodyFacts, file.bodyLine) : []),
};
