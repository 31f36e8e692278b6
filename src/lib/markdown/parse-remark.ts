/**
 * The reference reading of a Markdown body: remark-parse + remark-gfm, after the same limit checks as
 * parseBody (parse.ts). Only the differential and robustness tests read bodies this way; in a module
 * of its own so that `npm run check` and the build do not load remark's modules on every start.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { checkDepth, checkMarkdownShape, checkMarkdownSize } from './limits.ts';

const remark = unified().use(remarkParse).use(remarkGfm);

/** The reference reading of a Markdown body: remark-parse + remark-gfm, after the same limit checks. */
export function parseWithRemark(body: string): Root {
  checkMarkdownSize(body);
  checkMarkdownShape(body);
  return checkDepth(remark.parse(body));
}
