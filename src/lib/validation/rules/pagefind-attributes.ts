/**
 * pagefind-attributes: Pagefind builds an article's search record from data-pagefind-* attributes in
 * the page (title, filters, indexed text). Written in a body, in raw HTML or MDX, they would let an
 * article rewrite its own search record or hide from search; the site sets them from the frontmatter.
 */
import type { BodyFacts } from '../../facts/body-facts.ts';
import { isSearchAttribute } from '../../markdown/html-allow-list.ts';
import type { FileRule, Finding } from '../rule.ts';

export function searchAttributeProblems(facts: Pick<BodyFacts, 'elements'>, bodyLine: number): Finding[] {
  return facts.elements.flatMap(({ name: element, attributes, line }) =>
    attributes
      .filter((attribute): attribute is typeof attribute & { name: string } => attribute.name !== null && isSearchAttribute(attribute.name))
      .map(({ name }) => ({
        line: bodyLine + line - 1,
        field: '(body)',
        value: `<${element ?? ''} ${name}>`,
        message: `${name} would change this article's search record (its title, filters or indexed text)`,
        fix: 'remove it: the site builds the search record from the frontmatter (title, author, topics, scripture)',
      })),
  );
}

export const pagefindAttributes: FileRule = {
  id: 'pagefind-attributes',
  description: 'A body sets no data-pagefind-* attribute (body, ignore, meta, filter, sort, weight, index-attrs): only the site writes the search record.',
  example: "data-pagefind-filter would change this article's search record (its title, filters or indexed text)",
  severity: 'error',
  scope: 'file',
  appliesTo: ['article', 'author', 'bio', 'person'],
  check: (file) => (file.bodyFacts ? searchAttributeProblems(file.bodyFacts, file.bodyLine) : []),
};
