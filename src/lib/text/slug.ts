/** Turns display names (topics, sources) into URL slugs. */
import anyAscii from 'any-ascii';

/** `North Korea` → `north-korea`; `Café Société` → `cafe-societe`. Returns '' when nothing sluggable remains. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Longest id the tools make from a title: ids are file names and URL segments on every host. */
export const MAX_GENERATED_ID_LENGTH = 80;

/**
 * A file id from a title or a name, for the tools that create files (`new`, `import`): letters
 * of any script are transliterated to ASCII (`Россия` → `rossiya`), because ids must be ASCII
 * (the content contract's id rule), and the result is cut at a hyphen to at most
 * MAX_GENERATED_ID_LENGTH characters. Returns '' when nothing usable remains.
 */
export function fileIdFrom(text: string): string {
  const slug = slugify(anyAscii(text.normalize('NFC'))).replace(/[^a-z0-9-]+/g, '-').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_GENERATED_ID_LENGTH) return slug;
  const cut = slug.slice(0, MAX_GENERATED_ID_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > MAX_GENERATED_ID_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_GENERATED_ID_LENGTH)).replace(/-+$/, '');
}
