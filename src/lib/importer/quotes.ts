/**
 * Quotations with a named speaker, in the four forms of the house style:
 *
 * 1. a quoted paragraph, then a line `—Name, role` (or `– Name, role`, `- Name, role`);
 * 2. `“…,” said Name, of Organization.` (also `“…,” Name said.`);
 * 3. `Name, a professor at …, stated: “…”`;
 * 4. `Name said:` closing a paragraph, and the next paragraph is the quotation.
 *
 * The quote text is taken from the paragraph as written (outer quotation marks and a closing comma
 * dropped, line breaks read as spaces), so the contract's quote check finds it in the body.
 */
import { NAME, SAID, cleanSpeaker, collapse, roleLabel } from './names.ts';
import { findScripture } from './scripture.ts';

export interface FoundQuote {
  text: string;
  speaker: string;
  role?: string;
  /** Which house-style form it was found in (1–4), for the summary and tests. */
  form: 1 | 2 | 3 | 4;
  /** Index of the paragraph the words are in. */
  block: number;
  /** Offset in that paragraph (collapsed), for ordering. */
  at: number;
}

/** A paragraph that is entirely one quotation: `“…”`, `"…"` or `‘…’`. Returns the words inside. */
export function quotedParagraph(text: string): string | undefined {
  const flat = collapse(text);
  const match = /^(?:“([^“”]+)”|"([^"]+)"|‘([^‘]+)’)$/u.exec(flat);
  if (!match) return undefined;
  const inner = match[1] ?? match[2] ?? match[3] ?? '';
  return inner.trim() || undefined;
}

const ATTRIBUTION = /^[\u2014\u2013-]\s*([^,]*\p{L}[^,]*?)\s*(?:,\s*(.+?))?\s*$/u;

/** `—Jane Roe, Minister of Defence` → name and role; undefined when the line is not an attribution. */
export function attributionLine(line: string): { speaker: string; role?: string } | undefined {
  const match = ATTRIBUTION.exec(line.trim());
  if (!match?.[1]) return undefined;
  const speaker = collapse(match[1]);
  // "—Jeremiah 6:14" attributes words to Scripture: a reference, not a speaker.
  if (findScripture(speaker).length > 0 || speaker.split(' ').length > 8) return undefined;
  const role = match[2] ? roleLabel(match[2]) : undefined;
  return role ? { speaker, role } : { speaker };
}

/** Quoted spans inside a paragraph: `“…”`, `"…"`, and `‘…’` when the closing mark is not an apostrophe. */
const SPAN = /“([^“”]+)”|"([^"\n]+)"|‘([^‘]+?)’(?![\p{L}\p{N}])/gu;

// 2. After the closing mark: `, said Jane Roe, of the Example Institute.` or `, Jane Roe said.`
// The role follows a comma and runs to the end of the clause (a full stop before a lower-case word,
// as in "the U.N. mission", does not end it); words such
// as "on Monday" or "in a statement" may follow instead. The sentence or clause must end there.
const ROLE = String.raw`,\s*((?:[^,.;:“”"]|\.(?=\S|\s+\p{Ll}))+?)`;
const ADVERBIAL = String.raw`\s+(?:on|in|at|during|after|before|when|while|to|yesterday|today|last|this|earlier|later)\b[^.;:“”"]*?`;
const CLAUSE_END = String.raw`\s*(?=[.!?](?:\s+(?!\p{Ll})|$)|;|,\s|$)`;
const SAID_AFTER = new RegExp(
  String.raw`^\s*,?\s*(?:${SAID}\s+(${NAME})(?:${ROLE}|${ADVERBIAL})?|(${NAME})(?:${ROLE},)?\s+${SAID}(?:${ADVERBIAL})?)${CLAUSE_END}`,
  'u',
);
// 3./4. Before a colon: `Jane Roe, a professor at Eastmarch University, stated:`
const INTRO = new RegExp(String.raw`(${NAME})(?:,\s*([^,:“”"]+?),)?\s+${SAID}(?:\s+[^:“”".]{1,40}?)?:\s*`, 'gu');

function cleanQuoteText(inner: string): string {
  return collapse(inner).replace(/,$/u, '');
}

function speakerAndRole(nameText: string, appositive: string | undefined): { speaker: string; role?: string } | undefined {
  const speaker = cleanSpeaker(nameText);
  if (!speaker) return undefined;
  const role = appositive ? roleLabel(appositive) : speaker.title;
  return role ? { speaker: speaker.name, role } : { speaker: speaker.name };
}

