/**
 * Everything the project derives from an article or biography body, from one parse: readable
 * text, words, opening, headings, raw HTML and links (for the safety rules), pictures and their alt
 * text, scripture cited in the prose, and what MDX code reaches for. Validation, pages, related articles, the scripture
 * index, search and Open Graph cards all read these facts; nothing parses or scans a body again
 * (the inline-reference plugin, which needs positions in the rendered tree, is the one exception).
 * Plain JSON, so facts can be cached by content hash (./cache.ts).
 */
import type { Root } from 'mdast';
import { parseBody } from '../markdown/parse.ts';
import { countWords, eachNode, openingOf, treeToPlainText } from '../markdown/plain-text.ts';
import { readRawHtml } from '../markdown/html-comments.ts';
import { hiddenReferences, htmlTagFacts, mdxNodeFacts, type ElementFact, type EncodedCharacterFact, type MdxCodeFact } from '../markdown/mdx-facts.ts';
import { createReferenceFinder, findReferencesInText, type ReferenceFinder } from '../scripture/find-in-text.ts';
import type { ScriptureLanguage } from '../scripture/languages/types.ts';
import type { Passage } from '../scripture/types.ts';
import { logParse } from './parse-log.ts';
import { textRunsOf, type TextRun } from './text-runs.ts';

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

export type { ElementFact, EncodedCharacterFact, MdxCodeFact, TextRun };

export interface BodyFacts {
  /** Readable text: prose, inline code and link text; no HTML, MDX code or JSX tags. */
  text: string;
  /** The prose one block at a time, without code, HTML or bare addresses: what the copy-desk rules read (./text-runs.ts). */
  runs: TextRun[];
  words: number;
  /** The opening words, for a summary when the frontmatter has none. */
  opening: string;
  /** The text opens with a block quotation: the news excerpt the article comments on (the page labels it). */
  opensWithQuote: boolean;
  headings: { depth: number; text: string; line: number }[];
  /** Raw HTML that is more than comments (comments are allowed and dropped). */
  rawHtml: RawHtmlFinding[];
  /** Every link, image and link definition, for the address rules. */
  links: LinkFact[];
  /** Every picture, for the alt-text and Figure rules. */
  pictures: PictureFact[];
  /** Scripture references found in the readable text. */
  citations: ProseCitation[];
  /** MDX only: globals, imports, exports and expressions of the file's code. */
  mdxCode: MdxCodeFact[];
  /** Every MDX element or component, and every start tag of Markdown raw HTML, with its attributes. */
  elements: ElementFact[];
  /** Control and bidirectional characters written as character references or escapes. */
  encodedCharacters: EncodedCharacterFact[];
}

/** What pages and the build need from a body: everything but the full text and its runs. */
export type PageFacts = Omit<BodyFacts, 'text' | 'runs'>;

/** Opening length used for summaries and meta descriptions. */
export const OPENING_CHARS = 200;

/** How a body is read: MDX or Markdown, and the language its prose cites scripture in (English when absent). */
export interface BodyFactsOptions {
  mdx?: boolean;
  scripture?: ScriptureLanguage;
}

const finders = new Map<ScriptureLanguage, ReferenceFinder>();

/** The in-text finder of a language, made once (its tables are compiled when made). */
function finderOf(language: ScriptureLanguage | undefined): ReferenceFinder {
  if (!language || language.code === 'en') return findReferencesInText;
  let finder = finders.get(language);
  if (!finder) finders.set(language, (finder = createReferenceFinder(language)));
  return finder;
}

/** The facts of a body, from one parse. Throws MarkdownLimitError for bodies over the parser's limits. */
export function bodyFacts(body: string, options: BodyFactsOptions = {}): BodyFacts {
  logParse('facts', body);
  return factsFromTree(parseBody(body, options), options, body);
}

// Nodes whose source text is decoded (character references become characters) before it reaches the page.
const DECODED_TEXT = new Set(['text', 'link', 'image', 'definition', 'linkReference', 'imageReference']);

/** The facts of an already parsed body (the differential test passes remark's tree here); `body` is its source, for character references. */
export function factsFromTree(root: Root, options: BodyFactsOptions = {}, body?: string): BodyFacts {
  const text = treeToPlainText(root);
  const headings: BodyFacts['headings'] = [];
  const rawHtml: RawHtmlFinding[] = [];
  const links: LinkFact[] = [];
  const mdxCode: MdxCodeFact[] = [];
  const pictures: PictureFact[] = [];
  const elements: ElementFact[] = [];
  const encodedCharacters: EncodedCharacterFact[] = [];
  // Offsets of references already reported: a link's range holds its text's.
  const referencesSeen = new Set<number>();
  // Images written by reference (`![alt][logo]` with `[logo]: https://…`) load the definition's address.
  const definitions = new Map<string, string>();
  const imageReferences: { identifier: string; line: number }[] = [];
  eachNode(root, (node) => {
    const line = node.position?.start.line ?? 1;
    if (body !== undefined && DECODED_TEXT.has(node.type) && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      const start = node.position.start.offset;
      const source = body.slice(start, node.position.end.offset);
      if (source.includes('&')) {
        for (const found of hiddenReferences(source)) {
          if (referencesSeen.has(start + found.offset)) continue;
          referencesSeen.add(start + found.offset);
          encodedCharacters.push({ line: line + source.slice(0, found.offset).split('\n').length - 1, written: found.written, codePoint: found.codePoint });
        }
      }
    }
    switch (node.type) {
      case 'heading':
        headings.push({ depth: node.depth, text: treeToPlainText({ type: 'root', children: node.children } as Root), line });
        break;
      case 'html': {
        // In MDX, HTML is JSX and compiled as code; the raw-HTML rule is for Markdown.
        if (options.mdx) break;
        const verdict = readRawHtml(node.value);
        if (!verdict.commentsOnly) rawHtml.push({ line, html: node.value, reason: verdict.reason, detail: verdict.detail });
        if (verdict.tags.length) {
          const tags = htmlTagFacts(verdict.tags, line);
          elements.push(...tags.elements);
          encodedCharacters.push(...tags.encoded);
        }
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
        if (options.mdx) {
          const facts = mdxNodeFacts(node, line);
          mdxCode.push(...facts.code);
          elements.push(...facts.elements);
          encodedCharacters.push(...facts.encoded);
        }
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
  const citations = finderOf(options.scripture)(text).map((found) => ({ reference: found.text, display: found.display, passages: found.passages }));
  encodedCharacters.sort((a, b) => a.line - b.line);
  return { text, runs: textRunsOf(root), words: countWords(text), opening: openingOf(text, OPENING_CHARS), opensWithQuote: opensWithQuote(root, options), headings, rawHtml, links, pictures, citations, mdxCode, elements, encodedCharacters };
}

/**
 * True when the first block a reader sees is a block quotation, as `npm run new` writes the news
 * excerpt (`> …`). MDX imports and exports and Markdown comments show nothing, so they are passed over.
 */
function opensWithQuote(root: Root, options: BodyFactsOptions): boolean {
  for (const node of root.children) {
    if (node.type === 'mdxjsEsm') continue;
    if (node.type === 'html' && !options.mdx && readRawHtml(node.value).commentsOnly) continue;
    return node.type === 'blockquote';
  }
  return false;
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
