/** A content-keyed disk cache for Open Graph images, so a rebuild only draws cards whose text changed. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { OG_TEMPLATE_VERSION, ogTree, renderOgImage, type OgCard } from './render.ts';

/** Where cached images live; kept between builds like Astro's own cache in node_modules/.astro. */
export const OG_CACHE_DIR = process.env.OG_CACHE_DIR ?? join(process.cwd(), 'node_modules/.cache/og-images');

/**
 * Key of a card: its whole element tree (text and every style), so any change to the drawing
 * invalidates the cache without anyone remembering to; the version covers renderer and font changes.
 */
export function ogCacheKey(card: OgCard): string {
  return createHash('sha256').update(JSON.stringify([OG_TEMPLATE_VERSION, ogTree(card)])).digest('hex').slice(0, 32);
}

/** The PNG for a card, from the cache when its text is unchanged. */
export async function cachedOgImage(card: OgCard, dir = OG_CACHE_DIR): Promise<Buffer> {
  return readFileSync(await cachedOgImagePath(card, dir));
}

/** The cache file holding a card's PNG, drawn first when it is not there yet. */
export async function cachedOgImagePath(card: OgCard, dir = OG_CACHE_DIR): Promise<string> {
  const file = join(dir, `${ogCacheKey(card)}.png`);
  if (existsSync(file)) return file;
  const png = await renderOgImage(card);
  mkdirSync(dir, { recursive: true });
  // Write then rename, so a build stopped halfway never leaves a truncated image in the cache.
  const partial = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return file;
}
