/**
 * How people quoted are listed: by their name without honorifics ("Rev. Anita Castellanos" under A,
 * "Prof. Dr. Jan Weber" under J), and which speakers are not named at all ("An unnamed delegate",
 * "a spokesperson", "officials", German "ein Sprecher"), who get no page of their own. Pure functions.
 */

// Titles and offices written before a name, English and German, compared without a final full stop.
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'rev', 'revd', 'reverend', 'the', 'rt', 'hon', 'right', 'honourable', 'honorable', 'very',
  'sir', 'dame', 'lord', 'lady', 'pastor', 'father', 'fr', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'sheikh', 'elder', 'deacon',
  'brother', 'sister', 'president', 'senator', 'sen', 'rep', 'ambassador', 'judge', 'justice', 'gen', 'general', 'col', 'colonel', 'capt', 'captain', 'lt',
  'herr', 'frau', 'pfarrer', 'pfarrerin', 'pastorin', 'bischof', 'bischöfin', 'pater', 'schwester', 'bruder', 'dekan', 'dekanin',
  'präsident', 'präsidentin', 'botschafter', 'botschafterin', 'rabbiner', 'med', 'h.c',
]);

const wordsOf = (name: string): string[] => name.trim().split(/\s+/).filter(Boolean);
const bare = (word: string): string => word.toLowerCase().replace(/\.$/, '');

/** The name without the honorifics before it; the name itself when nothing else would be left. */
export function nameWithoutHonorifics(name: string): string {
  const words = wordsOf(name);
  let first = 0;
  // "The" counts only before another title ("The Rev. …"), never as the whole of what is left.
  while (first < words.length - 1 && HONORIFICS.has(bare(words[first]!)) && (bare(words[first]!) !== 'the' || HONORIFICS.has(bare(words[first + 1]!)))) first++;
  return words.slice(first).join(' ');
}

// Words that open a description rather than a name: articles and counts (never an initial such as "A.").
const DESCRIPTION_OPENERS = new Set(['a', 'an', 'one', 'some', 'several', 'two', 'three', 'many', 'ein', 'eine', 'einer', 'einige', 'mehrere', 'zwei', 'drei']);
const UNNAMED_WORDS = /\b(?:unnamed|anonymous|unidentified|ungenannte?r?|anonyme?r?)\b/iu;
// A speaker given only as a role or group, in one or two words ("Officials", "Diplomaten").
const ROLES = new Set([
  'official', 'officials', 'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'delegate', 'delegates', 'diplomat', 'diplomats', 'source', 'sources',
  'analyst', 'analysts', 'participant', 'participants', 'resident', 'residents', 'witness', 'witnesses', 'observer', 'observers', 'organisers', 'organizers',
  'sprecher', 'sprecherin', 'beamte', 'beamter', 'diplomaten', 'teilnehmer', 'teilnehmerin', 'anwohner', 'regierungskreise', 'kreise', 'beobachter',
]);

/** Whether a speaker is a description of someone rather than a name (no page; listed plainly where quoted). */
export function isUnnamedSpeaker(speaker: string): boolean {
  const words = wordsOf(speaker);
  if (!words.length) return true;
  if (UNNAMED_WORDS.test(speaker)) return true;
  if (DESCRIPTION_OPENERS.has(words[0]!.toLowerCase())) return true;
  // Written in a cased script with nothing capitalised: "officials", "the ministry's spokesperson" (Arabic or Chinese names have no case).
  if (/\p{Ll}/u.test(speaker) && !/\p{Lu}/u.test(speaker)) return true;
  const rest = words[0]!.toLowerCase() === 'the' ? words.slice(1) : words;
  return rest.length <= 2 && ROLES.has(rest.at(-1)!.toLowerCase().replace(/[.,]$/, ''));
}
