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
}

/** Lists and reads every content file under `root`, in a stable order. Dotfiles are ignored, as the glob loader ignores them. */
export function loadContentFiles(root: string): ContentFiles {
  const articlePaths = walk(join(root, ARTICLES_DIR));
  const articles: SourceFile[] = [];
  const otherFiles: string[] = [];
  for (const abs of articlePaths) {
    const rel = toPosix(relative(root, abs));
    if (ARTICLE_EXTENSIONS.some((ext) => abs.endsWith(ext))) articles.push({ path: rel, text: readFileSync(abs, 'utf8') });
    else otherFiles.push(rel);
  }
  const authorDir = join(root, AUTHORS_DIR);
  const authors: SourceFile[] = [];
  for (const abs of walk(authorDir)) {
    const rel = toPosix(relative(root, abs));
    if (abs.endsWith('.md') && !relative(authorDir, abs).includes(sep)) authors.push({ path: rel, text: readFileSync(abs, 'utf8') });
    else otherFiles.push(rel);
  }
  return { articles, authors, otherFiles };
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
