/** The lead image's file rule: a picture in the repository beside the article, never another site's. */
import type { Problem } from '../problems.ts';
import { IMAGE_EXTENSIONS } from '../content/layout.ts';

/**
 * rule: lead-image-src. `src` must be a relative path to an image file that exists. Checked outside
 * the per-file cache, because the picture is another file: deleting it must be reported at once.
 */
export function checkLeadImage(file: string, src: string, fileExists: ((path: string) => boolean) | undefined, line?: number): Problem[] {
  const problem = (message: string, fix: string): Problem[] => [
    { file, ...(line ? { line } : {}), field: 'image.src', value: JSON.stringify(src), message, fix, severity: 'error' },
  ];
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return problem('is an address on another site: readers\' browsers would fetch it from there', 'save the picture beside the article and write its path, e.g. src: ./photo.jpg');
  }
  if (src.startsWith('/')) return problem('is an absolute path; the picture is found relative to the article', 'write the path relative to the article, e.g. src: ./photo.jpg');
  const path = src.split(/[?#]/)[0]!;
  if (!IMAGE_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext))) {
    return problem('is not a picture file', `use one of ${IMAGE_EXTENSIONS.join(' ')}`);
  }
  if (!fileExists) return [];
  const target = resolveBeside(file, path);
  if (target === undefined || !fileExists(target)) {
    return problem(`no such file (looked for ${target ?? 'a path outside the project'})`, 'check the file name and its folder: the path is relative to the article');
  }
  return [];
}

/** `content/articles/2026/x.md` + `./a.jpg` → `content/articles/2026/a.jpg`; undefined when it leaves the project. */
function resolveBeside(file: string, relativePath: string): string | undefined {
  const parts = file.split('/').slice(0, -1);
  for (const part of relativePath.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}
