/**
 * Plain-text article (house style) → contract Markdown. Pure: text and the known authors in, the
 * frontmatter, the body, a possible new author and a found/to-do summary out. No file system.
 *
 * House style, top to bottom:
 *
 *     NORTH KOREA - Title of the article        ← `REGION - ` (hyphen, en or em dash) is optional
 *     Jane Roe                                  ← optional author line
 *
 *     News excerpt paragraphs … , 14 September 2023.
 *
 *     Jane Roe’s Commentary                     ← optional; the paragraphs above become a blockquote
 *
 *     Commentary paragraphs …
 *
 *     Jane Roe is the director of …             ← optional closing bio paragraph
 *
 * Paragraphs are separated by blank lines; a text with no blank line at all has one paragraph per line.
 * Every rule, with examples, and the placeholder strategy are described in README.md next to this file.
 */
import { fileIdFrom } from '../slug.ts';
import { dateAtEnd } from './dates.ts';
import { blockquote, escapeLine, paragraph } from './markdown.ts';
import { collapse, looksLikeName, sameName, titleCase } from './names.ts';
import { quotedParagraph, scanQuotes, type FoundQuote } from './quotes.ts';
import { findScripture, type ReferenceContext } from './scripture.ts';
import { renderArticle, renderAuthor } from './render.ts';

export interface KnownAuthor {
  /** File name without `.md` in content/authors/. */
  id: string;
  /** The `name` in its frontmatter. */
  name: string;
}

export interface ImportOptions {
  /** Authors in content/authors/, to match the author line against. */
  authors: readonly KnownAuthor[];
  /** Fallbacks for what the text does not say (the CLI flags of the same names). */
  author?: string;
  source?: string;
  date?: string;
  kicker?: string;
}

export interface ImportedQuote {
  text: string;
  speaker: string;
  role?: string;
}

/** Frontmatter in contract order; a required field the importer could not fill is absent. */
export interface ImportedFrontmatter {
  title: string;
  kicker?: string;
  date?: string;
  author?: string;
  source?: string;
  scripture?: string[];
  quotes?: ImportedQuote[];
}

export interface NewAuthor {
  id: string;
  name: string;
  /** The closing paragraph about the author, or a marked placeholder. */
  bio: string;
  placeholder: boolean;
  /** Text of content/authors/<id>.md. */
  markdown: string;
}

export interface ImportResult {
  /** File name without extension: the title's slug. */
  id: string;
  frontmatter: ImportedFrontmatter;
  body: string;
  /** The whole file: frontmatter (with `# TODO` comments where required fields are missing) and body. */
  markdown: string;
  newAuthor?: NewAuthor;
  /** What was recognised, one line each. */
  found: string[];
  /** What the author still has to do, one line each; empty when the file is complete. */
  todo: string[];
}

export class ImportError extends Error {}

type Section = 'excerpt' | 'commentary' | 'plain';
interface Paragraph {
  lines: string[];
  section: Section;
}

