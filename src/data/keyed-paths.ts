/**
 * Every getStaticPaths of src/pages returns its entries through `keyed`: each gets a `cacheKey`, the
 * hash of this edition and of everything the page prints (its params and props), so Astro's
 * incremental build re-renders a page exactly when its data changed (src/lib/build/cache-key.ts).
 */
import { siteEdition } from './query.ts';
import { withCacheKeys, type StaticPath } from '../lib/build/cache-key.ts';

/** The route's entries with their cache keys; `extra` is anything the page reads at render time besides its props. */
export function keyed<P extends StaticPath>(paths: readonly P[], extra?: unknown): (P & { cacheKey: string })[] {
  return withCacheKeys(paths, siteEdition().lang, extra);
}
