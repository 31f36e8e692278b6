/**
 * Quotations with a named speaker, in the four forms of the house style:
 *
 * 1. a quoted paragraph, then a line `—Name, role` (or `– Name, role`, `- Name, role`, `--Name, role`);
 *    also a paragraph without quotation marks, when the line is `—Name` or `--Name` and Name is a name;
 * 2. `“…,” said Name, of Organization.` (also `“…,” Name said.`);
 * 3. `Name, a professor at …, stated: “…”`;
 * 4. `Name said:` closing a paragraph, and the next paragraph is the quotation.
 *
 * In 3 and 4 a description written before the name (`the agency's chief economist Jane Roe said:`)
 * is the role, as written.
 *
 * German (language-de.ts) writes „…“ and »…«, `„…“, sagte Name, Rolle.`, `„…“, so Name.` and also
 * `Am Montag erklärte Name: „…“` (the verb before the name) and `Die Sprecherin, Name, sagte:`.
 *
 * The quote text is taken from the paragraph as written (outer quotation marks and a closing comma
 * dropped, line breaks read as spaces), so the contract's quote check finds it in the body.
 */
import { ENGLISH_IMPORT } from './language-en.ts';
import { memoByLanguage, type ImporterLanguage } from './language.ts';
import { cleanSpeaker, collapse, namePattern, roleBeforeName, roleLabel } from './names.ts';
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

/** A paragraph that is entirely one quotation: `“…”`, `"…"` or `‘…’` (German `„…“`, `»…«`). Returns the words inside. */
export function quotedParagraph(text: string, language: ImporterLanguage = ENGLISH_IMPORT): string | undefined {
  const flat = collapse(text);
  const match = patterns(language).wholeQuote.exec(flat);
  if (!match) return undefined;
  const inner = match.slice(1).find((group) => group !== undefined) ?? '';
  return inner.trim() || undefined;
}

const ATTRIBUTION = /^(?:--|[\u2014\u2013-])\s*([^,]*\p{L}[^,]*?)\s*(?:,\s*(.+?))?\s*$/u;
/** The attribution under a paragraph without quotation marks: only an em dash or `--`, and only a name. */
const BARE_ATTRIBUTION = /^(?:--|\u2014)\s*\p{Lu}/u;

/** `—Jane Roe, Minister of Defence` → name and role; undefined when the line is not an attribution. */
export function attributionLine(line: string, language: ImporterLanguage = ENGLISH_IMPORT): { speaker: string; role?: string } | undefined {
  const match = ATTRIBUTION.exec(line.trim());
  if (!match?.[1]) return undefined;
  const speaker = collapse(match[1]);
  // "—Jeremiah 6:14" attributes words to Scripture: a reference, not a speaker.
  if (findScripture(speaker, undefined, language).length > 0 || speaker.split(' ').length > 8) return undefined;
  const role = match[2] ? roleLabel(match[2], language) : undefined;
  return role ? { speaker, role } : { speaker };
}

/** `—Name, role` under a paragraph without quotation marks: the name must be a person's name as a whole (`—J. D. Vance`). */
export function bareAttributionLine(line: string, language: ImporterLanguage = ENGLISH_IMPORT): { speaker: string; role?: string } | undefined {
  if (!BARE_ATTRIBUTION.test(line.trim())) return undefined;
  const attribution = attributionLine(line, language);
  if (!attribution || !patterns(language).wholeName.test(attribution.speaker)) return undefined;
  const cleaned = cleanSpeaker(attribution.speaker, language);
  return cleaned?.name === attribution.speaker ? attribution : undefined;
}

/** A paragraph that can be an unmarked quotation: prose, not opening with a quotation mark or a dash. */
function unmarkedParagraph(text: string): string | undefined {
  const flat = collapse(text);
  return /^[\p{L}\p{N}]/u.test(flat) && /[.!?…]$/u.test(flat) ? flat : undefined;
}

/**
 * The patterns of one language, built once: quoted spans, the attribution after a quotation
 * (form 2) and the introduction before one (forms 3 and 4).
 */
