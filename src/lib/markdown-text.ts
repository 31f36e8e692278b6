/**
 * Readable text and safety checks of a Markdown/MDX body. Markdown is parsed with remark-parse +
 * remark-gfm, the project's parser wherever it reads Markdown on its own; MDX with Sätteri's MDX
 * parser (remark-parse cannot read JSX). Inputs that either parser or the renderer cannot be trusted
 * with are refused first, by linear scans: nesting deeper than MAX_NESTING (remark overflows the
 * stack on thousands of levels), blocks with more inline markers or characters than a real
 * paragraph has (remark takes seconds on 50,000 of them), and character references that would
 * exhaust the renderer's memory (Sätteri, see MAX_REFERENCE_COST).
 */
import { mdxToMdast } from 'satteri';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';

// MDX as Astro renders it: GFM on. Smart punctuation off, so text is what the author typed
// (quote checks fold quotes and dashes themselves); frontmatter off, since bodies have none
// and a body that opens with a `---` rule must not be read as one.
const FEATURES = { gfm: true, smartPunctuation: false, frontmatter: false } as const;

const remark = unified().use(remarkParse).use(remarkGfm);

/** Most emphasis and bracket characters (`*`, `_`, `[`, `]`) one block of text may hold. */
export const MAX_INLINE_MARKERS = 20_000;
/** Longest block of text (a run of non-blank lines), in characters. */
export const MAX_BLOCK_LENGTH = 1_000_000;

/**
 * Character references (`&eacute;`, `&#233;`) times the length of the run of non-blank lines
 * they sit in. Sätteri 0.10 copies a paragraph for each reference it decodes: measured, 25,000
 * references in a 350 kB paragraph took 2.4 GB and 38,000 made it abort the process (a Rust
 * panic no build can catch); 10 references in a 5 MB paragraph take no extra memory to speak of.
 * The bound keeps the extra memory near 100 MB.
 */
export const MAX_REFERENCE_COST = 200_000_000;
/** Deepest nesting of blockquotes, lists and inline markup accepted. */
export const MAX_NESTING = 100;

/** A body the parser or the renderer cannot be trusted with; thrown before or right after parsing. */
export class MarkdownLimitError extends Error {
  /** 1-based line in the body. */
  readonly line: number;
  readonly fix: string;
  constructor(message: string, line: number, fix: string) {
    super(message);
    this.name = 'MarkdownLimitError';
    this.line = line;
    this.fix = fix;
  }
}

const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/**
 * Throws a MarkdownLimitError when a run of non-blank lines holds so many character references
 * for its length that rendering it would exhaust memory (see MAX_REFERENCE_COST). Linear time.
 */
export function checkMarkdownSize(body: string): void {
  let start = 0;
  let line = 1;
  let blockStartLine = 1;
  let blockStart = 0;
  let inBlock = false;
  const finish = (end: number): void => {
    const references = body.slice(blockStart, end).match(REFERENCE)?.length ?? 0;
    const length = end - blockStart;
    if (references * length > MAX_REFERENCE_COST) {
      throw new MarkdownLimitError(
        `a block of text has ${references.toLocaleString('en')} character references such as &eacute; or &#8212; in ${length.toLocaleString('en')} characters: too many for the Markdown renderer, whose memory grows with their number times the block's length`,
        blockStartLine,
        'type the characters themselves (é, —) instead of &…; references, or split the text into shorter paragraphs',
      );
    }
  };
  while (start <= body.length) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    const blank = body.slice(start, end).trim() === '';
    if (!blank && !inBlock) {
      inBlock = true;
      blockStart = start;
      blockStartLine = line;
    } else if (blank && inBlock) {
      inBlock = false;
      finish(start);
    }
    start = end + 1;
    line++;
  }
  if (inBlock) finish(body.length);
}

/**
 * Throws a MarkdownLimitError for a body remark or the renderer cannot take in reasonable time and
 * memory: lines nested deeper than MAX_NESTING by blockquote or list markers, indentation or runs
 * of emphasis markers, and blocks longer than MAX_BLOCK_LENGTH or with more than
 * MAX_INLINE_MARKERS emphasis and bracket characters. Linear time; no real article comes near.
 */
