/** How the search box writes a book name as a lookup key, and the written forms one key stands for. */

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  1: '1', 2: '2', 3: '3', '1st': '1', '2nd': '2', '3rd': '3', first: '1', second: '2', third: '3', i: '1', ii: '2', iii: '3',
};

/** `1 Thessalonians` → { number: '1', base: 'Thessalonians' }; `Luke` → { number: '', base: 'Luke' }. */
export function numberedBase(name: string): { number: string; base: string } {
  const match = /^([123]) ?(.+)$/.exec(name);
  return match ? { number: match[1]!, base: match[2]! } : { number: '', base: name };
}

/**
 * The lookup key of a written name: lowercase, one space, no final dot, the number written as a
 * digit and a space (`I Thess.`, `1Thess`, `First Thess` → `1 thess`). Undefined when not name-like.
 */
export function bookKey(written: string): string | undefined {
  const text = written.toLowerCase().replace(/[\s\u00A0]+/g, ' ').trim().replace(/\.$/, '');
  // A digit may touch the name (`1thess`); a word or Roman number needs a space (`isaiah` is no `i saiah`).
  const match = /^(?:(1st|2nd|3rd|first|second|third|iii|ii|i) |([123]) ?)?([a-z][a-z' ]*)$/.exec(text.replace(/’/g, "'"));
  if (!match) return undefined;
  const number = match[1] ?? match[2];
  return number ? `${NUMBER_WORDS[number]} ${match[3]}` : match[3];
}

/** The written forms the search box reads as one candidate name (each must mean the same book to the parser). */
export function nameVariants(candidate: string): string[] {
  const { number, base } = numberedBase(candidate);
  const leads = number ? [`${number} `, number, `${'I'.repeat(Number(number))} `, `${['First', 'Second', 'Third'][Number(number) - 1]} `] : [''];
  const forms = leads.flatMap((lead) => [lead + base, `${lead}${base}.`]);
  return [...forms, ...forms.map((form) => form.toLowerCase())];
}
