/**
 * The `cacheKey` of a page for Astro's incremental build (`experimental.incrementalBuild`): a hash of
 * exactly the data the page prints. Astro skips a path whose key, route code (its module graph) and
 * rendered content entries are unchanged, and keeps its previous output; so the key must change
 * whenever the data changes, and must not change when it does not (a stable serialisation).
 * Functions are left out: they are code, and code is in the route's module graph, which Astro hashes.
 */
import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted, Dates as ISO strings, Maps and Sets as sorted entries, undefined fields
 * left out. `standIns` replaces objects by what stands for them (a content entry by its identity).
 */
export function stableJson(value: unknown, standIns?: ReadonlyMap<object, unknown>): string {
  return JSON.stringify(normalise(value, new Set(), standIns));
}

function normalise(value: unknown, seen: Set<object>, standIns?: ReadonlyMap<object, unknown>): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value instanceof Date) return { $date: Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString() };
  if (value instanceof URL) return { $url: value.href };
  if (value instanceof RegExp) return { $regexp: String(value) };
  const object = value as object;
  if (standIns?.has(object)) return normalise(standIns.get(object), seen);
  // A cycle would make JSON.stringify throw; a key only needs the data once.
  if (seen.has(object)) throw new TypeError('cacheKey: the page data has a cycle');
  seen.add(object);
  try {
    if (Array.isArray(object)) return object.map((item) => normalise(item, seen, standIns) ?? null);
    if (object instanceof Map) return { $map: sortedPairs([...object].map(([k, v]) => [stableJson(k), normalise(v, seen, standIns)])) };
    if (object instanceof Set) return { $set: [...object].map((item) => stableJson(item)).sort() };
    if (ArrayBuffer.isView(object)) return { $bytes: Buffer.from(object.buffer, object.byteOffset, object.byteLength).toString('base64') };
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(object).sort()) {
      const item = normalise((object as Record<string, unknown>)[key], seen, standIns);
      if (item !== undefined) out[key] = item;
    }
    return out;
  } finally {
    seen.delete(object);
  }
}

const sortedPairs = (pairs: [string, unknown][]) => pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** The hash of the given parts (a page's params, props and whatever else it prints), as a short hex string. */
export function cacheKey(...parts: unknown[]): string {
  return keyOf(parts);
}

function keyOf(parts: unknown[], standIns?: ReadonlyMap<object, unknown>): string {
  return createHash('sha256').update(stableJson(parts, standIns)).digest('hex').slice(0, 40);
}

/** What a content entry's key needs of it. */
export interface KeyedEntry {
  /** Astro types it as a string or a number. */
  digest?: string | number | undefined;
  rendered?: unknown;
  body?: string | undefined;
}

/**
 * A content entry as a key sees it: everything but its rendered HTML and its body, which the digest of
 * its file's text stands for. Astro renders an entry again only when that digest changes, and a change
 * of the renderer's code drops the store (./render-cache.ts), so the digest decides the HTML and
 * hashing the HTML itself (every article's, every build) is work for nothing.
 */
export function entryIdentity(entry: KeyedEntry): unknown {
  if (entry.digest === undefined || entry.rendered === undefined) return entry;
  const { rendered: _rendered, body: _body, ...rest } = entry;
  return { ...rest, $text: entry.digest };
}

/** A getStaticPaths entry, as the route files return them. */
export interface StaticPath {
  params: Record<string, string | number | undefined>;
  props?: Record<string, unknown>;
}

/**
 * The entries with their `cacheKey`: the hash of the edition, the params, the props and `extraOf(path)`
 * (what the page shows besides its props). `entriesOf(path)` names the content entries in the props,
 * hashed by their identity (entryIdentity).
 */
export function withCacheKeys<P extends StaticPath>(paths: readonly P[], edition: string, extraOf?: (path: P) => unknown, entriesOf?: (path: P) => readonly (KeyedEntry | undefined)[]): (P & { cacheKey: string })[] {
  return paths.map((path) => {
    const entries = entriesOf?.(path).filter((entry): entry is KeyedEntry => entry !== undefined) ?? [];
    const standIns = entries.length ? new Map<object, unknown>(entries.map((entry) => [entry, entryIdentity(entry)])) : undefined;
    return { ...path, cacheKey: keyOf([edition, path.params, path.props ?? null, extraOf?.(path) ?? null], standIns) };
  });
}
