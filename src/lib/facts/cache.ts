/**
 * The validation cache shared by `npm run check`, the build and `astro dev`: what one content file
 * yielded (its own problems, its frontmatter data, the facts of its body), keyed by a hash of the
 * file's path and text, in node_modules/.cache/watchman/ beside Astro's own cache. A warm run then
 * reads, hashes and looks up instead of parsing YAML, running zod and parsing the body.
 * Every entry belongs to one code version (a hash of the validation code, the schemas and the
 * lock file), so any change to the rules or to a dependency starts afresh.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the project keeps its caches, under a project root. */
export function cacheDir(root: string): string {
  return join(root, 'node_modules/.cache/watchman');
}

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
// The code whose output is cached: a change to any of it is a new version.
const VERSIONED = ['src/lib', 'src/schema', 'src/site.config.ts', 'package-lock.json'];

let codeVersionMemo: string | undefined;

/** A hash of the validation code, the schemas, the site config and the locked dependencies. */
export function codeVersion(): string {
  return (codeVersionMemo ??= hashOfCode(VERSIONED));
}

/** A hash of the code files (.ts, .json, .mjs) under the given repository paths, in a fixed order. */
export function hashOfCode(paths: readonly string[]): string {
  const hash = createHash('sha256');
  const visit = (path: string): void => {
    const abs = join(REPO, path);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(abs).sort()) visit(`${path}/${name}`);
    } else if (/\.(ts|json|mjs)$/.test(path)) {
      hash.update(path).update('\0').update(readFileSync(abs)).update('\0');
    }
  };
  for (const path of paths) visit(path);
  return hash.digest('hex').slice(0, 32);
}

/** The cache key of a content file. */
export function fileKey(path: string, text: string): string {
  return createHash('sha256').update(path).update('\0').update(text).digest('base64url');
}

interface CacheFile<T> {
  version: string;
  entries: Record<string, T>;
}

/**
 * A JSON map from key to entry, loaded once and written once. Only the entries used in this run are
 * written back, so the file never grows beyond the content it describes. A missing, unreadable
 * or corrupt file, or one of another version, is an empty cache, never an error.
 */
export class FileCache<T> {
  private readonly old: Record<string, T>;
  private readonly used = new Map<string, T>();
  private changed = false;
  hits = 0;
  misses = 0;

  private readonly file: string;
  private readonly version: string;

  constructor(file: string, version: string) {
    this.file = file;
    this.version = version;
    this.old = FileCache.read<T>(file, version);
  }

  private static read<T>(file: string, version: string): Record<string, T> {
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile<T>;
      if (parsed && parsed.version === version && parsed.entries && typeof parsed.entries === 'object') return parsed.entries;
    } catch {
      // No cache yet, or a damaged one: start empty.
    }
    return Object.create(null) as Record<string, T>;
  }

  get(key: string): T | undefined {
    const entry = this.used.get(key) ?? (Object.hasOwn(this.old, key) ? this.old[key] : undefined);
    if (entry === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.used.set(key, entry);
    return entry;
  }

  /** Whether an entry is kept under `key`; unlike `get`, neither counted nor marked as used. */
  has(key: string): boolean {
    return this.used.has(key) || Object.hasOwn(this.old, key);
  }

  set(key: string, entry: T): void {
    this.used.set(key, entry);
    this.changed = true;
  }

  /** Writes the entries used in this run (atomically: a reader never sees half a file). */
  save(): void {
    if (!this.changed && this.used.size === Object.keys(this.old).length) return;
    const data: CacheFile<T> = { version: this.version, entries: Object.fromEntries(this.used) };
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(data));
      renameSync(temp, this.file);
    } catch {
      // A read-only or full disk only costs speed next time; validation itself already succeeded.
      rmSync(`${this.file}.${process.pid}.tmp`, { force: true });
    }
  }
}
