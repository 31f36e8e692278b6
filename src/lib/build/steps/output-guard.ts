/**
 * Before anything starts: `--outDir` must not overlap the project. The build replaces its output folder
 * as a whole, so an output folder that is, contains or lies inside a folder the project cannot lose
 * would be that folder replaced. The rule (docs/security.md, "Publishing safely"):
 *   - refused: the project root or the code's repository itself, or any folder that contains either;
 *   - refused: content/, src/, public/, .git or node_modules of either, anything inside one, or a
 *     folder that contains one;
 *   - allowed: anything else, including a folder inside the project root such as the default dist/.
 * Paths are compared where they really are: the symbolic links of every existing parent folder are
 * resolved. An output folder that is itself a symbolic link is replaced as a link (its target is
 * never written), so it is judged by where the link stands, not where it points.
 */
import { realpathSync } from 'node:fs';
import { basename, dirname, join, parse, resolve, sep } from 'node:path';

/** Folders of the project root and of the repository that the output folder must stay clear of. */
export const PROTECTED_FOLDERS = ['content', 'src', 'public', '.git', 'node_modules'] as const;

/** `path` with the symbolic links of its longest existing prefix resolved; the rest as spelled. */
export function resolveExisting(path: string): string {
  const absolute = resolve(path);
  const missing: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return join(realpathSync(current), ...missing.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return absolute;
      missing.push(basename(current));
      current = parent;
    }
  }
}

/** Where a build with this output folder writes: its parent's real location, plus its own name. */
export function outputLocation(outDir: string): string {
  const absolute = resolve(outDir);
  if (absolute === parse(absolute).root) return absolute;
  return join(resolveExisting(dirname(absolute)), basename(absolute));
}

function isInside(path: string, folder: string): boolean {
  return path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * Why this output folder is refused, or undefined when it is allowed. `root` is the project being
 * built, `repo` the repository of the code that builds it (the same folder for the sample site).
 */
export function outDirConflict(outDir: string, { root, repo }: { root: string; repo: string }): string | undefined {
  const location = outputLocation(outDir);
  const projects = [
    { folder: root, name: 'the project root' },
    { folder: repo, name: "the site code's repository" },
  ];
  for (const { folder, name } of projects) {
    const real = resolveExisting(folder);
    if (location === real) return `it is ${name}`;
    if (isInside(real, location)) return `it contains ${name} (${real})`;
    for (const child of PROTECTED_FOLDERS) {
      // The folder as it stands in the project (possibly a link) and where it really is.
      for (const protectedPath of new Set([join(real, child), resolveExisting(join(real, child))])) {
        const what = `${name}'s ${child}/ folder`;
        if (location === protectedPath) return `it is ${what}`;
        if (isInside(location, protectedPath)) return `it lies inside ${what} (${protectedPath})`;
        if (isInside(protectedPath, location)) return `it contains ${what} (${protectedPath})`;
      }
    }
  }
  return undefined;
}

/** The one-line refusal for an output folder that overlaps the project. */
export function outDirRefusal(shown: string, reason: string): string {
  return `refused --outDir ${shown}: ${reason}, and the build replaces its output folder as a whole; nothing was built. Fix: build into a folder of its own, such as dist/ (the default).`;
}