const TITLE_LINE = /^(\p{Lu}[\p{Lu}\p{N} .,&'’/()-]*?)\s+[-\u2013\u2014]\s+(\S.*)$/u;
const COMMENTARY_LINE = /^(?:(.{1,80}?)['’]s\s+)?commentary:?$/iu;

export function importArticle(input: string, options: ImportOptions): ImportResult {
  const found: string[] = [];
  const todo: string[] = [];
  const blocks = toBlocks(input);
  const [head, ...rest] = blocks;
  if (!head) throw new ImportError('the text is empty');

  // --- Title and kicker ------------------------------------------------------------------------
  const titleLine = collapse(head[0] ?? '');
  const titleMatch = TITLE_LINE.exec(titleLine);
  const region = titleMatch?.[1];
  const isRegion = region !== undefined && region.length <= 60 && !/\p{Ll}/u.test(region) && (region.match(/\p{Lu}/gu) ?? []).length >= 2;
  const title = isRegion ? (titleMatch?.[2] ?? '').trim() : titleLine;
  let kicker: string | undefined;
  if (isRegion && region) {
    kicker = titleCase(region);
    found.push(`kicker: ${kicker} (from “${region}”)`);
  } else if (options.kicker) {
    kicker = options.kicker;
    found.push(`kicker: ${kicker} (from --kicker)`);
  } else found.push('kicker: none (optional; no upper-case region before the title, and no --kicker)');
  if (isRegion && options.kicker && options.kicker !== kicker) found.push(`--kicker ${options.kicker} not used: the title line gives “${region}”`);
  found.push(`title: ${title}`);
  const id = fileIdFrom(title);
  if (!id) throw new ImportError(`the title “${title}” has no letters or digits to make a file name from`);

  // --- Author line -----------------------------------------------------------------------------
  let authorLine: string | undefined;
  let authorLineHasBy = false;
  const afterTitle = head.slice(1);
  let paragraphs: string[][] = [...rest];
  if (afterTitle.length > 0) {
    const name = authorName(afterTitle[0] ?? '', options.authors);
    if (name) {
      authorLine = name;
      authorLineHasBy = /^by\s/iu.test(afterTitle[0] ?? '');
      if (afterTitle.length > 1) paragraphs.unshift(afterTitle.slice(1));
    } else paragraphs.unshift(afterTitle);
  } else if (paragraphs[0]?.length === 1 && paragraphs.length > 1) {
    const name = authorName(paragraphs[0][0] ?? '', options.authors);
    if (name && !COMMENTARY_LINE.test(paragraphs[0][0] ?? '')) {
      authorLine = name;
      authorLineHasBy = /^by\s/iu.test(paragraphs[0][0] ?? '');
      paragraphs = paragraphs.slice(1);
    }
  }

  // --- Commentary line -------------------------------------------------------------------------
  const commentaryIndex = paragraphs.findIndex((p) => p.length === 1 && isCommentaryLine(p[0] ?? ''));
  const commentaryLine = commentaryIndex >= 0 ? collapse(paragraphs[commentaryIndex]?.[0] ?? '') : undefined;
  const commentaryName = commentaryLine ? COMMENTARY_LINE.exec(commentaryLine)?.[1]?.trim() : undefined;

  // --- Author ----------------------------------------------------------------------------------
  const author = resolveAuthor(authorLine, commentaryName, options, found, todo);

  // --- Closing bio paragraph -------------------------------------------------------------------
  let bio: string[] | undefined;
  const lastIndex = paragraphs.length - 1;
  const last = paragraphs[lastIndex];
  if (author.name && last && lastIndex > 0 && lastIndex > commentaryIndex && startsWithName(last.join(' '), author.name)) {
    bio = last;
    paragraphs = paragraphs.slice(0, lastIndex);
  }

  let newAuthor: NewAuthor | undefined;
  if (author.create && author.id && author.name) {
    const placeholder = !bio;
    const bioText = bio
      ? bio.map((line) => line.trim()).join('\n')
      : `TODO: write a short biography of ${author.name}. (The imported text had no closing paragraph beginning with “${author.name}”.)`;
    newAuthor = { id: author.id, name: author.name, bio: bioText, placeholder, markdown: renderAuthor(author.name, bioText) };
    found.push(
      `author: ${author.id} (new: content/authors/${author.id}.md for “${author.name}”, ${bio ? 'bio from the closing paragraph' : 'with a placeholder bio'})`,
    );
    if (placeholder) todo.push(`author bio: content/authors/${author.id}.md has a placeholder biography (marked TODO); write two or three sentences about ${author.name}`);
    // A Title Case sub-heading can look like a name: say so unless the text confirms it.
    const confirmed = bio || authorLineHasBy || (commentaryName !== undefined && sameName(commentaryName, author.name));
    if (!confirmed) {
      todo.push(`author: “${author.name}” was read as the author's name only from the line under the title; if it is not a name, delete content/authors/${author.id}.md and set author`);
    }
  } else if (bio && author.id) {
    found.push(`bio: the closing paragraph about ${author.name} was left out of the article body (authors' biographies live in content/authors/)`);
    todo.push(`author bio: compare the closing paragraph of the text with content/authors/${author.id}.md and update that file if it is newer`);
  }

  // --- Sections --------------------------------------------------------------------------------
  const content: Paragraph[] = [];
  paragraphs.forEach((lines, index) => {
    if (index === commentaryIndex) return;
    const section: Section = commentaryIndex < 0 ? 'plain' : index < commentaryIndex ? 'excerpt' : 'commentary';
    content.push({ lines, section });
  });
  const excerptCount = content.filter((p) => p.section === 'excerpt').length;
  if (commentaryLine) {
    found.push(`excerpt: ${excerptCount} paragraph${excerptCount === 1 ? '' : 's'} quoted, then the heading “## ${commentaryLine}”`);
  } else {
    todo.push('commentary: no “<Name>’s Commentary” line, so nothing is marked as the news excerpt; put “> ” before the excerpt\'s lines and a “## Commentary” heading before your commentary');
  }

  // --- Date ------------------------------------------------------------------------------------
  const dateCandidates = content.filter((p) => (commentaryLine ? p.section === 'excerpt' : true));
  let date: string | undefined;
  for (let i = dateCandidates.length - 1; i >= 0 && !date; i--) {
    const result = dateAtEnd((dateCandidates[i]?.lines ?? []).join('\n'));
    if (!result) continue;
    if (result.ok) {
      date = result.found.date;
      found.push(`date: ${date} (from “${result.found.text}”)`);
      if (options.date && options.date !== date) found.push(`--date ${options.date} not used: the text gives “${result.found.text}”`);
    } else {
      todo.push(`date: “${result.text}” at the end of the excerpt is not a real day (${result.message})`);
      break;
    }
  }
  if (!date && options.date) {
    date = options.date;
    found.push(`date: ${date} (from --date)`);
  }
  if (!date) todo.push('date: no date at the end of the excerpt; add date: YYYY-MM-DD (or import with --date)');

  // --- Source ----------------------------------------------------------------------------------
  const source = options.source?.trim() || undefined;
  if (source) found.push(`source: ${source} (from --source)`);
  else todo.push('source: add the publication the news came from, e.g. source: Example Wire (or import with --source)');

  // --- Quotes ----------------------------------------------------------------------------------
  const scan = scanQuotes(content.map((p) => p.lines));
  const quotes: ImportedQuote[] = scan.quotes.map(({ text, speaker, role }: FoundQuote) => (role ? { text, speaker, role } : { text, speaker }));
  if (quotes.length) {
    found.push(`quotes: ${quotes.length} — ${quotes.map((q) => (q.role ? `${q.speaker} (${q.role})` : q.speaker)).join('; ')}`);
  } else found.push('quotes: none with a named speaker');
  const unattributed = scan.unattributed.filter((u) => (commentaryLine ? content[u.block]?.section === 'excerpt' : true));
  if (unattributed.length) {
    const list = unattributed.map((u) => `“${shorten(u.text)}”`).join(', ');
    todo.push(`quotes: ${unattributed.length} quotation${unattributed.length === 1 ? '' : 's'} without a recognised speaker (${list}); add to quotes by hand if they matter`);
  }

  // --- Scripture -------------------------------------------------------------------------------
  const scripture: string[] = [];
  let context: ReferenceContext = {};
  for (const text of [title, ...content.map((p) => p.lines.join('\n'))]) {
    const mentions = findScripture(text, context);
    context = mentions.context;
    for (const mention of mentions) if (!scripture.includes(mention.display)) scripture.push(mention.display);
  }
  found.push(`scripture: ${scripture.length ? scripture.join(', ') : 'none found'}`);

  // --- Output ----------------------------------------------------------------------------------
  const frontmatter: ImportedFrontmatter = { title };
  if (kicker) frontmatter.kicker = kicker;
  if (date) frontmatter.date = date;
  if (author.id) frontmatter.author = author.id;
  if (source) frontmatter.source = source;
  if (scripture.length) frontmatter.scripture = scripture;
  if (quotes.length) frontmatter.quotes = quotes;
  const body = renderBody(content, commentaryLine, scan);
  const result: ImportResult = { id, frontmatter, body, markdown: renderArticle(frontmatter, body), found, todo };
  if (newAuthor) result.newAuthor = newAuthor;
  return result;
}

/** Lines without trailing spaces, grouped into paragraphs at blank lines (or one per line when there are none). */
function toBlocks(input: string): string[][] {
  const lines = input.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n').split('\n').map((line) => line.replace(/\s+$/u, ''));
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line.trim());
  }
  if (current.length) blocks.push(current);
  if (blocks.length === 1 && (blocks[0]?.length ?? 0) > 2) return (blocks[0] ?? []).map((line) => [line]);
  return blocks;
}

function isCommentaryLine(line: string): boolean {
  const match = COMMENTARY_LINE.exec(collapse(line));
  if (!match) return false;
  return match[1] === undefined || /^\p{Lu}[\p{L}\p{M} .'’-]*$/u.test(match[1]);
}

/** The author's name if the line is one: a known author's name, or a line that is only a name. */
function authorName(line: string, authors: readonly KnownAuthor[]): string | undefined {
  const bare = collapse(line).replace(/^by\s+/iu, '');
  const known = authors.find((a) => sameName(a.name, bare));
  if (known) return bare;
  if (isCommentaryLine(line)) return undefined;
  return looksLikeName(line);
}

interface ResolvedAuthor {
  id?: string;
  name?: string;
  create: boolean;
}

function resolveAuthor(
  authorLine: string | undefined,
  commentaryName: string | undefined,
  options: ImportOptions,
  found: string[],
  todo: string[],
): ResolvedAuthor {
  const fromText = authorLine ?? commentaryName;
  const where = authorLine ? 'the author line' : 'the commentary heading';
  if (fromText) {
    const known = options.authors.find((a) => sameName(a.name, fromText));
    if (known) {
      found.push(`author: ${known.id} (matched “${fromText}” from ${where} to content/authors/${known.id}.md)`);
      if (options.author && options.author !== known.id) found.push(`--author ${options.author} not used: the text names ${fromText}`);
      return { id: known.id, name: known.name, create: false };
    }
    const words = fromText.split(' ').length;
    if (authorLine || words >= 2) {
      const id = fileIdFrom(fromText);
      const taken = options.authors.find((a) => a.id === id);
      if (taken || !id) {
        todo.push(
          `author: “${fromText}” is not in content/authors/ and the file name ${id}.md is taken by “${taken?.name ?? ''}”; add the author by hand and set author: <id>`,
        );
        return { create: false };
      }
      if (options.author) found.push(`--author ${options.author} not used: the text names ${fromText}, a new author`);
      return { id, name: fromText, create: true };
    }
  }
  if (options.author) {
    const known = options.authors.find((a) => a.id === options.author);
    found.push(`author: ${options.author} (from --author)`);
    return known ? { id: known.id, name: known.name, create: false } : { id: options.author, create: false };
  }
  const ids = options.authors.map((a) => a.id).join(', ') || '(none yet)';
  todo.push(`author: no author line; add author: <id> of a file in content/authors/ (known: ${ids}) or import with --author <id>`);
  return { create: false };
}

function startsWithName(text: string, name: string): boolean {
  const flat = collapse(text);
  return flat.length > name.length && sameName(flat.slice(0, name.length), name) && /^[\s,’']/u.test(flat.slice(name.length));
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** The Markdown body: excerpt as one blockquote, the commentary heading, then paragraphs with quote structure. */
function renderBody(content: readonly Paragraph[], commentaryLine: string | undefined, scan: ReturnType<typeof scanQuotes>): string {
  // Paragraph i as one or two Markdown paragraphs (a quote and its attribution line written together are split).
  const parts = (i: number): string[] => {
    const lines = content[i]?.lines ?? [];
    const split = scan.inlineAttribution.get(i);
    return split === undefined ? [paragraph(lines)] : [paragraph(lines.slice(0, split)), paragraph(lines.slice(split))];
  };
  const out: string[] = [];
  const excerpt = content.flatMap((p, i) => (p.section === 'excerpt' ? parts(i) : []));
  if (excerpt.length) out.push(blockquote(excerpt));
  if (commentaryLine) out.push(`## ${escapeLine(commentaryLine)}`);
  for (let i = 0; i < content.length; i++) {
    if (content[i]?.section === 'excerpt') continue;
    if (scan.inlineAttribution.has(i) || scan.announcedBlocks.has(i)) {
      out.push(blockquote(parts(i)));
    } else if (scan.attributionBlocks.has(i + 1) && quotedParagraph((content[i]?.lines ?? []).join('\n'))) {
      out.push(blockquote([...parts(i), ...parts(i + 1)]));
      i++;
    } else out.push(...parts(i));
  }
  return `${out.join('\n\n')}\n`;
}
