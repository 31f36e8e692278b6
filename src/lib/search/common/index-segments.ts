/**
 * The first segment of the scripture index's addresses in every language (ScriptureLanguage.indexSegment:
 * `/scripture/`, German `/bibel/`), for the article page's script, which must not load the scripture
 * modules to know them (a test keeps this list equal to the languages').
 */
export const INDEX_SEGMENTS: readonly string[] = ['scripture', 'bibel'];

/**
 * The book slug and chapter of a link to the scripture index in any edition (`/scripture/luke/21/`,
 * `/de/bibel/lukas/21/`), or undefined for any other address.
 */
export function scriptureIndexLink(href: string): { slug: string; chapter: number | undefined } | undefined {
  const match = new RegExp(`^(?:/[a-z]{2}(?:-[a-z]{2,4})?)?/(?:${INDEX_SEGMENTS.join('|')})/([a-z0-9-]+)/(?:(\\d+)/(?:#v\\d+)?)?$`).exec(href);
  if (!match) return undefined;
  return { slug: match[1]!, chapter: match[2] === undefined ? undefined : Number(match[2]) };
}
