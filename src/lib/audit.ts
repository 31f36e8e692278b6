/** Post-build audit: every published article has exactly one page and no draft appears anywhere. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface AuditInput {
  publishedIds: readonly string[];
  draftIds: readonly string[];
}

/** Returns one sentence per mismatch; an empty list means the output is complete. */
export function auditBuild(distDir: string, input: AuditInput): string[] {
  const failures: string[] = [];
  const articlesDir = join(distDir, 'articles');
  const pages = existsSync(articlesDir)
    ? readdirSync(articlesDir).filter((name) => existsSync(join(articlesDir, name, 'index.html')))
    : [];
  const pageSet = new Set(pages);
  const expected = new Set(input.publishedIds);
  for (const id of expected) if (!pageSet.has(id)) failures.push(`article "${id}" has no page at /articles/${id}/`);
  for (const id of pageSet) if (!expected.has(id)) failures.push(`/articles/${id}/ was built but is not a published article`);
  if (pages.length !== expected.size) failures.push(`${expected.size} published articles but ${pages.length} article pages`);

  const files = listFiles(distDir);
  const maps = files.filter((file) => file.endsWith('.map'));
  if (maps.length) failures.push(`source maps shipped: ${maps.slice(0, 5).join(', ')}`);
  if (input.draftIds.length) {
    const textFiles = files.filter((file) => /\.(html|xml|json|txt|js)$/.test(file) && !file.includes('/pagefind/'));
    // One pass per file: collect every article link and quoted token, then look the drafts up,
    // so the cost grows with the output, not with drafts times files.
    const drafts = new Set(input.draftIds);
    for (const file of textFiles) {
      const text = readFileSync(join(distDir, file), 'utf8');
      const found = new Set<string>();
      for (const match of text.matchAll(/\/articles\/([^/"'\s<>]+)\//g)) if (drafts.has(match[1]!)) found.add(match[1]!);
      for (const match of text.matchAll(/"([^"\s<>]{1,200})"/g)) if (drafts.has(match[1]!)) found.add(match[1]!);
      for (const id of found) failures.push(`draft "${id}" appears in ${file}`);
    }
  }
  return failures;
}

function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(abs).isDirectory()) out.push(...listFiles(abs, rel));
    else out.push(rel);
  }
  return out;
}