const patterns = memoByLanguage((language) => {
  const NAME = namePattern(language);
  const SAID = language.said;
  const marks = language.quoteMarks;
  // 2. After the closing mark: `, said Jane Roe, of the Example Institute.` or `, Jane Roe said.`
  // The role follows a comma and runs to the end of the clause (a full stop before a lower-case word,
  // as in "the U.N. mission", does not end it); words such
  // as "on Monday" or "in a statement" may follow instead. The sentence or clause must end there.
  const ROLE = String.raw`,\s*((?:[^,.;:${marks}]|\.(?=\S|\s+\p{Ll}))+?)`;
  const ADVERBIAL = String.raw`\s+${language.adverbial}\b[^.;:${marks}]*?`;
  const CLAUSE_END = String.raw`\s*(?=[.!?](?:\s+(?!\p{Ll})|$)|;|,\s|$)`;
  const after = language.saidAfterOnly ? `(?:${SAID}|${language.saidAfterOnly})` : SAID;
  const nameFirst = language.nameBeforeVerbAfterQuote ? String.raw`|(${NAME})(?:${ROLE},)?\s+${SAID}(?:${ADVERBIAL})?` : '';
  // 3./4. Before a colon: `Jane Roe, a professor at Eastmarch University, stated:`; German also
  // `Die Sprecherin, Jana Roe, sagte:` and, verb first, `Am Montag erklärte Jana Roe, Sprecherin des Amtes:`.
  const appositive = language.appositiveName ? ',?' : '';
  const verbFirst = language.verbBeforeNameInIntro
    ? String.raw`|(?<![\p{L}])${SAID}\s+(${NAME})(?:,\s*([^,:${marks}]+?))?(?:\s+${language.adverbial}\b[^:${marks}.]{0,40}?)?`
    : '';
  return {
    /** Quoted spans inside a paragraph; the words are in the first group that matched. */
    span: new RegExp(language.quoteSpan, 'gu'),
    wholeQuote: new RegExp(language.wholeQuote, 'u'),
    wholeName: new RegExp(String.raw`^${NAME}$`, 'u'),
    saidAfter: new RegExp(String.raw`^\s*,?\s*(?:${after}\s+(${NAME})(?:${ROLE}|${ADVERBIAL})?${nameFirst})${CLAUSE_END}`, 'u'),
    intro: new RegExp(String.raw`(?:(${NAME})(?:,\s*([^,:${marks}]+?),)?${appositive}\s+${SAID}(?:\s+[^:${marks}.]{1,40}?)?${verbFirst}):\s*`, 'gu'),
    // 4. without a name the importer can be sure of: `The President said:` closing the paragraph.
    unnamedIntro: new RegExp(String.raw`(?:^|[.!?,;:]\s+)([^.!?,;:]{1,80}?\s+${SAID}(?:\s+[^:${marks}.]{1,40}?)?:)$`, 'u'),
  };
});

function cleanQuoteText(inner: string): string {
  return collapse(inner).replace(/,$/u, '');
}

/** The speaker in a matched name; the role from the appositive, else from `before` (the text before the match), else a job title in front. */
function speakerAndRole(language: ImporterLanguage, nameText: string, appositive: string | undefined, before?: string): { speaker: string; role?: string } | undefined {
  const speaker = cleanSpeaker(nameText, language);
  if (!speaker) return undefined;
  // The name is what is left of the match once openers and job titles are taken off its front.
  const described = before === undefined ? undefined : roleBeforeName(before + nameText.slice(0, nameText.indexOf(speaker.name)), language);
  const role = appositive ? roleLabel(appositive, language) : (described ?? speaker.title ?? (speaker.from ? roleLabel(speaker.from, language) : undefined));
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
  /** `… said:` closing a paragraph without a name the importer is sure of; `block` is the announced paragraph. */
  unnamed: Array<{ intro: string; block: number }>;
}

