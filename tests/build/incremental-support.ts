// Helpers of the incremental-build tests: builds that keep their caches, the pages Astro rendered or
// skipped, dist/ compared byte for byte, and edits to a content tree of the kinds issue 24 lists.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { REPO } from '../support/build-site.ts';

export const TMP = join(REPO, 'tests/.tmp');

export interface Build {
  code: number | null;
  output: string;
  dist: string;
}

/** `npm run build` of `root` into `<root>/dist`, keeping whatever caches the root has. */
export function build(root: string, env: Record<string, string> = {}): Promise<Build> {
  const dist = join(root, 'dist');
  return new Promise((done) => {
    const args = [join(REPO, 'scripts/build.ts'), '--root', root, '--config', join(REPO, 'astro.config.mjs'), '--outDir', dist];
    const child = spawn(process.execPath, args, { cwd: REPO, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output: output.replace(/\x1b\[[0-9;]*m/g, ''), dist }));
  });
}

/** A fresh root holding a copy of `content`. */
export function freshRoot(name: string, content: string): string {
  const root = join(TMP, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(content, join(root, 'content'), { recursive: true });
  return root;
}

/**
 * The pages Astro's log lists (`├─ /path`), split into rendered and skipped ("(cached)", "(restored)"), per edition
 * run in order. Only a build that renders pages one at a time pairs each page with its outcome in the log.
 */
export function pagesOf(output: string): { rendered: string[]; skipped: string[] } {
  const rendered: string[] = [];
  const skipped: string[] = [];
  for (const line of output.split('\n')) {
    const match = /├─ (\S+)(.*)$/.exec(line);
    if (!match) continue;
    (/\((cached|restored)\)/.test(match[2]!) ? skipped : rendered).push(match[1]!);
  }
  return { rendered, skipped };
}

/** Every file under `dir`, relative, sorted. */
export function filesOf(dir: string): string[] {
  const out: string[] = [];
  const visit = (path: string) => {
    for (const name of readdirSync(path)) {
      const abs = join(path, name);
      if (statSync(abs).isDirectory()) visit(abs);
      else out.push(relative(dir, abs));
    }
  };
  visit(dir);
  return out.sort();
}

/** The files that differ between two output folders: missing, extra or with other bytes. */
export function distDifferences(a: string, b: string): string[] {
  const listA = filesOf(a);
  const listB = filesOf(b);
  const inB = new Set(listB);
  const inA = new Set(listA);
  return [
    ...listA.filter((file) => !inB.has(file)).map((file) => `only in ${a}: ${file}`),
    ...listB.filter((file) => !inA.has(file)).map((file) => `only in ${b}: ${file}`),
    ...listA.filter((file) => inB.has(file) && !readFileSync(join(a, file)).equals(readFileSync(join(b, file)))).map((file) => `differs: ${file}`),
  ];
}

/** Where an output folder still mentions an article address: a file path, a text file, or a search-index fragment. */
export function mentionsOf(dist: string, address: string): string[] {
  return filesOf(dist).filter((file) => {
    if (`/${file}`.includes(address)) return true;
    const bytes = readFileSync(join(dist, file));
    if (/\.(html|xml|txt|json|js)$/.test(file)) return bytes.toString('utf8').includes(address);
    if (file.endsWith('.pf_fragment')) return gunzipSync(bytes).toString('utf8').includes(address);
    return false;
  });
}

/** Every article file of a content tree. */
export function articleFiles(root: string): string[] {
  return filesOf(join(root, 'content/articles'))
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => join(root, 'content/articles', file));
}

export const idOf = (file: string): string => basename(file).replace(/\.mdx?$/, '');

/**
 * Articles an edit may draft, rename or delete without breaking another file: not part of a series
 * or a translation pair, and named by no other content file.
 */
export function freeArticles(root: string): string[] {
  const all = filesOf(join(root, 'content')).filter((file) => /\.(md|mdx|ya?ml)$/.test(file)).map((file) => join(root, 'content', file));
  const texts = new Map(all.map((file) => [file, readFileSync(file, 'utf8')]));
  return articleFiles(root).filter((file) => {
    const text = texts.get(file)!;
    if (/^(series|translationOf):/m.test(text)) return false;
    const id = idOf(file);
    return ![...texts].some(([other, otherText]) => other !== file && otherText.includes(id));
  });
}

/** One edit of a content tree; `pick` chooses among the candidates. Returns what it did, and the article address it removed, if any. */
export type Edit = (root: string, pick: number, env: Record<string, string>) => { did: string; removed?: string | undefined };

const at = <T>(list: readonly T[], pick: number): T => list[pick % list.length]!;
const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
const setField = (text: string, field: string, value: string) => text.replace(new RegExp(`^${field}:.*$`, 'm'), `${field}: ${value}`);
const articleAddress = (file: string) => `/articles/${idOf(file)}/`;
let added = 0;

