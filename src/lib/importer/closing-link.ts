/** A closing `Learn more:` / `Read more:` line pointing to another article: kept as the last paragraph, read for nothing else. */
import { ENGLISH_IMPORT } from './language-en.ts';
import type { ImporterLanguage } from './language.ts';
import { collapse } from './names.ts';
import { step, type Step } from './types.ts';

export interface ClosingLink {
  /** The lines of the closing paragraph; undefined when the text has none. */
  lines?: string[];
  /** The paragraphs before it. */
  paragraphs: string[][];
}

/**
 * The last paragraph when it starts with `Learn more:` or `Read more:` (German `Weiterlesen:`,
 * `Mehr lesen:`), or a paragraph that is only
 * that label followed by one last paragraph (the other article's title), which are joined. It is
 * taken off before the bio is looked for, so the bio can stand above it.
 */
export function closingLinkStep(paragraphs: readonly string[][], language: ImporterLanguage = ENGLISH_IMPORT): Step<ClosingLink> {
  const LINK_LINE = language.closingLabel;
  const last = paragraphs[paragraphs.length - 1];
  const before = paragraphs[paragraphs.length - 2];
  let lines: string[] | undefined;
  let keep = paragraphs.length;
  if (before?.length === 1 && LINK_LINE.test(before[0] ?? '') && collapse(before[0] ?? '').replace(LINK_LINE, '') === '' && last) {
    lines = [...before, ...last];
    keep -= 2;
  } else if (last && LINK_LINE.test(last[0] ?? '') && paragraphs.length > 1) {
    lines = [...last];
    keep -= 1;
  }
  if (!lines) return step({ paragraphs: [...paragraphs] });
  const shown = collapse(lines.join(' '));
  return step({ lines, paragraphs: paragraphs.slice(0, keep) }, [
    `closing line: “${shown.length > 60 ? `${shown.slice(0, 59)}…` : shown}” kept as the last paragraph (not read for quotes or a date)`,
  ]);
}
