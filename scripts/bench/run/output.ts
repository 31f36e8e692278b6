// What a build wrote: sizes, files by kind, HTML, article and indexed pages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countFiles, treeSize } from '../measure.ts';
import type { SiteOutput } from '../report/index.ts';

/** Files a deploy uploads, by kind: HTML pages, Open Graph images, Pagefind's files, everything else. */
export function filesByKind(dist: string): Record<string, number> {
  const all = treeSize(dist).files;
  const html = countFiles(dist, '.html');
  const og = existsSync(join(dist, 'og')) ? treeSize(join(dist, 'og')).files : 0;
  const pagefind = treeSize(join(dist, 'pagefind')).files;
  return { 'HTML pages': html, 'Open Graph images': og, 'Pagefind files': pagefind, 'other files': all - html - og - pagefind };
}

/** `editionFolders`: the folders of the other editions (`de`), whose article pages are under `<lang>/articles/`. */
export function outputOf(dist: string, editionFolders: readonly string[] = []): SiteOutput {
  const all = treeSize(dist);
  const pagefind = treeSize(join(dist, 'pagefind'));
  const pagesIn = (articlesDir: string) => (existsSync(articlesDir) ? readdirSync(articlesDir).filter((n) => existsSync(join(articlesDir, n, 'index.html'))).length : 0);
  const articlePages = pagesIn(join(dist, 'articles')) + editionFolders.reduce((sum, lang) => sum + pagesIn(join(dist, lang, 'articles')), 0);
  const out: SiteOutput = {
    distBytes: all.bytes,
    distFiles: all.files,
    pagefindBytes: pagefind.bytes,
    pagefindFiles: pagefind.files,
    htmlPages: countFiles(dist, '.html'),
    articlePages,
    filesByKind: filesByKind(dist),
  };
  const entry = join(dist, 'pagefind/pagefind-entry.json');
  if (existsSync(entry)) {
    const json = JSON.parse(readFileSync(entry, 'utf8')) as { languages: Record<string, { page_count: number }> };
    out.indexedPages = Object.values(json.languages).reduce((sum, l) => sum + l.page_count, 0);
  }
  return out;
}
