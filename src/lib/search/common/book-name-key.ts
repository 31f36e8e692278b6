/**
 * How the search box writes a book name as a lookup key, and the written forms one key stands for, in
 * a language's style: English numbers its books `1 John`, `I John`, `First John`, `1st John`; German
 * `1. Mose`, `1.Mose`, `1 Mose`, `1Mose`.
 */

/** The naming style of a language's book names: how a book number is written. */
export type NameStyle = 'en' | 'de';

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  1: '1', 2: '2', 3: '3', '1st': '1', '2nd': '2', '3rd': '3', first: '1', second: '2', third: '3', i: '1', ii: '2', iii: '3',
};

/** `1 Thessalonians` → { number: '1', base: 'Thessalonians' }; German `1. Mose` → { number: '1', base: 'Mose' }; `Luke` → { number: '', base: 'Luke' }. */
export function numberedBase(name: string, style: NameStyle = 'en'): { number: string; base: string } {
  const match = (style === 'de' ? /^([1-5])\.? ?(.+)$/ : /^([123]) ?(.+)$/).exec(name);
  return match ? { number: match[1]!, base: match[2]! } : { number: '', base: name };
}

/**
 * The lookup key of a written name: lowercase, one space, no final dot, the number written as a
 * digit and a space (`I Thess.`, `1Thess`, `First Thess` → `1 thess`; German `1. Mose`, `1Mo` →
 * `1 mose`, `1 mo`). Undefined when not name-like.
 */
export function bookKey(written: string, style: NameStyle = 'en'): string | undefined {
  const text = written.toLowerCase().replace(/[\s\u00A0]+/g, ' ').trim().replace(/\.$/, '');
  if (style === 'de') {
    // German letters (`römer`, `könige`); the number may carry its dot and touch the name (`1.mose`).
    const german = /^(?:([1-5])\.? ?)?(\p{L}[\p{L}' ]*)$/u.exec(text.replace(/’/g, "'"));
    if (!german) return undefined;
    return german[1] ? `${german[1]} ${german[2]}` : german[2];
  }
  // A digit may touch the name (`1thess`); a word or Roman number needs a space (`isaiah` is no `i saiah`).
  const match = /^(?:(1st|2nd|3rd|first|second|third|iii|ii|i) |([123]) ?)?([a-z][a-z' ]*)$/.exec(text.replace(/’/g, "'"));
  if (!match) return undefined;
  const number = match[1] ?? match[2];
  return number ? `${NUMBER_WORDS[number]} ${match[3]}` : match[3];
}

/** The written forms the search box reads as one candidate name (each must mean the same book to the parser). */
export function nameVariants(candidate: string, style: NameStyle = 'en'): string[] {
  const { number, base } = numberedBase(candidate, style);
  const leads = !number
    ? ['']
    : style === 'de'
      ? [`${number}. `, `${number}.`, `${number} `, number]
      : [`${number} `, number, `${'I'.repeat(Number(number))} `, `${['First', 'Second', 'Third'][Number(number) - 1]} `];
  // German references write an abbreviation without its dot (`Offb 13`, as the parser reads them);
  // the search box still reads `Offb. 13`, since a key drops a final dot.
  const forms = leads.flatMap((lead) => (style === 'de' ? [lead + base] : [lead + base, `${lead}${base}.`]));
  return [...forms, ...forms.map((form) => form.toLowerCase())];
}
