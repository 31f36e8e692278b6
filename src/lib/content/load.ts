/** Reads the content folders from disk (Node only). */
import { lstatSync, readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ARTICLES_DIR, AUTHORS_DIR, PEOPLE_DIR, ARTICLE_EXTENSIONS, IMAGE_EXTENSIONS, MAX_FILE_BYTES } from './layout.ts';
import { decodeText } from '../files/decode-text.ts';
import { readLimited } from '../files/read-limited.ts';
import { compareText } from '../text/text-order.ts';

/** A content file as read from disk. */
export interface SourceFile {
  /** Path relative to the project root, forward slashes. */
  path: string;
  text: string;
  /** Set when the file's bytes are not valid UTF-8: where the first bad byte is (text is then a lossy decode). */
  invalidUtf8?: { offset: number; line: number; column: number; byte: number; latin1?: string | undefined };
}

/** A file under content/ that cannot become a page, and why: reported, never skipped in silence. */
export interface SkippedFile {
  path: string;
  /** Where it goes wrong: the file's place or kind, its size, or its encoding (each its own rule). */
  reason: 'layout' | 'size' | 'encoding';
  message: string;
  fix: string;
}

export interface ContentFiles {
  articles: SourceFile[];
  authors: SourceFile[];
  /** content/authors/<lang>/<id>.md: an author's bio in another edition (the rule author-bio checks both names). */
  bios: SourceFile[];
  /** content/people/<slug>.md: optional notes on people quoted. */
  people: SourceFile[];
  /** Files under content/ that are not articles or authors, links, hidden or too large files. */
  skipped: SkippedFile[];
  /** Whether a path relative to the project root is an existing file (for MDX imports). */
  fileExists: (path: string) => boolean;
}

/**
 * Lists and reads every content file under `root`, in a stable order. Files that cannot be content
 * (another extension, an author file in a sub-folder, a symbolic link, a hidden Markdown file,
 * a file over MAX_FILE_BYTES) are returned as `skipped` with the reason; hidden files that are
 * not Markdown (.DS_Store, .gitkeep) are operating-system or editor files and are ignored.
 */
export function loadContentFiles(root: string): ContentFiles {
  const skipped: SkippedFile[] = [];
  const articles: SourceFile[] = [];
  for (const entry of walk(root, join(root, ARTICLES_DIR), skipped)) {
    if (ARTICLE_EXTENSIONS.some((ext) => entry.rel.endsWith(ext))) {
      const read = readChecked(entry.abs, entry.rel, skipped);
      if (read) articles.push(read);
    } else if (IMAGE_EXTENSIONS.some((ext) => entry.rel.toLowerCase().endsWith(ext))) {
      // Images beside an article are its pictures (`![alt](./photo.jpg)`), published through Astro's image pipeline.
      continue;
    } else {
      skipped.push({ path: entry.rel, reason: 'layout', message: `is not an article: only .md and .mdx files under content/articles/ become pages (and images, ${IMAGE_EXTENSIONS.join(' ')}, are their pictures)`, fix: 'rename it to .md or .mdx, or move it out of content/' });
    }
  }
  const authorDir = join(root, AUTHORS_DIR);
  const authors: SourceFile[] = [];
  const bios: SourceFile[] = [];
  for (const entry of walk(root, authorDir, skipped)) {
    const depth = relative(authorDir, entry.abs).split(sep).length - 1;
    if (depth === 1 && entry.rel.endsWith('.md')) {
      // content/authors/<lang>/<id>.md: a bio in another edition.
      const read = readChecked(entry.abs, entry.rel, skipped);
      if (read) bios.push(read);
    } else if (depth > 0) {
      skipped.push({ path: entry.rel, reason: 'layout', message: 'is not an author file or a bio: authors are content/authors/<id>.md, bios in another edition content/authors/<lang>/<id>.md', fix: `move it to ${AUTHORS_DIR}/${entry.rel.split('/').pop()!.replace(/\.mdx$/, '.md')}` });
    } else if (entry.rel.endsWith('.mdx')) {
      skipped.push({ path: entry.rel, reason: 'layout', message: 'is an MDX file: author files are Markdown (.md), a biography is not code', fix: `rename it to ${entry.rel.replace(/\.mdx$/, '.md')}` });
    } else if (entry.rel.endsWith('.md')) {
      const read = readChecked(entry.abs, entry.rel, skipped);
      if (read) authors.push(read);
    } else {
      skipped.push({ path: entry.rel, reason: 'layout', message: 'is not an author file: authors are content/authors/<id>.md', fix: 'rename it to .md, or move it out of content/' });
    }
  }
  // People files follow the author files' rules: Markdown, flat, the file name is the id.
  const peopleDir = join(root, PEOPLE_DIR);
  const people: SourceFile[] = [];
  for (const entry of walk(root, peopleDir, skipped)) {
    if (relative(peopleDir, entry.abs).includes(sep) || !entry.rel.endsWith('.md')) {
      skipped.push({ path: entry.rel, reason: 'layout', message: 'is not a person file: people quoted are content/people/<slug>.md', fix: `move or rename it to ${PEOPLE_DIR}/${entry.rel.split('/').pop()!.replace(/\.[^.]*$/, '')}.md, or out of content/` });
      continue;
    }
    const read = readChecked(entry.abs, entry.rel, skipped);
    if (read) people.push(read);
  }
  const fileExists = (path: string): boolean => {
    try {
      return statSync(join(root, path)).isFile();
    } catch {
      return false;
    }
  };
  return { articles, authors, bios, people, skipped, fileExists };
}

