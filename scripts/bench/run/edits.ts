// The edits the warm rebuilds make: the same file change in both roots, a different one each run.
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateArticle, type ArticleInfo } from '../corpus/index.ts';
import type { WarmScenario } from '../report/index.ts';
import type { Root } from './roots.ts';

/** What each scenario changes, for the progress lines and the report. */
export const SCENARIO_LABELS: Record<WarmScenario, string> = {
  edit: 'one sentence appended to an article’s body',
  title: 'one article’s title changed',
  add: 'one article added',
  delete: 'one article deleted',
};

/** English, published Markdown articles (their files are `articles/<year>/<id>.md`); never the MDX or German ones. */
function plainArticles(articles: readonly ArticleInfo[]): ArticleInfo[] {
  return articles.filter((a) => !a.draft && !a.mdx && (a.lang ?? 'en') === 'en');
}

/** The article whose body every run appends to (the first plain one), and the one whose title changes (the second). */
const bodyTarget = (articles: readonly ArticleInfo[]) => plainArticles(articles)[0]!;
const titleTarget = (articles: readonly ArticleInfo[]) => plainArticles(articles)[1]!;

export function findArticleFile(contentDir: string, id: string): string | undefined {
  const dir = join(contentDir, 'articles');
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, entry.name, `${id}.md`);
    if (entry.isDirectory() && existsSync(abs)) return abs;
  }
  return undefined;
}

function articleFile(root: Root, id: string): string {
  const file = findArticleFile(join(root.dir, 'content'), id);
  if (!file) throw new Error(`no article file ${id}.md under ${join(root.dir, 'content/articles')}`);
  return file;
}

/** Appends a sentence to one published Markdown article of every root. */
export function editOneArticle(roots: readonly Root[], articles: readonly ArticleInfo[], run: number): void {
  const target = bodyTarget(articles);
  for (const root of roots) appendFileSync(articleFile(root, target.id), `\nThis sentence was added for the rebuild benchmark, edit number ${run + 1}.\n`);
}

/** Rewrites the `title:` line of one published article of every root (its id, from the file name, stays). */
export function retitleOneArticle(roots: readonly Root[], articles: readonly ArticleInfo[], run: number): void {
  const target = titleTarget(articles);
  for (const root of roots) {
    const file = articleFile(root, target.id);
    const text = readFileSync(file, 'utf8');
    const changed = text.replace(/^title: .*$/m, `title: ${JSON.stringify(`Retitled for the rebuild benchmark, edit number ${run + 1}`)}`);
    if (changed === text) throw new Error(`${file}: no title line to change`);
    writeFileSync(file, changed);
  }
}

/** Adds article number `size + run` (a new one, from the same generator) to every root. */
export function addOneArticle(roots: readonly Root[], seed: number, size: number, run: number, german = 0): void {
  let index = size + run;
  while (generateArticle(seed, index, { german }).info.draft) index++;
  const { file } = generateArticle(seed, index, { german });
  for (const root of roots) {
    const abs = join(root.dir, 'content', file.path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, file.text);
  }
}

/**
 * Deletes one published article of every root that no other file links to (a link to it would be a broken link
 * once it is gone, which the build rightly refuses), that nothing translates, and that the other scenarios do not
 * edit: the newest such article, scanning down from the last index. Returns its id.
 */
export function deleteOneArticle(roots: readonly Root[], articles: readonly ArticleInfo[]): string {
  const [first] = roots;
  if (!first) throw new Error('no root to delete an article from');
  const contentDir = join(first.dir, 'content');
  const texts = allContentTexts(contentDir);
  const translated = new Set(articles.flatMap((a) => (a.translationOf ? [a.translationOf.replace(/^en\//, '')] : [])));
  const kept = new Set([bodyTarget(articles).id, titleTarget(articles).id]);
  const candidates = plainArticles(articles).filter((a) => !kept.has(a.id) && !translated.has(a.id)).reverse();
  for (const candidate of candidates) {
    const own = findArticleFile(contentDir, candidate.id);
    if (!own) continue; // deleted by an earlier run
    const linked = texts.some(([file, text]) => file !== own && (text.includes(`/${candidate.id}/`) || text.includes(`/${candidate.id})`)));
    if (linked) continue;
    for (const root of roots) rmSync(articleFile(root, candidate.id));
    return candidate.id;
  }
  throw new Error('no article that nothing links to is left to delete');
}

function allContentTexts(dir: string): [string, string][] {
  const out: [string, string][] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.(md|mdx|ya?ml)$/.test(entry.name)) {
      const file = join(entry.parentPath, entry.name);
      out.push([file, readFileSync(file, 'utf8')]);
    }
  }
  return out;
}
