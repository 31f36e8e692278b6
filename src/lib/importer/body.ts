/** The Markdown body: the excerpt as one blockquote, the commentary heading, then paragraphs with their quote structure. */
import { blockquote, escapeLine, paragraph } from './markdown.ts';
import { quotedParagraph, type QuoteScan } from './quotes.ts';
import type { Paragraph } from './types.ts';

export function renderBody(content: readonly Paragraph[], commentaryLine: string | undefined, scan: QuoteScan): string {
  // Paragraph i as one or two Markdown paragraphs (a quote and its attribution line written together are split).
  const parts = (i: number): string[] => {
    const lines = content[i]?.lines ?? [];
    const split = scan.inlineAttribution.get(i);
    return split === undefined ? [paragraph(lines)] : [paragraph(lines.slice(0, split)), paragraph(lines.slice(split))];
  };
  const out: string[] = [];
  const excerpt = content.flatMap((p, i) => (p.section === 'excerpt' ? parts(i) : []));
  if (excerpt.length) out.push(blockquote(excerpt));
  if (commentaryLine) out.push(`## ${escapeLine(commentaryLine)}`);
  for (let i = 0; i < content.length; i++) {
    if (content[i]?.section === 'excerpt') continue;
    if (scan.inlineAttribution.has(i) || scan.announcedBlocks.has(i)) {
      out.push(blockquote(parts(i)));
    } else if (scan.attributionBlocks.has(i + 1) && quotedParagraph((content[i]?.lines ?? []).join('\n'))) {
      out.push(blockquote([...parts(i), ...parts(i + 1)]));
      i++;
    } else out.push(...parts(i));
  }
  return `${out.join('\n\n')}\n`;
}