/** Finds quotations with speakers in paragraphs given as lists of lines. */
export function scanQuotes(blocks: ReadonlyArray<readonly string[]>, language: ImporterLanguage = ENGLISH_IMPORT): QuoteScan {
  const { span: SPAN, saidAfter: SAID_AFTER, intro: INTRO, unnamedIntro: UNNAMED_INTRO } = patterns(language);
  const scan: QuoteScan = { quotes: [], inlineAttribution: new Map(), attributionBlocks: new Set(), announcedBlocks: new Set(), unattributed: [], unnamed: [] };
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
      const attribution = attributionLine(last, language);
      const inner = attribution && quotedParagraph(lines.slice(0, -1).join('\n'), language);
      if (attribution && inner) {
        push({ text: cleanQuoteText(inner), ...attribution, form: 1, block: index, at: 0 });
        scan.inlineAttribution.set(index, lines.length - 1);
        return;
      }
    }
    const whole = quotedParagraph(text, language);
    const next = blocks[index + 1];
    if (whole && next && next.length === 1) {
      const attribution = attributionLine(next[0] ?? '', language);
      if (attribution) {
        push({ text: cleanQuoteText(whole), ...attribution, form: 1, block: index, at: 0 });
        scan.attributionBlocks.add(index + 1);
        return;
      }
    }
    // 1. without quotation marks: the attribution must be a name under an em dash or `--`.
    if (!whole) {
      const bareInline = lines.length >= 2 ? bareAttributionLine(lines[lines.length - 1] ?? '', language) : undefined;
      const bareNext = !bareInline && next?.length === 1 ? bareAttributionLine(next[0] ?? '', language) : undefined;
      const words = unmarkedParagraph(bareInline ? lines.slice(0, -1).join('\n') : text);
      if (words && (bareInline || bareNext)) {
        push({ text: cleanQuoteText(words), ...(bareInline ?? bareNext ?? { speaker: '' }), form: 1, block: index, at: 0 });
        if (bareInline) scan.inlineAttribution.set(index, lines.length - 1);
        else scan.attributionBlocks.add(index + 1);
        return;
      }
    }

    const flat = collapse(text);
    const claimed: Array<[number, number]> = [];

    // 3. and 4. `Name, role, stated:` followed by a quotation in the same paragraph or the next one.
    INTRO.lastIndex = 0;
    for (let m = INTRO.exec(flat); m; m = INTRO.exec(flat)) {
      // Name first (`Jana Roe, Rolle, sagte:`) or, in German, verb first (`erklärte Jana Roe:`).
      const who = m[1] !== undefined ? speakerAndRole(language, m[1], m[2], flat.slice(0, m.index)) : speakerAndRole(language, m[3] ?? '', m[4]);
      if (!who) {
        // `Am Montag erklärte Jana Roe:` first reads `Am Montag` as a name: look again from the next word.
        if (language.verbBeforeNameInIntro) INTRO.lastIndex = m.index + 1;
        continue;
      }
      const after = m.index + m[0].length;
      SPAN.lastIndex = after;
      const span = SPAN.exec(flat);
      if (span && span.index === after) {
        push({ text: cleanQuoteText(span.slice(1).find((group) => group !== undefined) ?? ''), ...who, form: 3, block: index, at: m.index });
        claimed.push([span.index, span.index + span[0].length]);
        INTRO.lastIndex = span.index + span[0].length;
        continue;
      }
      if (after === flat.length && next && !scan.attributionBlocks.has(index + 1)) {
        const nextText = next.join('\n');
        push({ text: cleanQuoteText(quotedParagraph(nextText, language) ?? nextText), ...who, form: 4, block: index + 1, at: 0 });
        scan.announcedBlocks.add(index + 1);
      }
    }
    if (next && !scan.announcedBlocks.has(index + 1) && !scan.attributionBlocks.has(index + 1)) {
      const unnamed = UNNAMED_INTRO.exec(flat);
      if (unnamed?.[1]) scan.unnamed.push({ intro: unnamed[1], block: index + 1 });
    }

    // 2. `“…,” said Name, of Organization.`
    SPAN.lastIndex = 0;
    for (let span = SPAN.exec(flat); span; span = SPAN.exec(flat)) {
      const start = span.index;
      const end = start + span[0].length;
      if (claimed.some(([a, b]) => start >= a && start < b)) continue;
      const words = cleanQuoteText(span.slice(1).find((group) => group !== undefined) ?? '');
      const m = SAID_AFTER.exec(flat.slice(end));
      const who = m ? (m[1] ? speakerAndRole(language, m[1], m[2]) : speakerAndRole(language, m[3] ?? '', m[4])) : undefined;
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
