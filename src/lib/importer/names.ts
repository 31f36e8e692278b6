/** People's names, roles and region labels as the house style writes them. */

/** A capitalised word of a name: `Jane`, `O’Neill`, `Chol-gyu`, `A.`, `J.D.`, `al-Rashid`. */
const NAME_WORD = String.raw`(?:(?:\p{Lu}\.){1,3}(?![\p{L}\p{N}])|(?:(?:al|el|ad|ar|as|d)[-’'])?\p{Lu}[\p{L}\p{M}’'-]*)`;
const PARTICLE = String.raw`(?:de|da|del|della|di|du|dos|das|van|von|der|den|ter|le|la|bin|ibn|bint|al|el|y)`;
/** Two to five words, the first and last capitalised, lower-case particles between (`Ana de la Cruz`). */
export const NAME = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${NAME_WORD}){1,4}`;

/** Verbs that introduce or follow a quotation. */
export const SAID = String.raw`(?:said|says|stated|states|added|adds|told\s+[\p{L} ]{1,30}?|wrote|writes|warned|warns|explained|declared|noted|notes|commented|remarked|insisted|argued|cautioned|observed|announced|replied|concluded)`;

/** Capitalised words that open a sentence rather than a name: dropped from the front of a match. */
const SENTENCE_OPENERS = new Set([
  'a', 'an', 'the', 'in', 'on', 'at', 'but', 'and', 'or', 'so', 'yet', 'as', 'after', 'before', 'when', 'while',
  'yesterday', 'today', 'tonight', 'meanwhile', 'however', 'then', 'later', 'earlier', 'also', 'separately',
  'speaking', 'asked', 'according', 'this', 'that', 'these', 'those', 'last', 'next', 'here', 'there', 'now',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'still', 'even', 'indeed',
]);

/** Job titles written before a name (`Foreign Minister Jane Roe`): they become the role. */
const TITLE_WORDS = new Set([
  'foreign', 'defence', 'defense', 'interior', 'finance', 'trade', 'health', 'economy', 'energy', 'prime', 'deputy',
  'vice', 'chief', 'premier', 'councillor', 'councilor', 'special', 'senior', 'acting', 'former', 'minister', 'president', 'secretary', 'secretary-general',
  'ambassador', 'senator', 'general', 'spokesperson', 'spokesman', 'spokeswoman', 'chancellor', 'governor', 'mayor',
  'director', 'chairman', 'chairwoman', 'chair', 'envoy', 'commissioner', 'admiral', 'colonel', 'captain',
  'lieutenant', 'commander', 'king', 'queen', 'prince', 'princess', 'pope', 'rabbi', 'pastor', 'bishop',
  'archbishop', 'cardinal', 'professor', 'prof.', 'analyst', 'economist', 'researcher', 'representative', 'speaker',
]);

/** Words that make a capitalised phrase an institution rather than a person (`The White House said:`). */
const INSTITUTION_WORDS = new Set([
  'house', 'office', 'ministry', 'department', 'agency', 'council', 'government', 'commission', 'committee', 'bank',
  'court', 'police', 'army', 'navy', 'parliament', 'senate', 'congress', 'embassy', 'union', 'institute', 'university',
  'authority', 'company', 'group', 'party', 'church', 'secretariat', 'kremlin', 'pentagon', 'cabinet', 'board',
]);

/** A speaker found before a verb: the name, and a job title written in front of it, if any. */
export interface Speaker {
  name: string;
  title?: string;
}

/**
 * Cleans a name matched by NAME: drops sentence openers (`Yesterday Jane Roe`) and splits off job
 * titles (`Foreign Minister Jane Roe`). Returns undefined when fewer than two name words remain,
 * unless one of them is an initial (`A. Minister`).
 */
export function cleanSpeaker(matched: string): Speaker | undefined {
  const words = collapse(matched).split(' ');
  while (words.length && SENTENCE_OPENERS.has((words[0] ?? '').toLowerCase())) words.shift();
  const title: string[] = [];
  while (words.length > 1 && TITLE_WORDS.has((words[0] ?? '').toLowerCase())) title.push(words.shift() ?? '');
  if (words.length < 2) return undefined;
  if (words.some((w) => INSTITUTION_WORDS.has(w.toLowerCase()))) return undefined;
  return title.length ? { name: words.join(' '), title: title.join(' ') } : { name: words.join(' ') };
}

/** Words that show a phrase is a clause, not a description of the person after it. */
const NOT_IN_A_ROLE = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'whom', 'which', 'that', 'said', 'says', 'told', 'when', 'while', 'if']);
/** A role opens with an article or a possessive determiner, or contains a possessive (`Northwind Bank’s head of research`). */
const ROLE_OPENING = /^(?:the|a|an|its|their|his|her|our)\s|[\p{L}\p{N}]['’]s\s|\p{Ll}s['’]\s/iu;
/** Adverbs that may open the clause before the description (`Yesterday the transport minister …`): not part of the role. */
const LEADING_ADVERBS = new Set(['yesterday', 'today', 'tonight', 'meanwhile', 'however', 'separately', 'later', 'earlier', 'also', 'then', 'now', 'still', 'indeed']);
/** …or ends in a word that names a position (`North Korean leader`). */
const POSITION_WORDS = new Set([...TITLE_WORDS, 'leader', 'head', 'official', 'adviser', 'advisor', 'spokesperson', 'founder', 'editor', 'correspondent', 'negotiator']);

/**
 * The words that describe a person written just before the name, from the start of the clause:
 * `…, the agency's chief economist` (before `Jane Roe said:`). Taken as written, without an adverb
 * such as `Yesterday` in front. Undefined unless
 * the phrase clearly describes the person: at most eight words, opening with an article or a
 * possessive, or containing a possessive, and no sentence opener, pronoun or verb of saying.
 */
