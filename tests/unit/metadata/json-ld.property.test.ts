// Any frontmatter text placed in the JSON-LD <script>: it cannot end the element, it parses back
// to the same value, and an HTML parser sees one script element holding exactly the JSON.
import fc from 'fast-check';
import { htmlToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { articleJsonLd, serializeJsonLd } from '../../../src/lib/metadata/json-ld.ts';

const seed = Number(process.env['FC_SEED'] ?? Date.now() % 2_147_483_647);
console.log(`json-ld properties: FC_SEED=${seed}`);
const settings = { numRuns: 1000, seed };

const hostile = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('<', '>', '/', '!', '-', '&', '"', "'", '\\', 's', 'c', 'r', 'i', 'p', 't', ' ', '\u2028', '\u2029', '\u0000', '\uD800', 'é') }),
  fc.constantFrom('</script><script>alert(1)</script>', '<!--<script>', '</SCRIPT >', '<\\/script>', ']]>', '\u2028alert(1)\u2029'),
);

interface HastNode {
  type: string;
  tagName?: string;
  children?: HastNode[];
  value?: string;
}

function elements(node: HastNode, out: HastNode[] = []): HastNode[] {
  const stack = [node];
  while (stack.length) {
    const next = stack.pop()!;
    if (next.type === 'element') out.push(next);
    for (let i = (next.children?.length ?? 0) - 1; i >= 0; i--) stack.push(next.children![i]!);
  }
  return out;
}

describe('serializeJsonLd', () => {
  it('never writes <, >, & or a JavaScript line separator, and round-trips', () => {
    fc.assert(
      fc.property(fc.jsonValue(), hostile, (value, text) => {
        const input = { value, text, nested: [{ text }] };
        const out = serializeJsonLd(input);
        expect(out).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(input)));
      }),
      settings,
    );
  });

  it('an article built from hostile text stays inside its <script> element', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, (headline, description, source, author) => {
        const data = articleJsonLd({
          url: 'https://s.example/articles/a/',
          headline,
          description,
          datePublished: '2025-03-10',
          dateModified: '2025-03-10',
          author: { name: author, url: 'https://s.example/authors/a/' },
          publisher: { name: 'Site', url: 'https://s.example/' },
          section: headline,
          keywords: [headline, source],
          source: { name: source },
          passages: [],
        });
        const json = serializeJsonLd(data);
        const html = `<!doctype html><html><head><script type="application/ld+json">${json}</script></head><body><p>after</p></body></html>`;
        const found = elements(htmlToHast(html) as unknown as HastNode).map((node) => node.tagName);
        expect(found).toEqual(['html', 'head', 'script', 'body', 'p']);
        const script = elements(htmlToHast(html) as unknown as HastNode).find((node) => node.tagName === 'script')!;
        const text = (script.children ?? []).map((child) => child.value ?? '').join('');
        expect(text).toBe(json);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(data)));
      }),
      settings,
    );
  });
});
