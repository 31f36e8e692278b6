/** The Markdown body: the excerpt as one blockquote, the commentary heading, then paragraphs with their quote structure. */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { blockquote, escapeLine, paragraph } from './markdown.ts';
import { ENGLISH_IMPORT } from './language-en.ts';
import type { ImporterLanguage } from './language.ts';
import { quotedParagraph, type QuoteScan } from './quotes.ts';
import { ImportError, type Paragraph } from './types.ts';

/** A block of the body as the importer means it: a paragraph, the heading, or a blockquote of n paragraphs. */
export type PlannedBlock = { type: 'paragraph' } | { type: 'heading' } | { type: 'blockquote'; paragraphs: number };

/** Markdown blocks and what each is meant to be; joined with blank lines they are the body. */
export function bodyBlocks(
  content: readonly Paragraph[],
  commentaryLine: string | undefined,
  scan: QuoteScan,
  language: ImporterLanguage = ENGLISH_IMPORT,
): Array<{ markdown: string; plan: PlannedBlock }> {
  // Paragraph i as one or two Markdown paragraphs (a quote and its attribution line written together are split).
  const parts = (i: number): string[] => {
    const lines = content[i]?.lines ?? [];
    const split = scan.inlineAttribution.get(i);
    return split === undefined ? [paragraph(lines)] : [paragraph(lines.slice(0, split)), paragraph(lines.slice(split))];
  };
  const quote = (paragraphs: string[]) => ({ markdown: blockquote(paragraphs), plan: { type: 'blockquote', paragraphs: paragraphs.length } as const });
  const out: Array<{ markdown: string; plan: PlannedBlock }> = [];
  const excerpt = content.flatMap((p, i) => (p.section === 'excerpt' ? parts(i) : []));
  if (excerpt.length) out.push(quote(excerpt));
  if (commentaryLine) out.push({ markdown: `## ${escapeLine(commentaryLine)}`, plan: { type: 'heading' } });
  for (let i = 0; i < content.length; i++) {
    if (content[i]?.section === 'excerpt') continue;
    const lines = content[i]?.lines ?? [];
    if (scan.inlineAttribution.has(i) || scan.announcedBlocks.has(i)) {
      out.push(quote(parts(i)));
    } else if (scan.attributionBlocks.has(i + 1) && (quotedParagraph(lines.join('\n'), language) || scan.quotes.some((q) => q.block === i && q.form === 1))) {
      out.push(quote([...parts(i), ...parts(i + 1)]));
      i++;
    } else out.push(...parts(i).map((markdown) => ({ markdown, plan: { type: 'paragraph' } as const })));
  }
  return out;
}

export function renderBody(content: readonly Paragraph[], commentaryLine: string | undefined, scan: QuoteScan, language: ImporterLanguage = ENGLISH_IMPORT): string {
  const blocks = bodyBlocks(content, commentaryLine, scan, language);
  const body = `${blocks.map((b) => b.markdown).join('\n\n')}\n`;
  const problem = structureProblem(body, blocks.map((b) => b.plan));
  if (problem) throw new ImportError(`the Markdown written for this text does not read as intended (${problem}); please report the text`);
  return body;
}

const remark = unified().use(remarkParse).use(remarkGfm);

/**
 * Reads the body back with remark-parse + remark-gfm (the reference reading of GFM) and says where
 * its blocks differ from the plan, so an escaping gap can never silently turn text into markup.
 */
export function structureProblem(body: string, plan: readonly PlannedBlock[]): string | undefined {
  const read = remark.parse(body).children;
  const kinds = (blocks: ReadonlyArray<{ type: string }>) => blocks.map((b) => b.type).join(', ');
  if (read.length !== plan.length || read.some((node, i) => node.type !== plan[i]?.type)) {
    return `blocks read as [${kinds(read)}], meant as [${kinds(plan)}]`;
  }
  for (const [i, node] of read.entries()) {
    const meant = plan[i];
    if (node.type !== 'blockquote' || meant?.type !== 'blockquote') continue;
    if (node.children.length !== meant.paragraphs || node.children.some((c) => c.type !== 'paragraph')) {
      return `blockquote ${i + 1} read as [${kinds(node.children)}], meant as ${meant.paragraphs} paragraphs`;
    }
  }
  return undefined;
}
