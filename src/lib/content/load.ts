/** Reads the content folders from disk (Node only). */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ARTICLES_DIR, AUTHORS_DIR, ARTICLE_EXTENSIONS } from './layout.ts';
import type { SourceFile } from './validate.ts';

export interface ContentFiles {
  articles: SourceFile[];
  authors: SourceFile[];
  /** Files under content/articles/ that are not .md/.mdx: reported, never silently skipped. */
  otherFiles: string[];
  /** Whether a path relative to the project root is an existing file (for MDX imports). */
  fileExists: (path: string) => boolean;
}

/** Lists and reads every content file under `root`, in a stable order. Dotfiles are ignored, as the glob loader ignores them. */
export function loadContentFiles(root: string): ContentFiles {
  const articlePaths = walk(join(root, ARTICLES_DIR));
  const articles: SourceFile[] = [];
  const otherFiles: string[] = [];
  for (const abs of articlePaths) {
    const rel = toPosix(relative(root, abs));
    if (ARTICLE_EXTENSIONS.some((ext) => abs.endsWith(ext))) articles.push(readSource(abs, rel));
    else otherFiles.push(rel);
  }
  const authorDir = join(root, AUTHORS_DIR);
  const authors: SourceFile[] = [];
  for (const abs of walk(authorDir)) {
    const rel = toPosix(relative(root, abs));
    if (abs.endsWith('.md') && !relative(authorDir, abs).includes(sep)) authors.push(readSource(abs, rel));
    else otherFiles.push(rel);
  }
  const fileExists = (path: string): boolean => {
    try {
      return statSync(join(root, path)).isFile();
    } catch {
      return false;
    }
  };
  return { articles, authors, otherFiles, fileExists };
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

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) out.push(...walk(abs));
    else out.push(abs);
  }
  return out;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
