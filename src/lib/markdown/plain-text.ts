/** The readable text of a parsed body, and what is read from plain text: opening words, word count. */
import type { Nodes, Root } from 'mdast';

// Blocks are separated by a newline so that words of adjacent paragraphs never run together.
const BLOCK_TYPES = new Set([
  'paragraph', 'heading', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell',
  'code', 'thematicBreak', 'footnoteDefinition', 'html', 'definition', 'mdxJsxFlowElement',
]);

/** The readable text of a parsed body. Iterative, so deep nesting cannot overflow the stack. */
export function treeToPlainText(root: Root): string {
  const parts: string[] = [];
  // A string on the stack is text to emit after the children before it; a node is to visit.
  const stack: (Nodes | string)[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    const node = item as Nodes & { type: string };
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        parts.push((node as { value: string }).value);
        continue;
      case 'code':
        parts.push(`\n${(node as { value: string }).value}\n`);
        continue;
      case 'html':
      case 'yaml':
      case 'toml':
      case 'definition':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        continue;
      case 'image':
      case 'imageReference':
        if ((node as { alt?: string }).alt) parts.push((node as { alt: string }).alt);
        continue;
      case 'break':
        parts.push('\n');
        continue;
      default:
        break;
    }
    const isBlock = BLOCK_TYPES.has(node.type);
    // JSX tags read as a space, as the old tag-stripping did, so words on either side stay apart.
    const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    const open = `${isBlock ? '\n' : ''}${isJsx ? ' ' : ''}`;
    const close = `${node.type === 'tableCell' || isJsx ? ' ' : ''}${isBlock ? '\n' : ''}`;
    if (open) parts.push(open);
    if (close) stack.push(close);
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts.join('').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** The opening words of already extracted plain text, cut at a word boundary. */
export function openingOf(plainText: string, maxChars = 200): string {
  // Only the first maxChars + 1 collapsed characters are read: collapsing a head that yields at least one more
  // (so trimming the end cannot reach them) gives the same opening as collapsing a whole body of thousands.
  const headLength = (maxChars + 2) * 4;
  let text: string | undefined;
  if (plainText.length > headLength) {
    const head = plainText.slice(0, headLength).replace(/\s+/g, ' ').trimStart();
    if (head.length >= maxChars + 2) text = head;
  }
  text ??= plainText.replace(/\s+/g, ' ').trim();
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > maxChars * 0.6 ? lastSpace : maxChars).replace(/[\s,;:.–—-]+$/, '')}…`;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const nonAsciiKinds = new Map<number, boolean>();

/** Whether a code point is a letter or digit (\p{L} or \p{N}); ASCII decided inline, other code points asked once. */
function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  let answer = nonAsciiKinds.get(code);
  if (answer === undefined) {
    answer = LETTER_OR_DIGIT.test(String.fromCodePoint(code));
    if (nonAsciiKinds.size < 10_000) nonAsciiKinds.set(code, answer);
  }
  return answer;
}

/**
 * Number of words in a body's readable text: the matches of [\p{L}\p{N}][\p{L}\p{N}'’-]* (u flag), counted in one
 * pass without building the array of matches (that array was most of check's word-count cost).
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    // A surrogate pair is one code point, as with the u flag; a lone surrogate is neither letter nor digit.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (isLetterOrDigit(code)) {
      if (!inWord) count++;
      inWord = true;
    } else if (!(inWord && (code === 39 || code === 0x2019 || code === 45))) {
      // Inside a word ' ’ - continue it; anything else ends it.
      inWord = false;
    }
  }
  return count;
}

/** Visits every node, parents first, without recursion (deep trees cannot overflow the stack). */
export function eachNode(root: Root, visit: (node: Nodes) => void): void {
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    visit(node);
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
}

