// Gzipped sizes of a built site's article pages (without their text), JavaScript and CSS.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles } from './dist.ts';
import { classesOf, elementRanges, emptyElements, labelOf, startTags } from './html.ts';
import { isExecutableScript } from './csp.ts';

export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

export interface SizeRow {
  name: string;
  raw: number;
  gzip: number;
  /** For article pages: the page as measured (article text removed). */
  html?: string;
}

/**
 * The article text is the inner content of `<div class="prose">` (src/layouts/ArticleLayout.astro)
 * plus the King James text of the passages the article cites (`.passage-text__body`): both grow with
 * what the author wrote and cited, not with the template, which is what the budget is for.
 */
export function withoutArticleText(html: string): string {
  const { html: out, matched } = emptyElements(html, (tag) => tag.name === 'div' && classesOf(tag).includes('prose'));
  if (matched === 0) throw new Error('no <div class="prose"> in an article page');
  return emptyElements(out, (tag) => classesOf(tag).includes('passage-text__body')).html;
}

/**
 * Where an over-budget page's bytes go: for each part (children of <head>, <main> and <article>,
 * and the site header and footer), how many gzipped bytes the page loses without it. Largest first.
 */
export function sizeBreakdown(html: string, top = 8): { part: string; gzip: number }[] {
  const whole = gzipSize(html);
  const parts = elementRanges(html).filter((r) => {
    const parent = r.parent?.tag;
    if (!parent) return false;
    if (r.tag.name === 'article' && classesOf(r.tag).includes('article')) return false; // its children are listed instead
    if (parent.name === 'head' && ['style', 'script', 'meta'].includes(r.tag.name)) return r.tag.name !== 'meta' || r.tag.attrs.has('http-equiv');
    return parent.name === 'main' || (parent.name === 'article' && classesOf(parent).includes('article')) || (parent.name === 'body' && ['header', 'footer'].includes(r.tag.name));
  });
  return parts
    .map((r) => ({ part: labelOf(r.tag), gzip: whole - gzipSize(html.slice(0, r.start) + html.slice(r.end)) }))
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, top);
}

/** Each article page (`articles/<id>/index.html`) gzipped, its article text removed. */
export function articlePageSizes(dist: string): SizeRow[] {
  return listFiles(dist, (p) => /^articles\/[^/]+\/index\.html$/.test(p)).map((file) => {
    const html = withoutArticleText(readFileSync(join(dist, file), 'utf8'));
    return { name: file, raw: Buffer.byteLength(html), gzip: gzipSize(html), html };
  });
}

/** Inline <script>/<style> blocks across all pages, each distinct block once. */
function inlineBlocks(dist: string, element: 'script' | 'style'): SizeRow[] {
  const seen = new Map<string, SizeRow>();
  for (const file of listFiles(dist, (p) => p.endsWith('.html'))) {
    for (const tag of startTags(readFileSync(join(dist, file), 'utf8'))) {
      if (tag.name !== element || !tag.text) continue;
      if (element === 'script' && (tag.attrs.has('src') || !isExecutableScript(tag))) continue;
      if (!seen.has(tag.text)) seen.set(tag.text, { name: `inline <${element}> (first in ${file})`, raw: Buffer.byteLength(tag.text), gzip: gzipSize(tag.text) });
    }
  }
  return [...seen.values()];
}

function fileRows(dist: string, files: string[]): SizeRow[] {
  return files.map((file) => {
    const content = readFileSync(join(dist, file));
    return { name: file, raw: content.length, gzip: gzipSize(content) };
  });
}

/** Site JavaScript: every .js/.mjs file outside dist/pagefind/, plus distinct inline scripts. */
export function javascriptSizes(dist: string, otherEditions: readonly string[] = []): SizeRow[] {
  const elsewhere = (p: string) => p.startsWith('pagefind/') || otherEditions.some((prefix) => p.startsWith(`${prefix}/`));
  return [...fileRows(dist, listFiles(dist, (p) => /\.m?js$/.test(p) && !elsewhere(p))), ...inlineBlocks(dist, 'script')];
}

/**
 * Site CSS: every .css file outside dist/pagefind/ (Pagefind writes UI stylesheets the site never
 * loads; it uses Pagefind's JS API), plus each distinct inline <style> block Astro inlined.
 */
export function cssSizes(dist: string): SizeRow[] {
  return [...fileRows(dist, listFiles(dist, (p) => p.endsWith('.css') && !p.startsWith('pagefind/'))), ...inlineBlocks(dist, 'style')];
}

export const total = (rows: SizeRow[]) => rows.reduce((sum, row) => sum + row.gzip, 0);

/** A plain-text table for CI logs. */
export function sizeTable(title: string, rows: SizeRow[], budget?: { label: string; bytes: number; perRow?: boolean }): string {
  const kb = (n: number) => `${(n / 1000).toFixed(2)} kB`;
  const width = Math.max(title.length, ...rows.map((r) => r.name.length), 5);
  const lines = [`${title.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`];
  for (const row of rows) {
    const over = budget?.perRow && row.gzip > budget.bytes ? '  OVER BUDGET' : '';
    lines.push(`${row.name.padEnd(width)}  ${kb(row.raw).padStart(10)}  ${kb(row.gzip).padStart(10)}${over}`);
  }
  if (!budget?.perRow) lines.push(`${'total'.padEnd(width)}  ${kb(rows.reduce((s, r) => s + r.raw, 0)).padStart(10)}  ${kb(total(rows)).padStart(10)}`);
  if (budget) lines.push(`${budget.label}: ${kb(budget.bytes)}${budget.perRow ? ' per page' : ' in total'}`);
  return lines.join('\n');
}