export interface QuoteScan {
  quotes: FoundQuote[];
  /** Paragraph index → index of the attribution line inside it (form 1 written as one paragraph). */
  inlineAttribution: Map<number, number>;
  /** Paragraphs that are a stand-alone attribution line following a quoted paragraph (form 1). */
  attributionBlocks: Set<number>;
  /** Paragraphs that are the quotation announced by `Name said:` at the end of the paragraph before (form 4). */
  announcedBlocks: Set<number>;
  /** Quoted spans of at least four words that no form attributed. */
  unattributed: Array<{ text: string; block: number }>;
}

/** Finds quotations with speakers in paragraphs given as lists of lines. */
export function scanQuotes(blocks: ReadonlyArray<readonly string[]>): QuoteScan {
  const scan: QuoteScan = { quotes: [], inlineAttribution: new Map(), attributionBlocks: new Set(), announcedBlocks: new Set(), unattributed: [] };
  const push = (quote: FoundQuote): void => {
    if (!quote.text || scan.quotes.some((q) => q.text === quote.text)) return;
    scan.quotes.push(quote);
  };

  blocks.forEach((lines, index) => {
    if (scan.attributionBlocks.has(index) || scan.announcedBlocks.has(index)) return;
    const text = lines.join('\n');

    // 1. Quoted paragraph with the attribution as its last line, or as the next paragraph.
    if (lines.length >= 2) {
      const last = lines[lines.length - 1] ?? '';
      const attribution = attributionLine(last);
      const inner = attribution && quotedParagraph(lines.slice(0, -1).join('\n'));
      if (attribution && inner) {
        push({ text: cleanQuoteText(inner), ...attribution, form: 1, block: index, at: 0 });
        scan.inlineAttribution.set(index, lines.length - 1);
        return;
      }
    }
    const whole = quotedParagraph(text);
    const next = blocks[index + 1];
    if (whole && next && next.length === 1) {
      const attribution = attributionLine(next[0] ?? '');
      if (attribution) {
        push({ text: cleanQuoteText(whole), ...attribution, form: 1, block: index, at: 0 });
        scan.attributionBlocks.add(index + 1);
        return;
      }
    }

    const flat = collapse(text);
    const claimed: Array<[number, number]> = [];

    // 3. and 4. `Name, role, stated:` followed by a quotation in the same paragraph or the next one.
    INTRO.lastIndex = 0;
    for (let m = INTRO.exec(flat); m; m = INTRO.exec(flat)) {
      const who = speakerAndRole(m[1] ?? '', m[2]);
      if (!who) continue;
      const after = m.index + m[0].length;
      SPAN.lastIndex = after;
      const span = SPAN.exec(flat);
      if (span && span.index === after) {
        push({ text: cleanQuoteText(span[1] ?? span[2] ?? span[3] ?? ''), ...who, form: 3, block: index, at: m.index });
        claimed.push([span.index, span.index + span[0].length]);
        INTRO.lastIndex = span.index + span[0].length;
        continue;
      }
      if (after === flat.length && next && !scan.attributionBlocks.has(index + 1)) {
        const nextText = next.join('\n');
        push({ text: cleanQuoteText(quotedParagraph(nextText) ?? nextText), ...who, form: 4, block: index + 1, at: 0 });
        scan.announcedBlocks.add(index + 1);
      }
    }

    // 2. `“…,” said Name, of Organization.`
    SPAN.lastIndex = 0;
    for (let span = SPAN.exec(flat); span; span = SPAN.exec(flat)) {
      const start = span.index;
      const end = start + span[0].length;
      if (claimed.some(([a, b]) => start >= a && start < b)) continue;
      const words = cleanQuoteText(span[1] ?? span[2] ?? span[3] ?? '');
      const m = SAID_AFTER.exec(flat.slice(end));
      const who = m ? (m[1] ? speakerAndRole(m[1], m[2]) : speakerAndRole(m[3] ?? '', m[4])) : undefined;
      if (who) push({ text: words, ...who, form: 2, block: index, at: start });
      else if (words.split(' ').length >= 4 && !whole) scan.unattributed.push({ text: words, block: index });
    }
    if (whole && !scan.quotes.some((q) => q.block === index)) {
      if (whole.split(' ').length >= 4) scan.unattributed.push({ text: cleanQuoteText(whole), block: index });
    }
  });
  scan.quotes.sort((a, b) => a.block - b.block || a.at - b.at);
  return scan;
}
