/** The top of a house-style text: paragraphs, the title line with its kicker, the author line and the commentary line. */
import { fileIdFrom } from '../text/slug.ts';
import { ENGLISH_IMPORT } from './language-en.ts';
import type { ImporterLanguage } from './language.ts';
import { collapse, looksLikeName, sameName, titleCase } from './names.ts';
import { ImportError, step, type ImportOptions, type KnownAuthor, type Step } from './types.ts';

const TITLE_LINE = /^(\p{Lu}[\p{Lu}\p{N} .,&'’/()-]*?)\s+[-\u2013\u2014]\s+(\S.*)$/u;
/** What a name in a commentary line looks like: a capital, then letters, spaces, dots, apostrophes, hyphens. */
const NAME_SHAPE = /^\p{Lu}[\p{L}\p{M} .'’-]*$/u;

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
export function titleStep(line: string, options: Pick<ImportOptions, 'kicker'>, language: ImporterLanguage = ENGLISH_IMPORT): Step<TitleLine> {
  const found: string[] = [];
  const titleLine = collapse(line);
  const titleMatch = TITLE_LINE.exec(titleLine);
  const region = titleMatch?.[1];
  const isRegion = region !== undefined && region.length <= 60 && !/\p{Ll}/u.test(region) && (region.match(/\p{Lu}/gu) ?? []).length >= 2;
  const title = isRegion ? (titleMatch?.[2] ?? '').trim() : titleLine;
  let kicker: string | undefined;
  if (isRegion && region) {
    kicker = titleCase(region, language);
    found.push(`kicker: ${kicker} (from “${region}”)`);
  } else if (options.kicker) {
    kicker = options.kicker;
    found.push(`kicker: ${kicker} (from --kicker)`);
  } else found.push('kicker: none (optional; no upper-case region before the title, and no --kicker)');
  if (isRegion && options.kicker && options.kicker !== kicker) found.push(`--kicker ${options.kicker} not used: the title line gives “${region}”`);
  found.push(`title: ${title}`);
  const id = fileIdFrom(title, language.slug);
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
export function authorLineStep(afterTitle: readonly string[], rest: readonly string[][], authors: readonly KnownAuthor[], language: ImporterLanguage = ENGLISH_IMPORT): Step<AuthorLine> {
  const paragraphs: string[][] = [...rest];
  const byline = new RegExp(`^${language.byline}`, 'iu');
  const first = afterTitle[0];
  if (first !== undefined) {
    const name = authorName(first, authors, language);
    if (!name) return step({ hasBy: false, paragraphs: [[...afterTitle], ...paragraphs] });
    const after = afterTitle.length > 1 ? [afterTitle.slice(1)] : [];
    return step({ name, hasBy: byline.test(first), paragraphs: [...after, ...paragraphs] });
  }
  const own = paragraphs[0];
  if (own?.length === 1 && paragraphs.length > 1) {
    const line = own[0] ?? '';
    const name = authorName(line, authors, language);
    if (name && !commentaryLine(line, language, authors)) return step({ name, hasBy: byline.test(line), paragraphs: paragraphs.slice(1) });
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

/** The paragraph that is only `<Name>’s Commentary` (or `Commentary`; German `Kommentar von <Name>`, `Kommentar`). */
export function commentaryStep(paragraphs: readonly string[][], language: ImporterLanguage = ENGLISH_IMPORT, authors: readonly KnownAuthor[] = []): Step<CommentaryLine> {
  const index = paragraphs.findIndex((p) => p.length === 1 && commentaryLine(p[0] ?? '', language, authors) !== undefined);
  if (index < 0) return step({ index });
  const line = collapse(paragraphs[index]?.[0] ?? '');
  const name = commentaryLine(line, language, authors)?.name;
  return step(name ? { index, line, name } : { index, line });
}

/**
 * The line read as a commentary line, with the name in it; undefined when it is not one. A German
 * genitive without an apostrophe (`Jana Roes Kommentar`) gives a name only when a known author
 * has it, with or without the final `s`: the importer does not guess which `s` it is.
 */
function commentaryLine(text: string, language: ImporterLanguage, authors: readonly KnownAuthor[]): { name?: string } | undefined {
  const match = language.commentary.exec(collapse(text));
  if (!match) return undefined;
  const groups = match.groups ?? {};
  const written = groups['name'] ?? groups['name2'];
  if (written !== undefined) return NAME_SHAPE.test(written) ? { name: written.trim() } : undefined;
  const genitive = groups['genitive'];
  if (genitive === undefined) return {};
  if (!NAME_SHAPE.test(genitive)) return undefined;
  const known = [genitive.slice(0, -1), genitive].find((candidate) => authors.some((a) => sameName(a.name, candidate)));
  return known ? { name: known } : {};
}

/** The author's name if the line is one: a known author's name, or a line that is only a name. */
function authorName(line: string, authors: readonly KnownAuthor[], language: ImporterLanguage): string | undefined {
  const bare = collapse(line).replace(new RegExp(`^${language.byline}`, 'iu'), '');
  const known = authors.find((a) => sameName(a.name, bare));
  if (known) return bare;
  if (commentaryLine(line, language, authors)) return undefined;
  return looksLikeName(line, language);
}
