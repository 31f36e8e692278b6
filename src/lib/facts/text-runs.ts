/**
 * The prose of a body as the copy-desk rules read it: one run per paragraph, heading or table cell,
 * holding only what a reader sees typeset as prose. Code spans, raw HTML, MDX code and links written
 * as their own address stand in as one OBJECT REPLACEMENT CHARACTER, so punctuation or quotes in them
 * never count, and the words on either side stay apart. Code blocks and picture alt text are left out.
 */
import type { Nodes, Root } from 'mdast';
import { eachNode } from '../markdown/plain-text.ts';

export interface TextRun {
  /** 1-based line in the body on which the run starts; a newline in `text` is the next line. */
  line: number;
  text: string;
}

/** What stands in for code, HTML and bare addresses inside a run. */
export const NOT_PROSE = '\uFFFC';

const RUN_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const OPAQUE = new Set(['inlineCode', 'html', 'mdxTextExpression', 'mdxFlowExpression', 'mdxjsEsm']);

/** The text runs of a parsed body, in reading order. */
export function textRunsOf(root: Root): TextRun[] {
  const runs: TextRun[] = [];
  eachNode(root, (node) => {
    if (!RUN_BLOCKS.has(node.type)) return;
    const text = inlineText(node);
    if (text.trim() && text.replaceAll(NOT_PROSE, '').trim()) runs.push({ line: node.position?.start.line ?? 1, text });
  });
  return runs;
}

/** The prose of one block's inline content. Iterative, so deep nesting cannot overflow the stack. */
function inlineText(block: Nodes): string {
  const parts: string[] = [];
  const stack: Nodes[] = 'children' in block ? [...(block.children as Nodes[])].reverse() : [];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') parts.push(node.value);
    else if (node.type === 'break') parts.push('\n');
    else if (OPAQUE.has(node.type) || isBareAddress(node)) parts.push(NOT_PROSE);
    else if (node.type === 'image' || node.type === 'imageReference') continue;
    else if ('children' in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts.join('');
}

/** A link whose text is its own address (`<https://…>`, a bare www. or e-mail link): an address, not prose. */
function isBareAddress(node: Nodes): boolean {
  if (node.type !== 'link') return false;
  const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
  const url = node.url.replace(/^mailto:/, '');
  return text === url || text === node.url || url.endsWith(`//${text}`) || url === `http://${text}` || url === `https://${text}`;
}

/** The body line of an offset into a run's text. */
export function lineInRun(run: TextRun, offset: number): number {
  let line = run.line;
  for (let i = run.text.indexOf('\n'); i !== -1 && i < offset; i = run.text.indexOf('\n', i + 1)) line++;
  return line;
}
