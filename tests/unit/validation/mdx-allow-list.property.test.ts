// MDX is content (docs/security.md, "Content is data"): generated mixtures of components, HTML
// elements, attributes, expressions, imports and exports are accepted by validation exactly when every
// part is inside the allow-list. The oracle below is written from the contract, not from the rules' code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/validation/run.ts';

const seed = Number(process.env['FC_SEED'] ?? Date.now() % 2_147_483_647);
console.log(`MDX allow-list properties: FC_SEED=${seed}`);

/** The rules that say what MDX content may be; a generated body is judged by these alone. */
const CONTENT_RULES = new Set(['mdx-imports', 'mdx-export', 'mdx-expression', 'mdx-env', 'mdx-components', 'html-element', 'html-attribute', 'html-url', 'pagefind-attributes']);

// The contract: the site's components with their props, and <br>, <wbr> with none.
const ALLOWED: Record<string, string[]> = { Callout: ['title'], Figure: ['src', 'alt', 'caption', 'credit', 'license'], br: [], wbr: [] };

interface Part {
  mdx: string;
  ok: boolean;
}

const literalValue = fc.constantFrom('"plain text"', '{"text"}', "{'single'}", '{3}', '{-1.5}', '{true}', '{"javascript: only a word"}').map((v) => ({ source: v, literal: true, picture: false }));
const codeValue = fc.constantFrom('{x.y}', '{1 + 1}', '{`t`}', '{"a" + "b"}', '{process.env.HOME}', '{[].constructor}', '{(() => 1)()}').map((v) => ({ source: v, literal: false, picture: false }));
const pictureValue = fc.constant({ source: '{pic}', literal: false, picture: true });
const attributeName = fc.constantFrom('title', 'alt', 'caption', 'src', 'credit', 'href', 'onclick', 'onError', 'style', 'set:html', 'srcdoc', 'class', 'data-pagefind-filter', 'data-pagefind-ignore', 'id');
const attribute = fc.record({ name: attributeName, value: fc.oneof({ arbitrary: literalValue, weight: 4 }, { arbitrary: codeValue, weight: 1 }, { arbitrary: pictureValue, weight: 1 }) });
const elementName = fc.constantFrom('Callout', 'Figure', 'br', 'wbr', 'Chart', 'a', 'script', 'iframe', 'span', 'meta', 'style');

/** An element or component with unique attribute names; Figure always gets an alt and a picture so its own rules stay quiet. */
const element = fc.tuple(elementName, fc.uniqueArray(attribute, { selector: (a) => a.name, maxLength: 3 }), fc.boolean()).map(([name, attributes, spread]): Part => {
  const list = name === 'Figure' ? [...attributes.filter((a) => a.name !== 'alt' && a.name !== 'src'), { name: 'alt', value: { source: '"A picture"', literal: true, picture: false } }, { name: 'src', value: { source: '{pic}', literal: false, picture: true } }] : attributes;
  const allowedProps = ALLOWED[name];
  const ok =
    allowedProps !== undefined &&
    !spread &&
    list.every((a) => allowedProps.includes(a.name) && (a.value.literal || (a.value.picture && name === 'Figure' && a.name === 'src')));
  const written = list.map((a) => `${a.name}=${a.value.source}`).join(' ');
  const open = `${name}${written ? ` ${written}` : ''}${spread ? ' {...props}' : ''}`;
  const mdx = name === 'br' || name === 'wbr' || name === 'Figure' || name === 'meta' ? `<${open} />` : `<${open}>Inner words.</${name}>`;
  return { mdx: `\n${mdx}\n`, ok };
});

const proseExpression = fc.oneof(
  fc.constantFrom('{"text"}', '{3}', '{/* a note */}', '{true}').map((e): Part => ({ mdx: `Words ${e} more.`, ok: true })),
  fc.constantFrom('{a.b}', '{1+1}', '{`t`}', '{globalThis}', '{"".constructor.constructor("return 1")()}').map((e): Part => ({ mdx: `Words ${e} more.`, ok: false })),
);
const prose = fc.constantFrom('Plain words.', 'A [link](https://example.org/).', '**Bold** text.').map((mdx): Part => ({ mdx, ok: true }));

const esm = fc.constantFrom<Part>(
  { mdx: "import other from './other.jpg';", ok: true },
  { mdx: "import fs from 'node:fs';", ok: false },
  { mdx: "import raw from './other.png?raw';", ok: false },
  { mdx: "import { x } from './other.png';", ok: false },
  { mdx: "import far from '../../../../far.png';", ok: false },
  { mdx: 'export const y = 1;', ok: false },
);

const body = fc.tuple(fc.uniqueArray(esm, { selector: (part) => part.mdx, maxLength: 2 }), fc.array(fc.oneof(element, proseExpression, prose), { minLength: 1, maxLength: 5 }));

function acceptedByValidation(mdx: string): { accepted: boolean; problems: string[] } {
  const text = `---\ntitle: Generated\ndate: 2025-03-10\nauthor: ada-author\nsource: Example Wire\n---\n${mdx}`;
  const result = validateContent({ articles: [{ path: 'content/articles/generated.mdx', text }], authors: [{ path: 'content/authors/ada-author.md', text: '---\nname: Ada Author\n---\nBio.\n' }] });
  const problems = result.problems.filter((p) => CONTENT_RULES.has(p.rule) || p.rule === 'mdx-syntax');
  return { accepted: problems.length === 0, problems: problems.map((p) => `${p.rule}: ${p.message}`) };
}

describe('the MDX allow-list (property)', () => {
  it('accepts a generated body exactly when every component, attribute, expression and import is inside it', () => {
    fc.assert(
      fc.property(body, ([imports, parts]) => {
        const mdx = `${["import pic from './pic.png';", ...imports.map((i) => i.mdx)].join('\n')}\n\n${parts.map((p) => p.mdx).join('\n\n')}\n`;
        const expected = imports.every((i) => i.ok) && parts.every((p) => p.ok);
        const { accepted, problems } = acceptedByValidation(mdx);
        expect(problems.filter((p) => p.startsWith('mdx-syntax')), mdx).toEqual([]);
        expect(accepted, `${mdx}\n${problems.join('\n')}`).toBe(expected);
      }),
      { numRuns: 300, seed },
    );
  });
});
