/**
 * body-raw-html: raw HTML would reach readers as markup (scripts, handlers, frames), so Markdown bodies
 * may not contain it; comments are allowed, as the HTML standard's tokenizer reads them (src/lib/markdown/html-comments.ts),
 * and so are the elements of the allow-list MDX shares (src/lib/markdown/html-allow-list.ts: <br>, <wbr>).
 */
import type { BodyFacts } from '../../facts/body-facts.ts';
import { shortenValue } from '../problems.ts';
import type { FileRule, Finding } from '../rule.ts';

const REASON = {
  element: (where: string, detail: string) => `raw HTML is not allowed in Markdown ${where} (here: ${detail})`,
  doctype: (where: string) => `raw HTML is not allowed in Markdown ${where} (here: a <!DOCTYPE>)`,
  'unclosed-comment': () => 'an HTML comment is never closed with --> (it would hide the rest of the page)',
  text: () => 'text after an HTML comment on the same line is published as HTML',
} as const;

const FIX = {
  element: 'write it in Markdown (links, emphasis, lists, tables), or put HTML you want shown as text in `backticks`',
  doctype: 'remove it',
  'unclosed-comment': 'close the comment with --> or remove it',
  text: 'put the text on its own line after the comment, or remove the comment',
} as const;

/** One finding per piece of raw HTML in a body; `file` says whether it is an article or a biography. */
export function rawHtmlProblems(file: string, facts: Pick<BodyFacts, 'rawHtml'>, bodyLine: number): Finding[] {
  const where = file.startsWith('content/authors/') ? 'biographies' : 'articles';
  return facts.rawHtml.map(({ line, html, reason, detail }) => ({
    line: bodyLine + line - 1,
    field: '(body)',
    value: shortenValue(html),
    message: REASON[reason](where, detail),
    fix: FIX[reason],
  }));
}

export const bodyRawHtml: FileRule = {
  id: 'body-raw-html',
  description: 'Article and biography bodies contain no raw HTML except <br> and <wbr> (the allow-list MDX shares) and HTML comments a browser reads as comments only.',
  example: 'raw HTML is not allowed in Markdown articles (here: <script>)',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article', 'author', 'bio', 'person'],
  check: (file) => (file.bodyFacts ? rawHtmlProblems(file.path, file.bodyFacts, file.bodyLine) : []),
};
