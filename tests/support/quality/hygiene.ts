// Static hygiene over a built site: no inline event handlers, no style attributes, no javascript:
// URLs, no source maps; and every inline script/style hashed into the page's CSP.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, urlPathOf } from './dist.ts';
import { startTags } from './html.ts';
import { groupByMessage } from './report.ts';
import { headersFor, inlineHashProblems, parseCsp, parseHeadersFile, type Policy } from './csp.ts';

export interface HygieneProblem {
  file: string;
  rule: 'inline-handler' | 'style-attribute' | 'javascript-url' | 'source-map-file' | 'source-map-comment' | 'inline-unhashed';
  detail: string;
}

/** Attributes a browser follows or loads as a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcset', 'cite', 'background', 'ping', 'manifest']);

/** Removes the characters a browser strips before reading a URL's scheme (`java\tscript:`). */
function schemeOf(value: string): string {
  return value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
}

/** The hygiene problems of one HTML document. */
export function htmlHygiene(file: string, html: string, headerPolicies: { name: string; policy: Policy }[] = []): { inline: number; problems: HygieneProblem[] } {
  const problems: HygieneProblem[] = [];
  for (const tag of startTags(html)) {
    for (const [name, value] of tag.attrs) {
      if (/^on[a-z]+$/.test(name)) problems.push({ file, rule: 'inline-handler', detail: `<${tag.name} ${name}="${value.slice(0, 40)}">` });
      if (name === 'style') problems.push({ file, rule: 'style-attribute', detail: `<${tag.name} style="${value.slice(0, 40)}">` });
      if (URL_ATTRIBUTES.has(name) && schemeOf(value).startsWith('javascript:')) problems.push({ file, rule: 'javascript-url', detail: `<${tag.name} ${name}="${value.slice(0, 40)}">` });
    }
  }
  const hashes = inlineHashProblems(html, headerPolicies);
  for (const p of hashes.problems) problems.push({ file, rule: 'inline-unhashed', detail: `<${p.element}> ${p.hash} ${p.reason}: ${p.excerpt}` });
  return { inline: hashes.inline, problems };
}

/** Every hygiene problem in `dist`, with counts of what was looked at. */
export function checkHygiene(dist: string): { htmlFiles: number; inlineBlocks: number; problems: HygieneProblem[] } {
  const problems: HygieneProblem[] = [];
  // The CSP headers `_headers` sends (if the site ships one) are enforced together with the <meta> policy.
  const headersFile = join(dist, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const headerPolicies = (file: string) =>
    headersFor(rules, urlPathOf(file))
      .filter(([name]) => name === 'content-security-policy')
      .map(([, value]) => ({ name: '_headers Content-Security-Policy', policy: parseCsp(value) }));
  let htmlCount = 0;
  let inlineBlocks = 0;
  for (const file of listFiles(dist)) {
    if (file.endsWith('.map')) {
      problems.push({ file, rule: 'source-map-file', detail: 'source map shipped' });
      continue;
    }
    if (!/\.(html|js|mjs|css)$/.test(file)) continue;
    const text = readFileSync(join(dist, file), 'utf8');
    if (/[#@]\s*sourceMappingURL\s*=/.test(text)) problems.push({ file, rule: 'source-map-comment', detail: 'sourceMappingURL comment' });
    if (file.endsWith('.html')) {
      htmlCount++;
      const result = htmlHygiene(file, text, headerPolicies(file));
      inlineBlocks += result.inline;
      problems.push(...result.problems);
    }
  }
  return { htmlFiles: htmlCount, inlineBlocks, problems };
}

/** One line per distinct problem, with the files it occurs in (the first few, then a count). */
export function formatHygieneProblems(problems: HygieneProblem[]): string {
  return groupByMessage(problems.map((p) => ({ message: `${p.rule} — ${p.detail}`, where: p.file })));
}
