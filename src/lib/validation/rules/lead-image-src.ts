/**
 * lead-image-src: the lead image is a picture in the repository, found relative to the article,
 * never another site's. A cross-file rule, run outside the per-file cache: the picture is another
 * file, so deleting it must be reported on the next run.
 */
import { IMAGE_EXTENSIONS, projectPath } from '../../content/layout.ts';
import type { FileSummary, ProjectFinding, ProjectRule } from '../rule.ts';


function imageFinding(file: FileSummary, src: string, fileExists: ((path: string) => boolean) | undefined): ProjectFinding | undefined {
  const finding = (message: string, fix: string): ProjectFinding => ({ file: file.path, line: file.lines?.imageSrc, field: 'image.src', value: JSON.stringify(src), message, fix });
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return finding("is an address on another site: readers' browsers would fetch it from there", 'save the picture beside the article and write its path, e.g. src: ./photo.jpg');
  }
  if (src.startsWith('/')) return finding('is an absolute path; the picture is found relative to the article', 'write the path relative to the article, e.g. src: ./photo.jpg');
  const path = src.split(/[?#]/)[0]!;
  if (!IMAGE_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext))) return finding('is not a picture file', `use one of ${IMAGE_EXTENSIONS.join(' ')}`);
  if (!fileExists) return undefined;
  // Beside the article: resolved from the article's folder.
  const target = projectPath(file.path.split('/').slice(0, -1).join('/'), path);
  if (target === undefined || !fileExists(target)) {
    return finding(`no such file (looked for ${target ?? 'a path outside the project'})`, 'check the file name and its folder: the path is relative to the article');
  }
  return undefined;
}

export const leadImageSrc: ProjectRule = {
  id: 'lead-image-src',
  description: '`image.src` is the path of a picture file beside the article (relative, existing); pictures on other sites are not allowed.',
  example: "is an address on another site: readers' browsers would fetch it from there",
  severity: 'error',
  scope: 'project',
  check: (project) => project.files.flatMap((file) => (file.article?.image ? (imageFinding(file, file.article.image.src, project.fileExists) ?? []) : [])),
};
