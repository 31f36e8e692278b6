/**
 * Limits a Markdown body must stay within before it is parsed or rendered. Inputs that a parser or
 * the renderer cannot be trusted with are refused first, by linear scans: nesting deeper than
 * MAX_NESTING (parsers overflow the stack on thousands of levels), blocks with more inline markers
 * or characters than a real paragraph has (seconds on 50,000 of them), and character references
 * that would exhaust the renderer's memory (Sätteri, see MAX_REFERENCE_COST).
 */
import type { Nodes, Root } from 'mdast';

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

/** Throws a MarkdownLimitError when the tree nests deeper than MAX_NESTING. Iterative: no recursion. */
export function checkDepth(root: Root): Root {
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

