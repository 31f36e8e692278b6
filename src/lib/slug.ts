/** Turns display names (topics, sources) into URL slugs. */

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
