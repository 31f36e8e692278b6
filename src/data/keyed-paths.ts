/**
 * Every getStaticPaths of src/pages returns its entries through `keyed`: each gets a `cacheKey`, the
 * hash of this edition and of everything the page prints (its params and props), so Astro's
 * incremental build re-renders a page exactly when its data changed (src/lib/build/cache-key.ts).
 * A page that renders a content entry's body names the entry (`bodies`), so that the bytes of the
 * body's pictures are in the key too (src/data/entry-pictures.ts), and the entry is keyed by the digest
 * of its text rather than by its rendered HTML (entryIdentity).
 */
import { projectRoot } from 'virtual:watchman/site-content';
import { siteEdition } from './query.ts';
import { pictureDigests, type PictureEntry } from './entry-pictures.ts';
import { withCacheKeys, type KeyedEntry, type StaticPath } from '../lib/build/cache-key.ts';

/** The route's entries with their cache keys; `bodies` names the content entries whose bodies a path renders. */
export function keyed<P extends StaticPath>(paths: readonly P[], bodies?: (path: P) => readonly ((PictureEntry & KeyedEntry) | undefined)[]): (P & { cacheKey: string })[] {
  return withCacheKeys(paths, siteEdition().lang, bodies && ((path) => bodies(path).map((entry) => (entry ? pictureDigests(entry, projectRoot) : null))), bodies);
}
