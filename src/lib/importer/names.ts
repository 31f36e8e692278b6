/** People's names, roles and region labels as the house style writes them, in the language given (English by default). */
import { ENGLISH_IMPORT } from './language-en.ts';
import { isInstitutionWord, isTitleWord, memoByLanguage, type ImporterLanguage } from './language.ts';

/** A capitalised word of a name: `Jane`, `O’Neill`, `Chol-gyu`, `A.`, `J.D.`, `al-Rashid`. */
const NAME_WORD = String.raw`(?:(?:\p{Lu}\.){1,3}(?![\p{L}\p{N}])|(?:(?:al|el|ad|ar|as|d)[-’'])?\p{Lu}[\p{L}\p{M}’'-]*)`;
/** Two to five words, the first and last capitalised, the language's lower-case particles between (`Ana de la Cruz`). */
export const namePattern = memoByLanguage((language) => String.raw`${NAME_WORD}(?:\s+(?:${language.particle}\s+)*${NAME_WORD}){1,4}`);
/** The English name pattern. */
export const NAME = namePattern(ENGLISH_IMPORT);

/** Verbs that introduce or follow a quotation (English). */
export const SAID = ENGLISH_IMPORT.said;

/** A speaker found before a verb: the name, and a job title written in front of it, if any. */
export interface Speaker {
  name: string;
  title?: string;
  /** The words after the name that say where the person is from (German `von der Stiftung X`). */
  from?: string;
}

/**
 * Cleans a name matched by the name pattern: drops sentence openers (`Yesterday Jane Roe`), ends
 * the name before a word that cannot be in one (German `Reportern`) and splits off job titles
 * (`Foreign Minister Jane Roe`, `Außenministerin Jana Roe`). Returns undefined when fewer than two
 * name words remain, unless one of them is an initial (`A. Minister`).
 */
export function cleanSpeaker(matched: string, language: ImporterLanguage = ENGLISH_IMPORT): Speaker | undefined {
  const words = collapse(matched).split(' ');
  while (words.length && language.sentenceOpeners.has((words[0] ?? '').toLowerCase())) words.shift();
  const stop = words.findIndex((w) => language.notInName.has(w.toLowerCase()));
  if (stop >= 0) words.length = stop;
  const from = fromAfterName(words, language);
  const title: string[] = [];
  while (words.length > 1 && isTitleWord(language, words[0] ?? '')) title.push(words.shift() ?? '');
  if (words.length < 2) return undefined;
  if (words.some((w) => isInstitutionWord(language, w))) return undefined;
  const speaker: Speaker = { name: words.join(' ') };
  if (title.length) speaker.title = title.join(' ');
  if (from) speaker.from = from;
  return speaker;
}

/** Takes `von der Umweltorganisation Blauer Fluss` off the end of the words (a role particle followed by two capitalised words or more). */
function fromAfterName(words: string[], language: ImporterLanguage): string | undefined {
  const at = words.findIndex((w, i) => i >= 2 && language.roleParticles.has(w));
  if (at < 0) return undefined;
  const capitalised = words.slice(at + 1).filter((w) => /^\p{Lu}/u.test(w));
  if (capitalised.length < 2) return undefined;
  return words.splice(at).join(' ');
}

/**
 * The words that describe a person written just before the name, from the start of the clause:
 * `…, the agency's chief economist` (before `Jane Roe said:`). Taken as written, without an adverb
 * such as `Yesterday` in front (German also drops a leading article: `Die Sprecherin des Amtes,`
 * → `Sprecherin des Amtes`). Undefined unless the phrase clearly describes the person: at most
 * eight words, opening with an article or a possessive, or containing a possessive, or ending in a
 * position word, and no sentence opener, pronoun or verb of saying.
 */
