/** A content-keyed disk cache for Open Graph images, so a build only draws cards whose text or design changed. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OG_DESIGN, type OgCard } from './card.ts';

/**
 * Where cached images live: with the project's other caches in node_modules/.cache/watchman/, which CI
 * keeps between builds. Resolved from this file, not the working directory, so fixture builds share it.
 */
export const OG_CACHE_DIR = process.env.OG_CACHE_DIR ?? resolve(import.meta.dirname, '../../../node_modules/.cache/watchman/og');

/** Bump when fonts, the renderer or the encoder change; changes to OG_DESIGN change every key on their own. */
export const OG_RENDERER_VERSION = 2;

/** Key of a card: its text and the whole design, so any change to either draws it again. */
export function ogCacheKey(card: OgCard): string {
  const text = [card.title, card.kicker ?? null, card.author, card.date, card.siteTitle];
  return createHash('sha256').update(JSON.stringify([OG_RENDERER_VERSION, OG_DESIGN, text])).digest('hex').slice(0, 32);
}

export function ogCachePath(card: OgCard, dir = OG_CACHE_DIR): string {
  return join(dir, `${ogCacheKey(card)}.png`);
}

export function isCached(card: OgCard, dir = OG_CACHE_DIR): boolean {
  return existsSync(ogCachePath(card, dir));
}

/** Stores a drawn card; write then rename, so a build stopped halfway never leaves a truncated image behind. */
export function storeInCache(card: OgCard, png: Buffer, dir = OG_CACHE_DIR): string {
  const file = ogCachePath(card, dir);
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return file;
}
