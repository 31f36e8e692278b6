/**
 * The static paths of the scripture pages, for the route files under src/pages/scripture/ and
 * src/pages/bibel/: both folders hold the same thin routes, and each gives paths only when the
 * build's edition writes its scripture index under that folder's segment (`scripture` in English,
 * `bibel` in German: the edition's scripture language), so an English run never writes /bibel/ and a
 * German run never /scripture/.
 */
import { articlesForScriptureIndex, pageContext } from './query.ts';
import { bookPages, chapterPages, scriptureIndexPage, usesScriptureSegment } from './scripture-pages.ts';
import { keyed } from './keyed-paths.ts';

async function contextIn(segment: string) {
  const context = await pageContext();
  return usesScriptureSegment(context.edition, segment) ? context : undefined;
}

/** `/<segment>/`: the index (a rest parameter, so the route can give no path at all). */
export async function indexPaths(segment: string) {
  const context = await contextIn(segment);
  if (!context) return [];
  return keyed([{ params: { index: undefined }, props: { data: scriptureIndexPage(await articlesForScriptureIndex(), context), edition: context.edition } }]);
}

/** `/<segment>/<book>/` (`later`: false) or `/<segment>/<book>/page/<n>/` (`later`: true). */
export async function bookPaths(segment: string, later: boolean) {
  const context = await contextIn(segment);
  if (!context) return [];
  return keyed(
    bookPages(await articlesForScriptureIndex(), context)
      .filter(({ current }) => (current > 1) === later)
      .map(({ book, current, data }) => ({ params: later ? { book, page: String(current) } : { book }, props: { data, edition: context.edition } })),
  );
}

/** `/<segment>/<book>/<chapter>/` and its later pages. */
export async function chapterPaths(segment: string) {
  const context = await contextIn(segment);
  if (!context) return [];
  return keyed(chapterPages(await articlesForScriptureIndex(), context).map(({ book, chapter, page, data }) => ({ params: { book, chapter, page }, props: { data, edition: context.edition } })));
}

/** True when this build's edition writes its scripture index under `/<segment>/` (the book feeds' routes ask). */
export async function buildUsesScriptureSegment(segment: string): Promise<boolean> {
  return (await contextIn(segment)) !== undefined;
}
