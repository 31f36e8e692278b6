/** The top of a house-style text: paragraphs, the title line with its kicker, the author line and the commentary line. */
import { fileIdFrom } from '../text/slug.ts';
import { collapse, looksLikeName, sameName, titleCase } from './names.ts';
import { ImportError, step, type ImportOptions, type KnownAuthor, type Step } from './types.ts';

const TITLE_LINE = /^(\p{Lu}[\p{Lu}\p{N} .,&'’/()-]*?)\s+[-\u2013\u2014]\s+(\S.*)$/u;
const COMMENTARY_LINE = /^(?:(.{1,80}?)['’]s\s+)?commentary:?$/iu;

/** Lines without trailing spaces, grouped into paragraphs at blank lines (or one per line when there are none). */
export function toBlocks(input: string): string[][] {
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

export interface TitleLine {
  title: string;
  kicker?: string;
  /** The file name: the title's slug. */
  id: string;
}

/** The first line: an optional `REGION - ` kicker and the title; `--kicker` when the line has no region. */
export function titleStep(line: string, options: Pick<ImportOptions, 'kicker'>): Step<TitleLine> {
  const found: string[] = [];
  const titleLine = collapse(line);
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
  return step(kicker ? { title, kicker, id } : { title, id }, found);
}

export interface AuthorLine {
  /** The name on the line under the title, if there is one. */
  name?: string;
  /** The line began with `By `, which confirms it is a name. */
  hasBy: boolean;
  /** The paragraphs after the header. */
  paragraphs: string[][];
}

/** The line after the title (same paragraph or its own) when it is an author's name. */
export function authorLineStep(afterTitle: readonly string[], rest: readonly string[][], authors: readonly KnownAuthor[]): Step<AuthorLine> {
  const paragraphs: string[][] = [...rest];
  const first = afterTitle[0];
  if (first !== undefined) {
    const name = authorName(first, authors);
    if (!name) return step({ hasBy: false, paragraphs: [[...afterTitle], ...paragraphs] });
    const after = afterTitle.length > 1 ? [afterTitle.slice(1)] : [];
    return step({ name, hasBy: /^by\s/iu.test(first), paragraphs: [...after, ...paragraphs] });
  }
  const own = paragraphs[0];
  if (own?.length === 1 && paragraphs.length > 1) {
    const line = own[0] ?? '';
    const name = authorName(line, authors);
    if (name && !COMMENTARY_LINE.test(line)) return step({ name, hasBy: /^by\s/iu.test(line), paragraphs: paragraphs.slice(1) });
  }
  return step({ hasBy: false, paragraphs });
}

export interface CommentaryLine {
  /** Index of the paragraph that is the commentary line; -1 without one. */
  index: number;
  line?: string;
  /** The name in `<Name>’s Commentary`. */
  name?: string;
}

/** The paragraph that is only `<Name>’s Commentary` (or `Commentary`). */
export function commentaryStep(paragraphs: readonly string[][]): Step<CommentaryLine> {
  const index = paragraphs.findIndex((p) => p.length === 1 && isCommentaryLine(p[0] ?? ''));
  if (index < 0) return step({ index });
  const line = collapse(paragraphs[index]?.[0] ?? '');
  const name = COMMENTARY_LINE.exec(line)?.[1]?.trim();
  return step(name ? { index, line, name } : { index, line });
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
