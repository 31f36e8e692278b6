// Every relative link in README.md and docs/*.md points to a file that exists and, with a #fragment, to a
// heading that file has (anchors as GitHub makes them). Moving a section or renaming a file breaks no link.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

/** The text outside fenced code blocks, with inline code emptied: links and headings there are examples. */
function prose(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        fenced = !fenced;
        return '';
      }
      return fenced ? '' : line.replace(/(`+)[^`]*?\1/g, '``');
    })
    .join('\n');
}

/** The anchors GitHub gives the headings of a Markdown file. */
function anchorsOf(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) anchors.add(slugger.slug(heading[1]!));
  }
  return anchors;
}

/** Relative link targets of a Markdown file: `[text](target)` and `![alt](target "title")`. */
function linkTargets(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('//'));
}

/** Each link of `file` (a path from the root) that points to no file, or to a heading its file lacks. */
function brokenLinks(file: string, markdown: string, read: (path: string) => string | undefined): string[] {
  return linkTargets(markdown).flatMap((target) => {
    const [path, fragment] = target.split('#') as [string, string | undefined];
    const resolved = path ? normalize(join(dirname(file), decodeURIComponent(path))) : file;
    const text = path ? read(resolved) : markdown;
    if (text === undefined) return [`${file}: ${target} (no file ${resolved})`];
    if (fragment && resolved.endsWith('.md') && !anchorsOf(text).has(decodeURIComponent(fragment))) {
      return [`${file}: ${target} (no heading #${fragment} in ${resolved})`];
    }
    return [];
  });
}

const readFromRoot = (path: string): string | undefined => {
  const absolute = join(ROOT, path);
  if (!existsSync(absolute)) return undefined;
  return path.endsWith('.md') ? readFileSync(absolute, 'utf8') : '';
};

const DOCUMENTS = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

describe('links in README.md and docs/', () => {
  it('reads the README and the documents in docs/', () => {
    expect(DOCUMENTS).toContain('docs/writing-articles.md');
    expect(DOCUMENTS.length).toBeGreaterThan(8);
    expect(linkTargets(readFileSync(join(ROOT, 'README.md'), 'utf8')).length).toBeGreaterThan(10);
  });

  it('every relative link points to an existing file and heading', () => {
    const broken = DOCUMENTS.flatMap((file) => brokenLinks(file, readFileSync(join(ROOT, file), 'utf8'), readFromRoot));
    expect(broken).toEqual([]);
  });

  it('the README links to every document in docs/', () => {
    const linked = new Set(linkTargets(readFileSync(join(ROOT, 'README.md'), 'utf8')).map((target) => target.split('#')[0]));
    expect(DOCUMENTS.filter((file) => file.startsWith('docs/') && !linked.has(file))).toEqual([]);
  });

  it('finds a missing file, a missing heading and a link to a heading of the same file', () => {
    const files: Record<string, string> = { 'docs/b.md': '# B\n\n## What `npm run x` does\n', 'docs/pic.png': '' };
    const read = (path: string): string | undefined => files[path];
    const markdown = [
      '# A',
      '[fine](b.md#what-npm-run-x-does) [fine](../docs/b.md) ![fine](pic.png "title") [fine](#a) [away](https://example.org/x)',
      '[gone](c.md) [no heading](b.md#nothing) [no own heading](#b) `[in code](d.md)`',
      '```',
      '[in a fence](e.md)',
      '```',
    ].join('\n');
    expect(brokenLinks('docs/a.md', markdown, read)).toEqual([
      'docs/a.md: c.md (no file docs/c.md)',
      'docs/a.md: b.md#nothing (no heading #nothing in docs/b.md)',
      'docs/a.md: #b (no heading #b in docs/a.md)',
    ]);
  });
});
