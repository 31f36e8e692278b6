/**
 * Body facts for the pages of this process, keyed by the body's text. Validation (which runs first
 * in the same process, in the site integration) puts in the facts it computed or read from the cache;
 * pages look them up, so no body is parsed a second time. A body not seen by validation (Astro
 * gives it with other line endings, or a file changed in `astro dev`) is read once and kept.
 * The maps travel in the site's one handoff channel (src/lib/build/handoff.ts).
 */
import { bodyFacts } from './body-facts.ts';
import { handoff, type Handoff, type PageFacts } from '../build/handoff.ts';

export type { PageFacts };

/**
 * The same body as validation and Astro each cut it from the file: Astro drops the blank lines
 * after the frontmatter and may keep CRLF line endings. None of that changes a fact pages use.
 */
function keyOf(body: string): string {
  return body.replace(/\r\n?/g, '\n').replace(/^(?:[ \t]*\n)+/, '').trimEnd();
}

function store(): Handoff['facts'] {
  return handoff().facts;
}

/** Records the facts of a body (called by validation). */
export function rememberFacts(body: string, mdx: boolean, facts: PageFacts): void {
  (mdx ? store().mdx : store().markdown).set(keyOf(body), facts);
}

/** Forgets every body (validation of a changed tree starts afresh, so removed files do not linger). */
export function forgetFacts(): void {
  store().markdown.clear();
  store().mdx.clear();
}

/** The facts of a body: remembered, or read now and remembered. */
export function factsOfBody(body: string, mdx: boolean): PageFacts {
  const map = mdx ? store().mdx : store().markdown;
  const key = keyOf(body);
  let facts = map.get(key);
  if (!facts) {
    const { text: _text, ...rest } = bodyFacts(body, { mdx });
    facts = rest;
    map.set(key, facts);
    store().computed++;
  }
  return facts;
}

/** How many bodies pages had to read themselves (0 when validation saw every body). */
export function factsComputedByPages(): number {
  return store().computed;
}
