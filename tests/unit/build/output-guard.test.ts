// The --outDir guard: an output folder is refused exactly when it is, contains or lies inside a folder the
// project cannot lose (the root and the code's repository themselves and their content/, src/, public/,
// .git, node_modules), compared where the folders really are (symbolic links resolved).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outDirConflict, outDirRefusal, PROTECTED_FOLDERS } from '../../../src/lib/build/steps/output-guard.ts';

// base/repo (the code) holds sites/site (the project root); base/outside is elsewhere. Links cross between them.
const base = realpathSync(mkdtempSync(join(tmpdir(), 'outdir-guard-')));
const repo = join(base, 'repo');
const root = join(repo, 'sites/site');
const outside = join(base, 'outside');
for (const folder of [repo, root, outside, join(outside, 'public-data')]) mkdirSync(folder, { recursive: true });
for (const child of PROTECTED_FOLDERS) mkdirSync(join(repo, child), { recursive: true });
for (const child of ['content', 'src', '.git', 'node_modules']) mkdirSync(join(root, child), { recursive: true });
mkdirSync(join(root, 'content/articles'), { recursive: true });
// The root's public/ is a link to a folder outside: that folder is protected too.
symlinkSync(join(outside, 'public-data'), join(root, 'public'));
symlinkSync(repo, join(base, 'link-to-repo'));
symlinkSync(join(root, 'content'), join(outside, 'link-to-content'));
symlinkSync(root, join(outside, 'link-to-root'));
symlinkSync(outside, join(root, 'link-to-outside'));
symlinkSync(join(base, 'missing'), join(outside, 'dangling'));

const folders = { root, repo };

/** The independent oracle's view: coreutils `realpath -m` of each path (links resolved, missing parts kept). */
function realpaths(paths: readonly string[]): string[] {
  if (!paths.length) return [];
  return execFileSync('realpath', ['-m', '--', ...paths], { encoding: 'utf8' }).trimEnd().split('\n');
}

function overlaps(location: string, protectedPaths: { real: string; isRoot: boolean }[]): boolean {
  const inside = (path: string, folder: string) => path.startsWith(folder === sep ? sep : folder + sep);
  return protectedPaths.some(({ real, isRoot }) => location === real || inside(real, location) || (!isRoot && inside(location, real)));
}

describe('--outDir guard', () => {
  it('allows the default dist/, a folder inside the project root, a sibling and a folder elsewhere', () => {
    for (const outDir of [join(root, 'dist'), join(root, 'build/site'), join(repo, 'sites/other'), join(outside, 'dist'), join(repo, 'dist')]) {
      expect(outDirConflict(outDir, folders), outDir).toBeUndefined();
    }
  });

  it('refuses the root, an ancestor, content/ and what lies inside it, .git, and the same through links', () => {
    const cases: [string, RegExp][] = [
      [root, /^it is the project root$/],
      [join(root, '..'), /^it contains the project root/],
      ['/', /^it contains the project root/],
      [repo, /^it contains the project root/],
      [join(root, 'content'), /^it is the project root's content\/ folder$/],
      [join(root, 'content/articles'), /^it lies inside the project root's content\/ folder/],
      [join(root, 'content/new'), /^it lies inside the project root's content\/ folder/],
      [join(root, '.git'), /^it is the project root's \.git\/ folder$/],
      [join(repo, 'node_modules/.cache/site'), /^it lies inside the site code's repository's node_modules\/ folder/],
      [join(repo, 'src'), /src\/ folder/],
      [join(outside, 'link-to-content/articles'), /^it lies inside the project root's content\/ folder/],
      [join(outside, 'link-to-root/content'), /^it is the project root's content\/ folder$/],
      [join(base, 'link-to-repo/sites/site/src/x'), /src\/ folder/],
      // public/ is a link: the link itself and the folder it points to are both protected.
      [join(root, 'public'), /^it is the project root's public\/ folder$/],
      [join(outside, 'public-data/x'), /^it lies inside the project root's public\/ folder/],
      [outside, /^it contains the project root's public\/ folder/],
    ];
    for (const [outDir, reason] of cases) expect(outDirConflict(outDir, folders), outDir).toMatch(reason);
  });

  it('guards the repository as it guards the root, and the root when it is the repository (the sample site)', () => {
    expect(outDirConflict(repo, { root: outside, repo })).toBe("it is the site code's repository");
    expect(outDirConflict(join(repo, 'public/x'), { root: outside, repo })).toMatch(/^it lies inside the site code's repository's public\/ folder/);
    expect(outDirConflict(repo, { root: repo, repo })).toBe('it is the project root');
    expect(outDirConflict(join(repo, 'dist'), { root: repo, repo })).toBeUndefined();
  });

  it('judges an output folder that is itself a link by where it stands: it is replaced as a link', () => {
    // outside/link-to-root stands outside the project; the build replaces the link, never the root.
    expect(outDirConflict(join(outside, 'link-to-root'), folders)).toBeUndefined();
    expect(outDirConflict(join(outside, 'dangling'), folders)).toBeUndefined();
  });

  it('refuses in one line naming the folder, the reason and the fix', () => {
    const message = outDirRefusal('content', 'it is the project root\'s content/ folder');
    expect(message).toBe("refused --outDir content: it is the project root's content/ folder, and the build replaces its output folder as a whole; nothing was built. Fix: build into a folder of its own, such as dist/ (the default).");
    expect(message).not.toContain('\n');
  });

  it('property: generated relative and absolute paths around the project are refused exactly when they overlap it', () => {
    const anchors = [base, repo, root, outside, join(root, 'content'), sep, tmpdir()];
    const segments = ['..', '.', 'content', 'src', 'public', '.git', 'node_modules', 'dist', 'x', 'articles', 'sites', 'site', 'repo', 'outside', 'link-to-repo', 'link-to-content', 'link-to-root', 'link-to-outside', 'public-data', 'dangling', 'missing'];
    const protectedPaths = [
      ...[root, repo].map((folder) => ({ real: realpaths([folder])[0]!, isRoot: true })),
      ...[root, repo].flatMap((folder) => PROTECTED_FOLDERS.flatMap((child) => [join(realpaths([folder])[0]!, child), realpaths([join(folder, child)])[0]!].map((real) => ({ real, isRoot: false })))),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...anchors), fc.array(fc.constantFrom(...segments), { maxLength: 6 }), fc.boolean(), (anchor, parts, relativeToCwd) => {
        // A relative path is resolved against the working folder, as the CLI does.
        const outDir = relativeToCwd ? resolve(anchor, ...parts) : resolve(join(anchor, ...parts));
        // Where the build writes: the parent's real location plus the folder's own name (a link there is replaced).
        const location = outDir === sep ? sep : join(realpaths([dirname(outDir)])[0]!, basename(outDir));
        const refused = outDirConflict(outDir, folders) !== undefined;
        expect(refused, `${outDir} (really ${location})`).toBe(overlaps(location, protectedPaths));
      }),
      { numRuns: 300 },
    );
  });
});