export function checkMarkdownShape(body: string): void {
  const lines = body.split('\n');
  let blockStart = 0;
  let blockLength = 0;
  let markers = 0;
  const finish = (): void => {
    if (blockLength > MAX_BLOCK_LENGTH) {
      throw new MarkdownLimitError(`a block of text is ${blockLength.toLocaleString('en')} characters long, more than the ${MAX_BLOCK_LENGTH.toLocaleString('en')} allowed`, blockStart + 1, 'split it into paragraphs with blank lines between them');
    }
    if (markers > MAX_INLINE_MARKERS) {
      throw new MarkdownLimitError(`a block of text has ${markers.toLocaleString('en')} emphasis or bracket characters (* _ [ ]), more than the ${MAX_INLINE_MARKERS.toLocaleString('en')} allowed`, blockStart + 1, 'split it into paragraphs, or write the characters as \\* \\_ \\[ \\] if they are meant literally');
    }
  };
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      finish();
      blockStart = index + 1;
      blockLength = 0;
      markers = 0;
      return;
    }
    blockLength += line.length + 1;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 42 || c === 95 || c === 91 || c === 93) markers++;
    }
    const depth = containerDepth(line);
    if (depth > MAX_NESTING) {
      throw new MarkdownLimitError(
        `the text is nested more than ${MAX_NESTING} levels deep (blockquotes, lists or emphasis inside one another)`,
        index + 1,
        'flatten the structure: real articles need only a few levels',
      );
    }
  });
  finish();
}

/** Rough nesting of one line: leading blockquote and list markers, indentation, and the longest run of one emphasis character. */
function containerDepth(line: string): number {
  const prefix = /^(?:[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t]))*/.exec(line)?.[0] ?? '';
  const containers = (prefix.match(/>|[-*+][ \t]|\d{1,9}[.)][ \t]/g) ?? []).length;
  const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
  let longestRun = 0;
  let run = 0;
  let previous = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    run = (c === 42 || c === 95 || c === 126) && c === previous ? run + 1 : c === 42 || c === 95 || c === 126 ? 1 : 0;
    previous = c;
    if (run > longestRun) longestRun = run;
  }
  return Math.max(containers, Math.floor(indent / 2), Math.floor(longestRun / 2));
}

/** Parses a Markdown body to mdast with remark-parse + remark-gfm, after the limit checks (throws MarkdownLimitError). */
export function parseMarkdown(body: string): Root {
  checkMarkdownSize(body);
  checkMarkdownShape(body);
  return checkDepth(remark.parse(body));
}

/**
 * Parses an MDX body to mdast. When the MDX does not parse, the body is read as Markdown with
 * import/export lines and JSX tags blanked out, so the text is still available (the syntax error
 * itself is reported by the MDX check in validation).
 */
export function parseMdx(body: string): Root {
  checkMarkdownSize(body);
  try {
    return checkDepth(mdxToMdast(body, { features: FEATURES }) as Root);
  } catch (error) {
    if (error instanceof MarkdownLimitError) throw error;
    const stripped = stripMdxSyntax(body);
    checkMarkdownShape(stripped);
    return checkDepth(remark.parse(stripped));
  }
}

/** Throws a MarkdownLimitError when the tree nests deeper than MAX_NESTING. Iterative: no recursion. */
function checkDepth(root: Root): Root {
  const stack: [Nodes, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_NESTING) {
      throw new MarkdownLimitError(
        `the text is nested more than ${MAX_NESTING} levels deep (blockquotes, lists or emphasis inside one another)`,
        node.position?.start.line ?? 1,
        'flatten the structure: real articles need only a few levels',
      );
    }
    if ('children' in node) for (const child of node.children) stack.push([child as Nodes, depth + 1]);
  }
  return root;
}

// Blocks are separated by a newline so that words of adjacent paragraphs never run together.
const BLOCK_TYPES = new Set([
  'paragraph', 'heading', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell',
  'code', 'thematicBreak', 'footnoteDefinition', 'html', 'definition', 'mdxJsxFlowElement',
]);