export const EDITS: Record<string, Edit> = {
  body(root, pick) {
    const file = at(articleFiles(root), pick);
    edit(file, (text) => `${text.trimEnd()}\n\nA sentence added by edit ${pick}.\n`);
    return { did: `body of ${idOf(file)}` };
  },
  title(root, pick) {
    const file = at(articleFiles(root), pick);
    edit(file, (text) => setField(text, 'title', `A title changed by edit ${pick}`));
    return { did: `title of ${idOf(file)}` };
  },
  date(root, pick) {
    const file = at(articleFiles(root), pick);
    // Before every `updated` and dated note of the sample, so the article stays valid.
    edit(file, (text) => setField(text, 'date', `"2024-0${1 + (pick % 9)}-1${pick % 10}"`));
    return { did: `date of ${idOf(file)}` };
  },
  bio(root, pick) {
    const file = at(filesOf(join(root, 'content/authors')).filter((f) => f.endsWith('.md')), pick);
    edit(join(root, 'content/authors', file), (text) => `${text.trimEnd()}\n\nA line added to the bio by edit ${pick}.\n`);
    return { did: `bio ${file}` };
  },
  topics(root, pick) {
    const file = at(articleFiles(root), pick);
    const pool = ['Security', 'Economy', 'Agriculture', 'Church', 'Weather', 'Technology'];
    edit(file, (text) => setField(text, 'topics', `[${at(pool, pick)}, ${at(pool, pick + 3)}]`));
    return { did: `topics of ${idOf(file)}` };
  },
  scripture(root, pick) {
    const file = at(articleFiles(root), pick);
    const chapter = 1 + (pick % 12);
    edit(file, (text) => text.replace(/^scripture:(?:.*)\n(?:[ \t]+-.*\n)*/m, `scripture:\n  - Dan ${chapter}\n`));
    return { did: `scripture of ${idOf(file)}: Dan ${chapter}` };
  },
  draft(root, pick) {
    const drafts = articleFiles(root).filter((file) => /^draft: true$/m.test(readFileSync(file, 'utf8')));
    const candidates = [...new Set([...drafts, ...freeArticles(root)])];
    const file = at(candidates, pick);
    const wasDraft = drafts.includes(file);
    edit(file, (text) => (/^draft:/m.test(text) ? setField(text, 'draft', wasDraft ? 'false' : 'true') : text.replace(/^title:.*$/m, (line) => `${line}\ndraft: true`)));
    return { did: `${idOf(file)} ${wasDraft ? 'published' : 'made a draft'}`, removed: wasDraft ? undefined : articleAddress(file) };
  },
  rename(root, pick) {
    const file = at(freeArticles(root), pick);
    const to = join(dirname(file), `${idOf(file)}-renamed${file.endsWith('.mdx') ? '.mdx' : '.md'}`);
    renameSync(file, to);
    return { did: `rename ${idOf(file)} → ${idOf(to)}`, removed: articleAddress(file) };
  },
  delete(root, pick) {
    const file = at(freeArticles(root), pick);
    rmSync(file);
    return { did: `delete ${idOf(file)}`, removed: articleAddress(file) };
  },
  add(root, pick) {
    const from = at(freeArticles(root).filter((file) => !/^lang:/m.test(readFileSync(file, 'utf8'))), pick);
    const to = join(dirname(from), `added-article-${++added}-${pick}.md`);
    writeFileSync(to, setField(readFileSync(from, 'utf8'), 'title', `An article added by edit ${pick}`));
    return { did: `add ${idOf(to)} (a copy of ${idOf(from)})` };
  },
  picture(root, pick) {
    const pictures = filesOf(join(root, 'content')).filter((file) => file.endsWith('.jpg')).map((file) => join(root, 'content', file));
    const a = at(pictures, pick);
    const b = at(pictures, pick + 1);
    if (a === b) return { did: 'no second picture to swap' };
    const bytes = readFileSync(a);
    writeFileSync(a, readFileSync(b));
    writeFileSync(b, bytes);
    return { did: `pictures ${basename(a)} ⇄ ${basename(b)}` };
  },
  /** A plugin changed: the caches were filled by other renderer code (the stamp says so), so none may be reused. */
  plugin(root) {
    for (const dir of [join(root, 'node_modules/.astro'), join(root, 'node_modules/.astro/de')]) {
      if (existsSync(dir)) writeFileSync(join(dir, 'watchman-renderer-version'), 'other renderer code\n');
    }
    return { did: 'renderer stamp of other code' };
  },
  /** The site config as resolved changed (its address): every page is rendered again. */
  site(_root, _pick, env) {
    env['SITE_URL'] = env['SITE_URL'] === 'https://other.example.net' ? 'https://watchman.example.org' : 'https://other.example.net';
    return { did: `SITE_URL=${env['SITE_URL']}` };
  },
};
