// Internal link checker over a built site: every href/src/action that stays on the site must name
// a file in the output, and every fragment must name an element id (or <a name>) on that page.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles, urlPathOf } from './dist.ts';
import { startTags, type StartTag } from './html.ts';

export interface LinkProblem {
  /** The page holding the link, as a path relative to the site root. */
  file: string;
  /** e.g. `a[href]`. */
  where: string;
  url: string;
  reason: 'missing file' | 'missing fragment' | 'outside the site root';
}

export interface LinkReport {
  pages: number;
  /** Internal references checked (links to the same page's fragments included). */
  checked: number;
  problems: LinkProblem[];
}

export interface LinkOptions {
  /** Absolute origins that are this site (e.g. the configured `site`), checked like relative links. */
  siteOrigins?: string[];
}

/** Which attributes of which elements hold a URL to check. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  button: ['formaction'],
  input: ['formaction', 'src'],
};

const LOCAL = 'http://site.invalid';

/** The URLs a tag refers to, with the attribute each came from. */
export function urlsOf(tag: StartTag): { attr: string; url: string }[] {
  const out: { attr: string; url: string }[] = [];
  for (const attr of URL_ATTRIBUTES[tag.name] ?? []) {
    const value = tag.attrs.get(attr);
    if (value === undefined) continue;
    if (attr === 'srcset') {
      for (const candidate of value.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) out.push({ attr, url });
      }
    } else out.push({ attr, url: value.trim() });
  }
  return out;
}

/** The ids a fragment can target on a page: `id` on any element, `name` on `<a>`. */
export function anchorsOf(tags: StartTag[]): Set<string> {
  const ids = new Set<string>();
  for (const tag of tags) {
    const id = tag.attrs.get('id');
    if (id) ids.add(id);
    if (tag.name === 'a' && tag.attrs.get('name')) ids.add(tag.attrs.get('name')!);
  }
  return ids;
}

/** Checks every internal reference in every HTML file under `dist`. */
export function checkLinks(dist: string, options: LinkOptions = {}): LinkReport {
  const siteOrigins = new Set((options.siteOrigins ?? []).map((o) => new URL(o).origin));
  const files = htmlFiles(dist);
  const tagCache = new Map<string, StartTag[]>();
  const tagsOf = (file: string) => {
    let tags = tagCache.get(file);
    if (!tags) tagCache.set(file, (tags = startTags(readFileSync(join(dist, file), 'utf8'))));
    return tags;
  };
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    let set = anchorCache.get(file);
    if (!set) anchorCache.set(file, (set = anchorsOf(tagsOf(file))));
    return set;
  };

  const problems: LinkProblem[] = [];
  let checked = 0;
  for (const file of files) {
    const base = new URL(urlPathOf(file), LOCAL);
    for (const tag of tagsOf(file)) {
      // <link rel=canonical|alternate> etc. are checked too: they must point at real files.
      for (const { attr, url } of urlsOf(tag)) {
        const where = `${tag.name}[${attr}]`;
        if (url === '') continue; // the same document
        let target: URL;
        try {
          target = new URL(url, base);
        } catch {
          problems.push({ file, where, url, reason: 'missing file' });
          continue;
        }
        const local = target.origin === LOCAL || siteOrigins.has(target.origin);
        if (!local) continue; // external http(s), mailto:, data: … (javascript: is the hygiene gate's)
        checked++;
        const resolved = resolveFile(dist, target.pathname);
        if (resolved === 'outside') {
          problems.push({ file, where, url, reason: 'outside the site root' });
          continue;
        }
        if (!resolved) {
          problems.push({ file, where, url, reason: 'missing file' });
          continue;
        }
        const fragment = decodeFragment(target.hash);
        if (!fragment || fragment === 'top' || !resolved.endsWith('.html')) continue;
        if (!anchors(resolved).has(fragment)) problems.push({ file, where, url, reason: 'missing fragment' });
      }
    }
  }
  return { pages: files.length, checked, problems };
}

/** The output file a URL path is served from (relative to `dist`), like a static host would. */
export function resolveFile(dist: string, pathname: string): string | undefined | 'outside' {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const parts = path.split('/').filter(Boolean);
  if (parts.some((p) => p === '..')) return 'outside';
  const relative = parts.join('/');
  const candidates = path.endsWith('/') ? [join(relative, 'index.html')] : [relative, join(relative, 'index.html')];
  for (const candidate of candidates) {
    const full = join(dist, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate.split('\\').join('/');
  }
  return undefined;
}

function decodeFragment(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** One line per problem, for test output. */
export function formatLinkProblems(problems: LinkProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.where} "${p.url}" — ${p.reason}`).join('\n');
}
