/** Turns display names (topics, sources) into URL slugs, in the way each language transliterates. */
import anyAscii from 'any-ascii';

/** Languages whose letters slug differently; English (the default) drops accents. */
export type SlugLanguage = 'en' | 'de';

// German writes an umlaut without its dots as a following `e` (Müller → Mueller), and ß as `ss`.
const GERMAN_LETTERS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ẞ: 'SS' };

/** The text with the language's own transliteration applied (German `Gespräche` → `Gespraeche`). */
function transliterate(text: string, language: SlugLanguage): string {
  if (language !== 'de') return text;
  // NFC first, so a decomposed `u` + combining diaeresis is the one letter `ü`.
  return text.normalize('NFC').replace(/[äöüßÄÖÜẞ]/g, (letter) => GERMAN_LETTERS[letter] ?? letter);
}

/**
 * `North Korea` → `north-korea`; `Café Société` → `cafe-societe`; in German `Gespräche über` →
 * `gespraeche-ueber`. Returns '' when nothing sluggable remains.
 */
export function slugify(text: string, language: SlugLanguage = 'en'): string {
  return transliterate(text, language)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, language === 'de' ? ' und ' : ' and ')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Longest id the tools make from a title: ids are file names and URL segments on every host. */
export const MAX_GENERATED_ID_LENGTH = 80;

/**
 * A file id from a title or a name, for the tools that create files (`new`, `import`): letters
 * of any script are transliterated to ASCII (`Россия` → `rossiya`; in German `Gespräche über` →
 * `gespraeche-ueber`, in English `gesprache-uber`), because ids must be ASCII (the content
 * contract's id rule), and the result is cut at a hyphen to at most MAX_GENERATED_ID_LENGTH
 * characters. Returns '' when nothing usable remains.
 */
export function fileIdFrom(text: string, language: SlugLanguage = 'en'): string {
  const ascii = anyAscii(transliterate(text.normalize('NFC'), language));
  const slug = slugify(ascii, language).replace(/[^a-z0-9-]+/g, '-').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_GENERATED_ID_LENGTH) return slug;
  const cut = slug.slice(0, MAX_GENERATED_ID_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > MAX_GENERATED_ID_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_GENERATED_ID_LENGTH)).replace(/-+$/, '');
}
