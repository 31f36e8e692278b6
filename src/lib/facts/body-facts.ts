/**
 * Everything the project derives from an article or biography body, from one parse: readable
 * text, words, opening, headings, raw HTML and links (for the safety rules), pictures and their alt
 * text, scripture cited in the prose, and what MDX code reaches for. Validation, pages, related articles, the scripture
 * index, search and Open Graph cards all read these facts; nothing parses or scans a body again
 * (the inline-reference plugin, which needs positions in the rendered tree, is the one exception).
 * Plain JSON, so facts can be cached by content hash (./cache.ts).
 */
import type { Nodes, Root } from 'mdast';
import { parseBody } from '../markdown/parse.ts';
import { countWords, eachNode, openingOf, treeToPlainText } from '../markdown/plain-text.ts';
import { readRawHtml } from '../markdown/html-comments.ts';
import { environmentAccess, importSpecifiers } from '../markdown/mdx-safety.ts';
import { findReferencesInText } from '../scripture/find-in-text.ts';
import type { Passage } from '../scripture/types.ts';
import { logParse } from './parse-log.ts';

/** A passage reference written in the text rather than in the frontmatter. */
export interface ProseCitation {
  reference: string;
  display: string;
  passages: Passage[];
}

export interface RawHtmlFinding {
  /** 1-based line in the body. */
  line: number;
  html: string;
  /** What makes it more than a comment: an element, a doctype, an unclosed comment, or text. */
  reason: 'element' | 'doctype' | 'unclosed-comment' | 'text';
  detail: string;
}

export interface LinkFact {
  line: number;
  url: string;
  kind: 'link' | 'image' | 'definition';
}

/** A picture the body shows: `![alt](…)` (also by reference) or the site's MDX `<Figure>`. */
export interface PictureFact {
  line: number;
  kind: 'image' | 'figure';
  /** The alt text as written; undefined when none is written; null when it is MDX code (`alt={…}`), known only when the page renders. */
  alt: string | null | undefined;
  /** `<Figure>` only: its src as code (`src={picture}`, an imported picture), as text (`src="./a.jpg"`), or missing. */
  src?: 'code' | 'text' | 'missing';
}

export interface MdxCodeFact {
  line: number;
  kind: 'environment' | 'import';
  /** The global used (`process`, `import.meta`) or the module specifier imported. */
  detail: string;
}

export interface BodyFacts {
  /** Readable text: prose, inline code and link text; no HTML, MDX code or JSX tags. */
  text: string;
  words: number;
  /** The opening words, for a summary when the frontmatter has none. */
  opening: string;
  headings: { depth: number; text: string; line: number }[];
  /** Raw HTML that is more than comments (comments are allowed and dropped). */
  rawHtml: RawHtmlFinding[];
  /** Every link, image and link definition, for the address rules. */
  links: LinkFact[];
  /** Every picture, for the alt-text and Figure rules. */
  pictures: PictureFact[];
  /** Scripture references found in the readable text. */
  citations: ProseCitation[];
  /** MDX only: globals and imports used by the file's code. */
  mdxCode: MdxCodeFact[];
}

/** What pages and the build need from a body: everything but the full text. */
export type PageFacts = Omit<BodyFacts, 'text'>;

/** Opening length used for summaries and meta descriptions. */
export const OPENING_CHARS = 200;

/** The facts of a body, from one parse. Throws MarkdownLimitError for bodies over the parser's limits. */
export function bodyFacts(body: string, options: { mdx?: boolean } = {}): BodyFacts {
  logParse('facts', body);
  return factsFromTree(parseBody(body, options), options);
}

