/**
 * The local pictures a Markdown entry's body shows, each with a digest of its bytes. The entry's
 * rendered HTML names a body picture by its path in the source, not by Astro's hashed output file,
 * so a page's cacheKey must also cover the picture's bytes: otherwise a replaced picture would leave
 * an incremental build publishing the page with the old picture's address (src/data/keyed-paths.ts).
 * (An MDX body's pictures are imports: Astro's content render hash covers them; a lead image's
 * metadata in the entry's data already names its hashed file.)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** What this needs of a content entry. */
export interface PictureEntry {
  filePath?: string | undefined;
  rendered?: { metadata?: { imagePaths?: readonly string[] | undefined } | undefined } | undefined;
}

/** `{ <path as written>: <sha-256 of the file, or "missing"> }` for the body's local pictures, relative to `root`. */
export function pictureDigests(entry: PictureEntry, root: string): Record<string, string> {
  const paths = entry.rendered?.metadata?.imagePaths ?? [];
  if (!entry.filePath || paths.length === 0) return {};
  const folder = dirname(resolve(root, entry.filePath));
  const digests: Record<string, string> = {};
  for (const path of paths) {
    // Remote pictures and files in public/ are not processed by Astro: their address does not change.
    if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/')) continue;
    let digest: string;
    try {
      digest = createHash('sha256').update(readFileSync(resolve(folder, path))).digest('hex');
    } catch {
      digest = 'missing';
    }
    digests[path] = digest;
  }
  return digests;
}
