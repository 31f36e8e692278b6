/** Steps that read the paragraphs: the sections, the date, the source, the quotes and the scripture. */
import { dateAtEnd } from './dates.ts';
import { ENGLISH_IMPORT } from './language-en.ts';
import type { ImporterLanguage } from './language.ts';
import { scanQuotes, type QuoteScan } from './quotes.ts';
import { findScripture, type ReferenceContext } from './scripture.ts';
import { step, type ImportedQuote, type ImportOptions, type Paragraph, type Section, type Step } from './types.ts';

/** Paragraphs above the commentary line are the excerpt, those below the commentary; without one, all are plain. */
export function sectionsStep(
  paragraphs: readonly string[][],
  commentaryIndex: number,
  commentaryLine: string | undefined,
  closing: string[] | undefined,
  language: ImporterLanguage = ENGLISH_IMPORT,
): Step<Paragraph[]> {
  const content: Paragraph[] = [];
  paragraphs.forEach((lines, index) => {
    if (index === commentaryIndex) return;
    const section: Section = commentaryIndex < 0 ? 'plain' : index < commentaryIndex ? 'excerpt' : 'commentary';
    content.push({ lines, section });
  });
  if (closing) content.push({ lines: closing, section: 'closing' });
  const excerptCount = content.filter((p) => p.section === 'excerpt').length;
  if (commentaryLine) {
    return step(content, [`excerpt: ${excerptCount} paragraph${excerptCount === 1 ? '' : 's'} quoted, then the heading “## ${commentaryLine}”`]);
  }
  return step(content, [], [
    `commentary: no “${language.commentaryExample}” line, so nothing is marked as the news excerpt; put “> ” before the excerpt's lines and a “## ${language.commentaryHeading}” heading before your commentary`,
  ]);
}

/** The date closing the last excerpt paragraph that has one (every paragraph without a commentary line), else `--date`. */
export function dateStep(content: readonly Paragraph[], hasCommentary: boolean, options: Pick<ImportOptions, 'date'>, language: ImporterLanguage = ENGLISH_IMPORT): Step<string | undefined> {
  const found: string[] = [];
  const todo: string[] = [];
  const candidates = content.filter((p) => (hasCommentary ? p.section === 'excerpt' : p.section !== 'closing'));
  let date: string | undefined;
  for (let i = candidates.length - 1; i >= 0 && !date; i--) {
    const result = dateAtEnd((candidates[i]?.lines ?? []).join('\n'), language);
    if (!result) continue;
    if (result.ok) {
      date = result.found.date;
      found.push(`date: ${date} (from “${result.found.text}”)`);
      if (options.date && options.date !== date) found.push(`--date ${options.date} not used: the text gives “${result.found.text}”`);
    } else {
      todo.push(`date: “${result.text}” at the end of the excerpt is not a real day (${result.message})`);
      break;
    }
  }
  if (!date && options.date) {
    date = options.date;
    found.push(`date: ${date} (from --date)`);
  }
  if (!date) todo.push('date: no date at the end of the excerpt; add date: YYYY-MM-DD (or import with --date)');
  return step(date, found, todo);
}

/** The source comes only from `--source`: the house style does not name it reliably. */
export function sourceStep(options: Pick<ImportOptions, 'source'>): Step<string | undefined> {
  const source = options.source?.trim() || undefined;
  if (source) return step(source, [`source: ${source} (from --source)`]);
  return step(undefined, [], ['source: add the publication the news came from, e.g. source: Example Wire (or import with --source)']);
}

/** Quotations with a named speaker; quotations in the excerpt without one are a to-do. */
export function quotesStep(content: readonly Paragraph[], hasCommentary: boolean, language: ImporterLanguage = ENGLISH_IMPORT): Step<{ quotes: ImportedQuote[]; scan: QuoteScan }> {
  const found: string[] = [];
  const todo: string[] = [];
  // The closing line is always last, so paragraph numbers stay those of `content`.
  const scan = scanQuotes(content.filter((p) => p.section !== 'closing').map((p) => p.lines), language);
  const quotes: ImportedQuote[] = scan.quotes.map(({ text, speaker, role }) => (role ? { text, speaker, role } : { text, speaker }));
  if (quotes.length) {
    found.push(`quotes: ${quotes.length} — ${quotes.map((q) => (q.role ? `${q.speaker} (${q.role})` : q.speaker)).join('; ')}`);
  } else found.push('quotes: none with a named speaker');
  const inExcerpt = (block: number): boolean => (hasCommentary ? content[block]?.section === 'excerpt' : true);
  const unnamed = scan.unnamed.filter((u) => inExcerpt(u.block));
  // A quotation announced by an unnamed `… said:` is listed once, with its announcement.
  const unattributed = scan.unattributed.filter((u) => inExcerpt(u.block) && !unnamed.some((n) => n.block === u.block));
  if (unattributed.length) {
    const list = unattributed.map((u) => `“${shorten(u.text)}”`).join(', ');
    todo.push(`quotes: ${unattributed.length} quotation${unattributed.length === 1 ? '' : 's'} without a recognised speaker (${list}); add to quotes by hand if they matter`);
  }
  for (const { intro } of unnamed) {
    todo.push(`quotes: “${shorten(intro)}” introduces a quotation but names no one for certain; add it to quotes with its speaker by hand if it matters`);
  }
  return step({ quotes, scan }, found, todo);
}

/** References in the title and each paragraph in order (book and chapter carry over), de-duplicated in display form. */
export function scriptureStep(title: string, content: readonly Paragraph[], language: ImporterLanguage = ENGLISH_IMPORT): Step<string[]> {
  const scripture: string[] = [];
  let context: ReferenceContext = {};
  for (const text of [title, ...content.map((p) => p.lines.join('\n'))]) {
    const mentions = findScripture(text, context, language);
    context = mentions.context;
    for (const mention of mentions) if (!scripture.includes(mention.display)) scripture.push(mention.display);
  }
  return step(scripture, [`scripture: ${scripture.length ? scripture.join(', ') : 'none found'}`]);
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