/**
 * Reads a file unless it is larger than any article can be: checked on the open file, which must
 * still be the regular file the walk listed (src/lib/files/read-limited.ts), before it is read.
 */
function readChecked(abs: string, rel: string, skipped: SkippedFile[]): SourceFile | undefined {
  const read = readLimited(abs, { maxBytes: MAX_FILE_BYTES, noFollow: true });
  if (!read.ok && read.reason === 'too-large') {
    skipped.push({
      path: rel,
      reason: 'size',
      message: `is ${(read.size ?? 0).toLocaleString('en')} bytes, more than the ${MAX_FILE_BYTES.toLocaleString('en')} a content file may have`,
      fix: 'split it into several articles; real articles are far smaller',
    });
    return undefined;
  }
  if (!read.ok) {
    skipped.push({ path: rel, reason: 'layout', message: read.message, fix: 'replace it with a regular file, or remove it from content/' });
    return undefined;
  }
  const bytes = read.bytes;
  // Astro reads content as UTF-8: a UTF-16 file would be published as garbage, a binary one is not text.
  const decoded = decodeText(bytes);
  if (decoded.ok && decoded.encoding !== 'utf-8') {
    skipped.push({ path: rel, reason: 'encoding', message: `is saved as ${decoded.encoding.toUpperCase()}; content files must be UTF-8`, fix: 'save it as UTF-8 in your editor' });
    return undefined;
  }
  // Valid UTF-8 is decoded once; only invalid bytes go on to decodeSource, which locates the first one.
  if (decoded.ok) return { path: rel, text: decoded.text };
  if (!decoded.ok && /not text/.test(decoded.message)) {
    skipped.push({ path: rel, reason: 'encoding', message: decoded.message.replace(/^the file/, 'the file'), fix: 'content files are Markdown text saved as UTF-8; remove this file or replace it' });
    return undefined;
  }
  return decodeSource(rel, bytes);
}

/** Reads a file as UTF-8; invalid bytes are recorded (and reported by validation), never silently replaced. */
export function readSource(abs: string, rel: string): SourceFile {
  return decodeSource(rel, readFileSync(abs));
}

/** Decodes file bytes as strict UTF-8, recording where the first invalid byte is. */
export function decodeSource(path: string, bytes: Uint8Array): SourceFile {
  try {
    return { path, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    return { path, text, invalidUtf8: locateInvalidUtf8(text, bytes) };
  }
}

/**
 * Finds the first byte the lenient decode turned into U+FFFD although the file did not contain
 * U+FFFD (EF BF BD) there. Everything before it decoded cleanly, so its UTF-8 length is its offset.
 */
function locateInvalidUtf8(text: string, bytes: Uint8Array): NonNullable<SourceFile['invalidUtf8']> {
  const encoder = new TextEncoder();
  let index = text.indexOf('\uFFFD');
  let offset = 0;
  let counted = 0;
  while (index !== -1) {
    offset += encoder.encode(text.slice(counted, index)).length;
    counted = index;
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) break;
    offset += 3;
    counted = index + 1;
    index = text.indexOf('\uFFFD', counted);
  }
  if (index === -1) index = text.length;
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  // Editors do not show a byte-order mark, so it does not count as a column.
  const column = index - before.lastIndexOf('\n') - (line === 1 && text.startsWith('\uFEFF') ? 1 : 0);
  const byte = bytes[offset] ?? 0;
  return { offset, line, column, byte, latin1: byte >= 0xa0 ? String.fromCharCode(byte) : undefined };
}

/**
 * Every file under `dir`, sorted by code unit (the same on every machine). Symbolic links are not
 * followed: a link could publish a file from outside the repository, or loop; each is reported.
 */
function walk(root: string, dir: string, skipped: SkippedFile[]): { abs: string; rel: string }[] {
  if (!existsSync(dir)) return [];
  const out: { abs: string; rel: string }[] = [];
  const names = readdirSync(dir).sort(compareText);
  for (const name of names) {
    const abs = join(dir, name);
    const rel = toPosix(relative(root, abs));
    const stat = lstatSync(abs);
    if (stat.isSymbolicLink()) {
      skipped.push({ path: rel, reason: 'layout', message: 'is a symbolic link: content must be real files and folders in the repository', fix: 'replace the link with the file (or folder) itself' });
      continue;
    }
    if (name.startsWith('.')) {
      // Hidden Markdown would silently not be published (the content loader skips it).
      if (stat.isDirectory() ? containsMarkdown(abs) : /\.mdx?$/i.test(name)) {
        skipped.push({ path: rel, reason: 'layout', message: 'is hidden (its name starts with a dot), so it would never be published', fix: `rename it without the leading dot, or move it out of content/` });
      }
      continue;
    }
    if (stat.isDirectory()) out.push(...walk(root, abs, skipped));
    else if (stat.isFile()) out.push({ abs, rel });
    else skipped.push({ path: rel, reason: 'layout', message: 'is not a regular file', fix: 'remove it from content/' });
  }
  return out;
}

function containsMarkdown(dir: string): boolean {
  try {
    return readdirSync(dir, { recursive: true }).some((name) => /\.mdx?$/i.test(String(name)));
  } catch {
    return false;
  }
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
