/**
 * Draft text in the output: a few runs of words from each draft body that no published article
 * contains, looked for in every built text file. The audit's backstop behind the rules that keep
 * drafts out (a draft page, an MDX import of a draft, a copied paragraph would all show here).
 * Linear: one pass over the published texts, one over the output; each pass looks words up by the
 * run's rarest-looking (longest) word, so common words cost one Map lookup. Which runs a published
 * text holds can be remembered by the text's hash (FoundMemo): a rebuild reads again only what changed.
 */
import { createHash } from 'node:crypto';

/** Words of a run; long enough that two unrelated texts never share one by chance. */
export const RUN_LENGTH = 12;
/** Runs taken from each draft, spread over its body. */
export const RUNS_PER_DRAFT = 6;

export interface DraftRun {
  draftId: string;
  words: string[];
}

/** Words as the audit compares them: NFKC, lower case, letters and digits only. */
export function comparableWords(text: string): string[] {
  return wordsOf(text.normalize('NFKC').toLowerCase());
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * The runs of letters and digits (\p{L}, \p{N}) of `text`, everything else a separator: what
 * `split(/[^\p{L}\p{N}]+/u)` without its empty strings gives, scanned by hand because the audit runs
 * it over every built page (3 times faster at 19 MB of page text; ASCII needs no Unicode lookup).
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    let width = 1;
    let inWord: boolean;
    if (code < 0x80) inWord = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
    else {
      const point = text.codePointAt(at)!;
      if (point > 0xffff) width = 2;
      inWord = LETTER_OR_DIGIT.test(String.fromCodePoint(point));
    }
    if (inWord) {
      if (start < 0) start = at;
    } else if (start >= 0) {
      words.push(text.slice(start, at));
      start = -1;
    }
    at += width - 1;
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}

/** The readable text of an HTML or XML file: tags removed, the usual character references decoded. */
export function visibleText(markup: string): string {
  return markup
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, entity: string) => {
      const lower = entity.toLowerCase();
      if (lower.startsWith('#x')) return safeCodePoint(Number.parseInt(lower.slice(2), 16));
      if (lower.startsWith('#')) return safeCodePoint(Number.parseInt(lower.slice(1), 10));
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[lower] ?? ' ';
    });
}

function safeCodePoint(code: number): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
}

/** Finds runs of words in word lists, anchored on each run's longest word. */
class RunMatcher {
  private readonly byAnchor = new Map<string, { run: DraftRun; offset: number }[]>();

  constructor(runs: readonly DraftRun[]) {
    for (const run of runs) {
      let offset = 0;
      run.words.forEach((word, index) => {
        if (word.length > run.words[offset]!.length) offset = index;
      });
      const list = this.byAnchor.get(run.words[offset]!) ?? [];
      list.push({ run, offset });
      this.byAnchor.set(run.words[offset]!, list);
    }
  }

  /** The runs that occur in `words`. */
  found(words: readonly string[]): Set<DraftRun> {
    const hits = new Set<DraftRun>();
    for (let index = 0; index < words.length; index++) {
      const candidates = this.byAnchor.get(words[index]!);
      if (!candidates) continue;
      for (const { run, offset } of candidates) {
        const start = index - offset;
        if (start < 0 || start + run.words.length > words.length) continue;
        if (run.words.every((word, at) => words[start + at] === word)) hits.add(run);
      }
    }
    return hits;
  }
}

/**
 * Which of a set of candidate runs each published text holds (their indices), by the text's hash
 * (textKey). One memo is valid for one set of candidates: `memoFor` is handed them to choose it.
 */
export interface FoundMemo {
  get(key: string): number[] | undefined;
  set(key: string, found: number[]): void;
}

/** The memo key of a text. */
export function textKey(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** A key naming a set of candidate runs, for the memo that belongs to them. */
export function candidatesKey(candidates: readonly DraftRun[]): string {
  return createHash('sha256').update(JSON.stringify(candidates)).digest('base64url');
}

/**
 * Up to RUNS_PER_DRAFT runs from each draft body (its Markdown: markup is not words, so it costs no parse) that occur in none of the published texts (bodies,
 * titles, summaries), so that a paragraph shared with a published article is never taken for a leak.
 * Drafts shorter than one run give none: their ids and pictures are checked instead.
 */
export function draftRuns(drafts: readonly { id: string; text: string }[], publishedTexts: Iterable<string>, memoFor?: (candidates: readonly DraftRun[]) => FoundMemo): DraftRun[] {
  const candidates: DraftRun[] = [];
  for (const draft of drafts) {
    const words = comparableWords(draft.text);
    if (words.length < RUN_LENGTH) continue;
    const last = words.length - RUN_LENGTH;
    const starts = new Set(Array.from({ length: RUNS_PER_DRAFT }, (_, k) => Math.round((k * last) / Math.max(1, RUNS_PER_DRAFT - 1))));
    for (const start of starts) candidates.push({ draftId: draft.id, words: words.slice(start, start + RUN_LENGTH) });
  }
  if (!candidates.length) return [];
  const matcher = new RunMatcher(candidates);
  const index = new Map(candidates.map((run, at) => [run, at]));
  const memo = memoFor?.(candidates);
  const shared = new Set<number>();
  for (const text of publishedTexts) {
    const key = memo ? textKey(text) : '';
    let found = memo?.get(key);
    if (!found) {
      found = [...matcher.found(comparableWords(text))].map((run) => index.get(run)!);
      memo?.set(key, found);
    }
    for (const at of found) shared.add(at);
  }
  return candidates.filter((_, at) => !shared.has(at));
}

/** For each output file's text, the drafts whose runs it contains. */
export function draftTextFinder(runs: readonly DraftRun[]): (text: string) => string[] {
  const matcher = new RunMatcher(runs);
  return (text) => [...new Set([...matcher.found(comparableWords(text))].map((run) => run.draftId))];
}