/** The readable text of a parsed body. Iterative, so deep nesting cannot overflow the stack. */
function treeToPlainText(root: Root): string {
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

/**
 * The readable text of a body: prose, inline code and link text; no HTML, no MDX import/export
 * lines, expressions or JSX tags. Throws MarkdownLimitError for bodies over the limits.
 */
export function markdownToPlainText(body: string, options: { mdx?: boolean } = {}): string {
  return treeToPlainText(options.mdx ? parseMdx(body) : parseMarkdown(body));
}

/** The body's opening words, cut at a word boundary, for use when an article has no summary. */
export function openingText(body: string, maxChars = 200, options: { mdx?: boolean } = {}): string {
  return openingOf(markdownToPlainText(body, options), maxChars);
}

/** The opening words of already extracted plain text, cut at a word boundary. */
export function openingOf(plainText: string, maxChars = 200): string {
  const text = plainText.replace(/\s+/g, ' ').trim();
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > maxChars * 0.6 ? lastSpace : maxChars).replace(/[\s,;:.–—-]+$/, '')}…`;
}

function eachNode(root: Root, visit: (node: Nodes) => void): void {
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

function rawHtmlIn(root: Root): { line: number; html: string }[] {
  const found: { line: number; html: string }[] = [];
  eachNode(root, (node) => {
    if (node.type === 'html' && !/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) found.push({ line: node.position?.start.line ?? 1, html: node.value });
  });
  return found;
}

/** Raw HTML in a Markdown body (comments excepted), with 1-based body lines. */
export function findRawHtml(body: string): { line: number; html: string }[] {
  return rawHtmlIn(parseMarkdown(body));
}

/**
 * True when a link or image address is safe to publish: http(s), mailto, or relative
 * (a path, `?query` or `#fragment`). Browsers drop tabs and newlines anywhere in a URL and
 * leading control characters and spaces, so those are removed before reading the scheme.
 */
export function isSafeLinkUrl(url: string): boolean {
  const scheme = linkScheme(url);
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

/** The scheme a browser reads from a link address, lowercased (`javascript`), or undefined for a relative address. */
export function linkScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
}

export interface UnsafeLink {
  line: number;
  url: string;
  kind: 'link' | 'image' | 'definition';
}

function unsafeLinksIn(root: Root): UnsafeLink[] {
  const found: UnsafeLink[] = [];
  eachNode(root, (node) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeLinkUrl(node.url)) {
      found.push({ line: node.position?.start.line ?? 1, url: node.url, kind: node.type });
    }
  });
  return found;
}

/** Links, images and link definitions whose address is not http(s), mailto, relative or a fragment. */
export function findUnsafeLinks(body: string, options: { mdx?: boolean } = {}): UnsafeLink[] {
  return unsafeLinksIn(options.mdx ? parseMdx(body) : parseMarkdown(body));
}

export interface BodyAnalysis {
  text: string;
  rawHtml: { line: number; html: string }[];
  unsafeLinks: UnsafeLink[];
}

/** Text, raw HTML and unsafe links from one parse (validation reads all three). Throws MarkdownLimitError. */
export function analyzeBody(body: string, options: { mdx?: boolean } = {}): BodyAnalysis {
  const root = options.mdx ? parseMdx(body) : parseMarkdown(body);
  return { text: treeToPlainText(root), rawHtml: options.mdx ? [] : rawHtmlIn(root), unsafeLinks: unsafeLinksIn(root) };
}

/** Number of words in a body's readable text. */
export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}

// MDX-only syntax that plain Markdown would otherwise read as prose; the fallback for MDX that does not parse.
function stripMdxSyntax(body: string): string {
  return body
    .replace(/^(?:import|export)\s[^\n]*(?:\n(?![\t ]*\n)[^\n]*)*$/gm, '')
    .replace(/<\/?[A-Z][\w.]*(?:\s[^<>]*)?\/?>/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
}
