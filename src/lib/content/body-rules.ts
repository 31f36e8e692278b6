/**
 * Rules over the facts of a body (src/lib/facts): raw HTML, link and image addresses, and what MDX
 * code may reach. Article and biography text is untrusted: it may not put markup in the page, make
 * readers' browsers call another host, or read the build's environment.
 */
import type { BodyFacts } from '../facts/body-facts.ts';
import { isRemoteUrl, isSafeLinkUrl, linkScheme } from '../markdown/links.ts';
import { shortenValue, type Problem } from '../problems.ts';
import Slugger from 'github-slugger';
import { isArticlePageId } from './layout.ts';

type Facts = Pick<BodyFacts, 'rawHtml' | 'links' | 'mdxCode' | 'headings'>;

const RAW_HTML_REASON = {
  element: (where: string, detail: string) => `raw HTML is not allowed in Markdown ${where} (here: ${detail})`,
  doctype: (where: string) => `raw HTML is not allowed in Markdown ${where} (here: a <!DOCTYPE>)`,
  'unclosed-comment': () => 'an HTML comment is never closed with --> (it would hide the rest of the page)',
  text: () => 'text after an HTML comment on the same line is published as HTML',
} as const;

const RAW_HTML_FIX = {
  element: 'write it in Markdown (links, emphasis, lists, tables), or put HTML you want shown as text in `backticks`',
  doctype: 'remove it',
  'unclosed-comment': 'close the comment with --> or remove it',
  text: 'put the text on its own line after the comment, or remove the comment',
} as const;

/**
 * Raw HTML would reach readers as markup (scripts, handlers, frames), so Markdown bodies may not
 * contain it; comments are allowed, as the HTML standard's tokenizer reads them.
 */
export function rawHtmlProblems(file: string, facts: Facts, bodyLine: number): Problem[] {
  const where = file.startsWith('content/authors/') ? 'biographies' : 'articles';
  return facts.rawHtml.map(({ line, html, reason, detail }) => ({
    file,
    line: bodyLine + line - 1,
    field: '(body)',
    value: shortenValue(html),
    message: RAW_HTML_REASON[reason](where, detail),
    fix: RAW_HTML_FIX[reason],
    severity: 'error' as const,
  }));
}

/**
 * Link addresses are published as written: a javascript: or data: link runs code when clicked. An
 * image on another host would make every reader's browser call it (and the CSP blocks it anyway),
 * unless the host is listed in the site config's remoteImageHosts.
 */
export function linkProblems(file: string, facts: Facts, bodyLine: number, remoteImageHosts: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const { line, url, kind } of facts.links) {
    if (!isSafeLinkUrl(url)) {
      problems.push({
        file,
        line: bodyLine + line - 1,
        field: '(body)',
        value: shortenValue(url),
        message: `${kind === 'image' ? 'an image' : kind === 'definition' ? 'a link definition' : 'a link'} points to a ${linkScheme(url)}: address, which is not allowed`,
        fix: 'links must be http(s)://, mailto:, a relative path or a #fragment',
        severity: 'error',
      });
    } else if (kind === 'image' && isRemoteUrl(url) && !remoteImageHosts.includes(hostOf(url))) {
      problems.push({
        file,
        line: bodyLine + line - 1,
        field: '(body)',
        value: shortenValue(url),
        message: `the image is on another host (${hostOf(url) || 'unknown host'}): every reader's browser would request it from there`,
        fix: 'download the image into the repository next to the article and link it with a relative path (![alt](./picture.jpg)); or, to accept the request, list the host in remoteImageHosts in src/site.config.ts',
        severity: 'error',
      });
    }
  }
  return problems;
}

function hostOf(url: string): string {
  try {
    return new URL(url.trim().replace(/^[\\/]{2}/, 'https://')).hostname;
  } catch {
    return '';
  }
}

/**
 * MDX runs in the build's Node process: reading the environment (`process.env`, `import.meta`)
 * would publish whatever it finds, and importing a Markdown file would publish its text even when
 * that file is a draft.
 */
export function mdxCodeProblems(file: string, facts: Facts, bodyLine: number): Problem[] {
  const problems: Problem[] = [];
  for (const { line, kind, detail } of facts.mdxCode) {
    if (kind === 'environment') {
      problems.push({
        file,
        line: bodyLine + line - 1,
        field: '(body)',
        value: detail,
        message: `MDX code uses ${detail}, which reaches the build's environment or files; its value would be published`,
        fix: 'remove it: articles may use components and plain values, not the environment',
        severity: 'error',
      });
    } else if (/\.mdx?(?:[?#].*)?$/i.test(detail)) {
      problems.push({
        file,
        line: bodyLine + line - 1,
        field: '(body)',
        value: shortenValue(detail),
        message: 'MDX may not import a Markdown file: its text would be published here, even if it is a draft',
        fix: 'link to the article instead ([title](/articles/<id>/)), or copy the words you mean to quote',
        severity: 'error',
      });
    }
  }
  return problems;
}

/**
 * A heading's id is made from its text as the renderer makes it (github-slugger, counting repeats);
 * one that equals an id of the page's own parts would make two elements with one id.
 */
export function headingIdProblems(file: string, facts: Facts, bodyLine: number): Problem[] {
  const slugger = new Slugger();
  const problems: Problem[] = [];
  for (const heading of facts.headings) {
    const id = slugger.slug(heading.text);
    if (!isArticlePageId(id)) continue;
    problems.push({
      file,
      line: bodyLine + heading.line - 1,
      field: '(body)',
      value: shortenValue(heading.text),
      message: `the heading's id would be "${id}", which the article page already uses for its own ${id === 'main' ? 'main content' : 'section'}`,
      fix: 'reword the heading (for example add a word to it)',
      severity: 'error',
    });
  }
  return problems;
}

// C0 and C1 controls other than tab and line breaks: invisible, and published into the page, its
// description and the search index.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Control characters in a body, each with its line. Linear: one pass. */
export function controlCharacterProblems(file: string, body: string, bodyLine: number): Problem[] {
  const problems: Problem[] = [];
  for (const match of body.matchAll(CONTROL)) {
    const line = body.slice(0, match.index).split('\n').length;
    problems.push({
      file,
      line: bodyLine + line - 1,
      field: '(body)',
      value: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
      message: 'the text contains an invisible control character',
      fix: 'delete it (retype the text around it if you cannot see it)',
      severity: 'error',
    });
    if (problems.length >= 20) break;
  }
  return problems;
}
