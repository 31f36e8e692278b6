/**
 * Parses a Markdown or MDX body to mdast, after the limit checks. The build reads each body with
 * Sätteri's own parser, the one Astro renders with, so what validation and the pages read is what
 * readers get. remark-parse + remark-gfm is the reference reading of GFM (parse-remark.ts): a test
 * holds the two to the same facts (tests/unit/facts/differential.test.ts).
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Root } from 'mdast';
import { checkDepth, checkMarkdownShape, checkMarkdownSize, MarkdownLimitError } from './limits.ts';

// GFM on, as Astro renders. Smart punctuation off, so text is what the author typed (quote checks
// fold quotes and dashes themselves); frontmatter off, since bodies have none and a body that
// opens with a `---` rule must not be read as one.
const FEATURES = { gfm: true, smartPunctuation: false, frontmatter: false } as const;

/** Parses a body as the renderer reads it. Throws MarkdownLimitError for bodies over the limits. */
export function parseBody(body: string, options: { mdx?: boolean } = {}): Root {
  checkMarkdownSize(body);
  // Before either parser: Sätteri's MDX parser is super-linear in nesting depth.
  checkMarkdownShape(body);
  if (options.mdx) return parseMdx(body);
  return checkDepth(markdownToMdast(body, { features: FEATURES, position: true }) as Root);
}

/**
 * MDX: when it does not parse, the body is read as Markdown with import/export lines and JSX tags
 * blanked out, so the text is still available (the syntax error itself is reported by the MDX rule).
 */
function parseMdx(body: string): Root {
  try {
    return checkDepth(mdxToMdast(body, { features: FEATURES, position: true }) as Root);
  } catch (error) {
    if (error instanceof MarkdownLimitError) throw error;
    const stripped = stripMdxSyntax(body);
    return checkDepth(markdownToMdast(stripped, { features: FEATURES, position: true }) as Root);
  }
}

// MDX-only syntax that plain Markdown would otherwise read as prose; the fallback for MDX that does not parse.
function stripMdxSyntax(body: string): string {
  return body
    .replace(/^(?:import|export)\s[^\n]*(?:\n(?![\t ]*\n)[^\n]*)*$/gm, '')
    .replace(/<\/?[A-Z][\w.]*(?:\s[^<>]*)?\/?>/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
}