export function roleBeforeName(textBefore: string): string | undefined {
  // The clause starts after the last comma, colon, semicolon, dash, parenthesis or sentence end.
  const start = Math.max(...[...textBefore.matchAll(/[,;:(\u2013\u2014]|(?<!\b\p{Lu})[.!?]["”’)]?\s/gu)].map((m) => m.index + m[0].length), 0);
  const words = collapse(textBefore.slice(start)).split(' ');
  while (words.length > 1 && LEADING_ADVERBS.has((words[0] ?? '').toLowerCase())) words.shift();
  const phrase = words.join(' ');
  if (!phrase || words.length > 8 || !/\p{L}/u.test(phrase) || /["“”‘]/u.test(phrase)) return undefined;
  const first = (words[0] ?? '').toLowerCase();
  if (SENTENCE_OPENERS.has(first) && !['a', 'an', 'the'].includes(first)) return undefined;
  if (words.some((w) => NOT_IN_A_ROLE.has(w.toLowerCase()))) return undefined;
  const position = POSITION_WORDS.has((words[words.length - 1] ?? '').toLowerCase()) && words.length >= 2;
  return ROLE_OPENING.test(`${phrase} `) || position ? phrase : undefined;
}

/** True for a line that is only a person's name (an optional `By ` in front). */
export function looksLikeName(line: string): string | undefined {
  const match = new RegExp(String.raw`^(?:[Bb]y\s+)?(${NAME})$`, 'u').exec(line.trim());
  if (!match?.[1]) return undefined;
  const words = collapse(match[1]).split(' ');
  if (words.length > 5 || words.some((w) => SENTENCE_OPENERS.has(w.toLowerCase()))) return undefined;
  return collapse(match[1]);
}

/**
 * A role as frontmatter shows it: the appositive as written, with a leading `of`/`from` and a
 * leading article dropped and the first letter capitalised. `of the Example Institute` →
 * `Example Institute`; `a professor at Eastmarch University` → `Professor at Eastmarch University`.
 */
export function roleLabel(raw: string): string | undefined {
  let role = collapse(raw).replace(/[\s,;:.]+$/u, '');
  role = role.replace(/^(?:of|from)\s+/u, '');
  role = role.replace(/^(?:a|an|the)\s+/iu, '');
  if (!role) return undefined;
  return role.charAt(0).toUpperCase() + role.slice(1);
}

/** Runs of whitespace (including line breaks of wrapped text) become one space. */
export function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Upper-case abbreviations kept as they are in a kicker. */
const ACRONYMS = new Set([
  'UN', 'EU', 'UK', 'US', 'USA', 'UAE', 'NATO', 'AI', 'IMF', 'WHO', 'ASEAN', 'OPEC', 'DRC', 'BRICS', 'ICC', 'IAEA',
  'UNESCO', 'UNICEF', 'OECD', 'WTO', 'GCC', 'AU', 'CAR', 'DPRK', 'PRC', 'ROK', 'G7', 'G20', 'CBDC', 'ECB', 'II', 'III',
]);
const SMALL_WORDS = new Set(['of', 'and', 'the', 'in', 'on', 'for', 'to', 'at', 'by', 'de', 'del', 'la', 'y']);

/** `NORTH KOREA` → `North Korea`, `MIDDLE EAST` → `Middle East`, `ASIA-PACIFIC` → `Asia-Pacific`, `EU` stays. */
export function titleCase(region: string): string {
  return collapse(region)
    .split(' ')
    .map((word, index) =>
      word
        .split(/([-/])/u)
        .map((part) => {
          if (part === '-' || part === '/' || part === '') return part;
          if (ACRONYMS.has(part) || /[\d.]/u.test(part)) return part;
          const lower = part.toLowerCase();
          if (index > 0 && SMALL_WORDS.has(lower)) return lower;
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
