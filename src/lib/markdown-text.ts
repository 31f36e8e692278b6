/** Plain text of a Markdown/MDX body, parsed with remark-parse + remark-gfm (not by regex). */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parses a Markdown body to mdast with GFM. */
export function parseMarkdown(body: string): Root {
  return parser.parse(body);
}

// Blocks are separated by a newline so that words of adjacent paragraphs never run together.
const BLOCK_TYPES = new Set([
  'paragraph', 'heading', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell',
  'code', 'thematicBreak', 'footnoteDefinition', 'html', 'definition',
]);

/**
 * The readable text of a body: prose, inline code and link text; no HTML, no MDX import/export
 * lines or JSX tags (MDX is read as Markdown, so those come through as html or text to drop).
 */
export function markdownToPlainText(body: string, options: { mdx?: boolean } = {}): string {
  const source = options.mdx ? stripMdxSyntax(body) : body;
  const parts: string[] = [];
  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        parts.push(node.value);
        return;
      case 'code':
        parts.push(`\n${node.value}\n`);
        return;
      case 'html':
      case 'yaml':
      case 'definition':
        return;
      case 'image':
        if (node.alt) parts.push(node.alt);
        return;
      case 'break':
        parts.push('\n');
        return;
      default:
        break;
    }
    const isBlock = BLOCK_TYPES.has(node.type);
    if (isBlock) parts.push('\n');
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
    if (node.type === 'tableCell') parts.push(' ');
    if (isBlock) parts.push('\n');
  };
  walk(parseMarkdown(source));
  return parts.join('').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** The body's opening words, cut at a word boundary, for use when an article has no summary. */
export function openingText(body: string, maxChars = 200, options: { mdx?: boolean } = {}): string {
  const text = markdownToPlainText(body, options).replace(/\s+/g, ' ').trim();
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > maxChars * 0.6 ? lastSpace : maxChars).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Raw HTML in a Markdown body (comments excepted), with 1-based body lines. */
export function findRawHtml(body: string): { line: number; html: string }[] {
  const found: { line: number; html: string }[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'html') {
      if (!/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) found.push({ line: node.position?.start.line ?? 1, html: node.value });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(parseMarkdown(body));
  return found;
}

/** Number of words in a body's readable text. */
export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}

// MDX-only syntax that plain Markdown would otherwise read as prose.
function stripMdxSyntax(body: string): string {
  return body
    .replace(/^(?:import|export)\s[^\n]*(?:\n(?![\t ]*\n)[^\n]*)*$/gm, '')
    .replace(/<\/?[A-Z][\w.]*(?:\s[^<>]*)?\/?>/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
}