export function roleBeforeName(textBefore: string, language: ImporterLanguage = ENGLISH_IMPORT): string | undefined {
  const rules = language.roleBefore;
  // German writes the name as an appositive: `Die Sprecherin des Amtes, Jana Roe, sagte:`.
  const before = language.appositiveName ? textBefore.replace(/,\s*$/u, ' ') : textBefore;
  // The clause starts after the last comma, colon, semicolon, dash, parenthesis or sentence end.
  const start = Math.max(...[...before.matchAll(/[,;:(\u2013\u2014]|(?<!\b\p{Lu})[.!?]["”“’)]?\s/gu)].map((m) => m.index + m[0].length), 0);
  const words = collapse(before.slice(start)).split(' ');
  while (words.length > 1 && rules.leadingAdverbs.has((words[0] ?? '').toLowerCase())) words.shift();
  const phrase = words.join(' ');
  if (!phrase || words.length > 8 || !/\p{L}/u.test(phrase) || new RegExp(`[${language.quoteMarks}‘]`, 'u').test(phrase)) return undefined;
  const first = (words[0] ?? '').toLowerCase();
  if (language.sentenceOpeners.has(first) && !rules.articles.includes(first)) return undefined;
  if (words.some((w) => rules.notInRole.has(w.toLowerCase()))) return undefined;
  const last = (words[words.length - 1] ?? '').toLowerCase();
  const position = words.length >= 2 && (rules.positionWords.has(last) || (language.titleSuffixes.length > 0 && isTitleWord(language, last)));
  if (!rules.opening.test(`${phrase} `) && !position) return undefined;
  if (!rules.dropArticle) return phrase;
  const dropped = phrase.replace(new RegExp(`^(?:${rules.articles.join('|')})\\s+`, 'iu'), '');
  return dropped.charAt(0).toUpperCase() + dropped.slice(1);
}

/** True for a line that is only a person's name (an optional `By ` / `Von ` in front). */
export function looksLikeName(line: string, language: ImporterLanguage = ENGLISH_IMPORT): string | undefined {
  const match = new RegExp(String.raw`^(?:${language.byline})?(${namePattern(language)})$`, 'u').exec(line.trim());
  if (!match?.[1]) return undefined;
  const words = collapse(match[1]).split(' ');
  if (words.length > 5 || words.some((w) => language.sentenceOpeners.has(w.toLowerCase()))) return undefined;
  return collapse(match[1]);
}

/**
 * A role as frontmatter shows it: the appositive as written, with a leading `of`/`from` and a
 * leading article dropped and the first letter capitalised. `of the Example Institute` →
 * `Example Institute`; `a professor at Eastmarch University` → `Professor at Eastmarch University`;
 * German `die Sprecherin des Hilfswerks` → `Sprecherin des Hilfswerks`.
 */
export function roleLabel(raw: string, language: ImporterLanguage = ENGLISH_IMPORT): string | undefined {
  let role = collapse(raw).replace(/[\s,;:.]+$/u, '');
  role = role.replace(roleDrop(language).preposition, '');
  role = role.replace(roleDrop(language).article, '');
  if (!role) return undefined;
  return role.charAt(0).toUpperCase() + role.slice(1);
}

const roleDrop = memoByLanguage((language) => ({
  preposition: new RegExp(`^${language.roleDrop.prepositions}\\s+`, 'u'),
  article: new RegExp(`^${language.roleDrop.articles}\\s+`, 'iu'),
}));

/** Runs of whitespace (including line breaks of wrapped text) become one space. */
export function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** `NORTH KOREA` → `North Korea`, `MIDDLE EAST` → `Middle East`, `ASIA-PACIFIC` → `Asia-Pacific`, `EU` stays. */
export function titleCase(region: string, language: ImporterLanguage = ENGLISH_IMPORT): string {
  return collapse(region)
    .split(' ')
    .map((word, index) =>
      word
        .split(/([-/])/u)
        .map((part) => {
          if (part === '-' || part === '/' || part === '') return part;
          if (language.acronyms.has(part) || /[\d.]/u.test(part)) return part;
          const lower = part.toLowerCase();
          if (index > 0 && language.smallWords.has(lower)) return lower;
          return lower.charAt(0).toUpperCase() + lower.slice(1);
        })
        .join(''),
    )
    .join(' ');
}

/** Compares names ignoring case, apostrophe style, dots and spacing. */
export function sameName(a: string, b: string): boolean {
  return foldName(a) === foldName(b);
}

export function foldName(name: string): string {
  return collapse(name).normalize('NFC').replace(/[’‘`]/gu, "'").toLowerCase();
}