/** The facts of an already parsed body (the differential test passes remark's tree here). */
export function factsFromTree(root: Root, options: { mdx?: boolean } = {}): BodyFacts {
  const text = treeToPlainText(root);
  const headings: BodyFacts['headings'] = [];
  const rawHtml: RawHtmlFinding[] = [];
  const links: LinkFact[] = [];
  const mdxCode: MdxCodeFact[] = [];
  const pictures: PictureFact[] = [];
  // Images written by reference (`![alt][logo]` with `[logo]: https://…`) load the definition's address.
  const definitions = new Map<string, string>();
  const imageReferences: { identifier: string; line: number }[] = [];
  eachNode(root, (node) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'heading':
        headings.push({ depth: node.depth, text: treeToPlainText({ type: 'root', children: node.children } as Root), line });
        break;
      case 'html': {
        // In MDX, HTML is JSX and compiled as code; the raw-HTML rule is for Markdown.
        if (options.mdx) break;
        const verdict = readRawHtml(node.value);
        if (!verdict.commentsOnly) rawHtml.push({ line, html: node.value, reason: verdict.reason, detail: verdict.detail });
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        links.push({ line, url: node.url, kind: node.type });
        if (node.type === 'image') pictures.push({ line, kind: 'image', alt: node.alt ?? undefined });
        if (node.type === 'definition' && !definitions.has(node.identifier.toLowerCase())) definitions.set(node.identifier.toLowerCase(), node.url);
        break;
      case 'imageReference':
        imageReferences.push({ identifier: node.identifier.toLowerCase(), line });
        pictures.push({ line, kind: 'image', alt: node.alt ?? undefined });
        break;
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        // Only these carry code; reading every other node for it allocated per node of large bodies.
        if (options.mdx) mdxCode.push(...mdxCodeOf(node, line));
        if (options.mdx && (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Figure') pictures.push(figureFact(node, line));
        break;
      default:
        break;
    }
  });
  for (const reference of imageReferences) {
    const url = definitions.get(reference.identifier);
    if (url !== undefined) links.push({ line: reference.line, url, kind: 'image' });
  }
  links.sort((a, b) => a.line - b.line);
  const citations = findReferencesInText(text).map((found) => ({ reference: found.text, display: found.display, passages: found.passages }));
  return { text, words: countWords(text), opening: openingOf(text, OPENING_CHARS), headings, rawHtml, links, pictures, citations, mdxCode };
}

/** How a `<Figure>` writes its alt and src (a bare `alt` attribute is an empty one). */
function figureFact(node: { attributes: { type: string; name?: string; value?: unknown }[] }, line: number): PictureFact {
  const attribute = (name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const alt = attribute('alt');
  const src = attribute('src');
  // `{...props}` may carry either: known only when the page renders.
  const spread = node.attributes.some((a) => a.type === 'mdxJsxExpressionAttribute');
  return {
    line,
    kind: 'figure',
    alt: !alt ? (spread ? null : undefined) : typeof alt.value === 'string' ? alt.value : alt.value == null ? '' : null,
    src: !src ? (spread ? 'code' : 'missing') : typeof src.value === 'string' || src.value == null ? 'text' : 'code',
  };
}

/** Code an MDX node carries: ESM, expressions, and expressions in JSX attributes. */
function mdxCodeOf(node: Nodes, line: number): MdxCodeFact[] {
  const typed = node as Nodes & { type: string; value?: unknown; attributes?: { type: string; value?: unknown }[] };
  const pieces: { code: string; esm: boolean }[] = [];
  if (typed.type === 'mdxjsEsm' && typeof typed.value === 'string') pieces.push({ code: typed.value, esm: true });
  if ((typed.type === 'mdxFlowExpression' || typed.type === 'mdxTextExpression') && typeof typed.value === 'string') pieces.push({ code: typed.value, esm: false });
  for (const attribute of typed.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute' && typeof attribute.value === 'string') pieces.push({ code: attribute.value, esm: false });
    const value = attribute.value as { type?: string; value?: unknown } | undefined;
    if (value && typeof value === 'object' && value.type === 'mdxJsxAttributeValueExpression' && typeof value.value === 'string') pieces.push({ code: value.value, esm: false });
  }
  const facts: MdxCodeFact[] = [];
  for (const piece of pieces) {
    for (const name of new Set(environmentAccess(piece.code))) facts.push({ line, kind: 'environment', detail: name });
    if (piece.esm) for (const found of importSpecifiers(piece.code)) facts.push({ line: line + found.line, kind: 'import', detail: found.specifier });
  }
  return facts;
}
