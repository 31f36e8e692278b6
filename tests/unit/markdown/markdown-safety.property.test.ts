// A Markdown body that validation accepts (no raw HTML, no unsafe link) renders, through the
// site's renderer Sätteri, to Markdown's own elements only: no handler, no script, no
// javascript: URL. Since the checks parse with the renderer's parser, the two cannot disagree.
import fc from 'fast-check';
import { htmlToHast, markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { bodyFacts } from '../../../src/lib/facts/body-facts.ts';
import { isSafeLinkUrl } from '../../../src/lib/markdown/links.ts';
import { MarkdownLimitError } from '../../../src/lib/markdown/limits.ts';

const seed = Number(process.env['FC_SEED'] ?? Date.now() % 2_147_483_647);
console.log(`markdown safety properties: FC_SEED=${seed}`);
const settings = { numRuns: 1000, seed };

// What Markdown with GFM (tables, footnotes, task lists, strikethrough) renders to.
const MARKDOWN_ELEMENTS = new Set([
  'p', 'a', 'img', 'em', 'strong', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'del', 'input', 'sup', 'section',
]);
const SAFE_ATTRIBUTES = new Set(['href', 'src', 'alt', 'title', 'id', 'className', 'align', 'type', 'checked', 'disabled', 'start', 'dataFootnotes', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', 'dataFootnoteBackrefs']);

const fragment = fc.oneof(
  fc.constantFrom(
    '<', '>', '</', '/>', '<script>', '</script>', '<img src=x onerror=alert(1)>', '<svg/onload=alert(1)>', '<a href="javascript:alert(1)">',
    '<b onmouseover=alert(1)>', '<iframe src=x>', '<style>', '<!--', '-->', '<![CDATA[', ']]>', '<?php', '?>', '<!doctype html>', '<x:y>',
    '[x](', ')', '](', '[', ']', '(', 'javascript:', 'JaVaScRiPt:', 'vbscript:', 'data:text/html,', '&#106;', '&#x6A;', '&colon;', '&lt;', '&amp;', '&',
    '\\', '`', '```', '~~~', '*', '**', '_', '~~', '\n', '\n\n', ' ', '    ', '\t', '> ', '- ', '1. ', '| a | b |\n|---|---|\n', '|', '---', '===',
    '"', "'", '=', 'onerror=', 'on', 'www.', 'http://', 'https://example.org', 'mailto:', '@', '[^1]', '\n\n[^1]: ', '![', '\n\n[ref]: ', '[ref]',
    '<http://a.b>', '<javascript:alert(1)>', '<mailto:a@b.c>', '%0a', '\u0000', '\u2028', '\uFEFF', 'x', 'word ',
  ),
  fc.string({ maxLength: 6 }),
);
const markdown = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Elements and attributes Markdown cannot produce, and unsafe URLs, in rendered HTML. */
function foreignMarkup(html: string): string[] {
  const found: string[] = [];
  const stack: HastNode[] = [htmlToHast(html, { fragment: true }) as unknown as HastNode];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'element') {
      if (!MARKDOWN_ELEMENTS.has(node.tagName!)) found.push(`<${node.tagName}>`);
      for (const [name, value] of Object.entries(node.properties ?? {})) {
        if (!SAFE_ATTRIBUTES.has(name)) found.push(`<${node.tagName} ${name}>`);
        if ((name === 'href' || name === 'src') && typeof value === 'string' && /^\s*(javascript|vbscript|data):/i.test(value.replace(/[\t\n\r]/g, ''))) found.push(`${name}="${value}"`);
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return found;
}

describe('Markdown bodies that pass the body rules', () => {
  it('render with no element, attribute or URL that Markdown itself does not make', () => {
    let accepted = 0;
    fc.assert(
      fc.property(markdown, (body) => {
        let analysis;
        try {
          analysis = bodyFacts(body);
        } catch (error) {
          expect(error).toBeInstanceOf(MarkdownLimitError);
          return;
        }
        if (analysis.rawHtml.length || analysis.links.some((link) => !isSafeLinkUrl(link.url))) return;
        accepted++;
        const { html } = markdownToHtml(body, { features: { gfm: true, smartPunctuation: true, frontmatter: false } });
        expect(foreignMarkup(html), `${JSON.stringify(body)} rendered as ${html}`).toEqual([]);
      }),
      settings,
    );
    // The property says nothing if nearly every input is rejected.
    console.log(`accepted ${accepted} of ${settings.numRuns}`);
    expect(accepted).toBeGreaterThan(100);
  });

  it('and every raw HTML fragment or unsafe link the renderer would emit is reported', () => {
    fc.assert(
      fc.property(markdown, (body) => {
        let analysis;
        try {
          analysis = bodyFacts(body);
        } catch {
          return;
        }
        const { html } = markdownToHtml(body, { features: { gfm: true, smartPunctuation: true, frontmatter: false } });
        const foreign = foreignMarkup(html);
        if (foreign.length) expect(analysis.rawHtml.length + analysis.links.filter((link) => !isSafeLinkUrl(link.url)).length, `${JSON.stringify(body)} → ${foreign.join(' ')}`).toBeGreaterThan(0);
      }),
      settings,
    );
  });
});
