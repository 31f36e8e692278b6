/**
 * picture-file: every local picture an article shows (the lead image, a Markdown picture, a picture
 * an MDX file imports) is a file inside the project and a real picture of a supported format,
 * judged by its bytes, within the size and pixel limits of src/lib/files/picture.ts. SVG is refused.
 * A cross-file rule, run outside the per-file cache: the pictures are other files, which change on
 * their own. Each picture's header is read once per run, however many articles show it.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { join, relative, sep, isAbsolute } from 'node:path';
import { bodyOf } from '../../content/frontmatter.ts';
import { IMAGE_EXTENSIONS, projectPath } from '../../content/layout.ts';
import { extensionsOf, inspectPicture, type PictureVerdict } from '../../files/picture.ts';
import { isRemoteUrl } from '../../markdown/links.ts';
import { shortenValue } from '../problems.ts';
import type { FileSummary, ProjectFinding, ProjectRule } from '../rule.ts';

interface PictureUse {
  /** As written: the path after `src:`, in `![…](…)` or in the import. */
  src: string;
  field: string;
  line: number | undefined;
  /** The lead image's missing file is lead-image-src's to report. */
  lead: boolean;
}

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The file line on which the body starts (the facts' lines count from the body). */
function bodyLineOf(text: string): number {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const body = bodyOf(normalized) ?? normalized;
  return normalized.slice(0, normalized.length - body.length).split('\n').length;
}

/** Local pictures: not on another site (remote-images), not absolute (public/), not an in-page anchor. */
function isLocalPath(url: string): boolean {
  const trimmed = url.trim();
  return trimmed !== '' && !HAS_SCHEME.test(trimmed) && !trimmed.startsWith('/') && !trimmed.startsWith('#') && !isRemoteUrl(trimmed);
}

function picturesOf(file: FileSummary): PictureUse[] {
  const uses: PictureUse[] = [];
  const image = file.article?.image?.src;
  // Remote, absolute or not-a-picture lead images are lead-image-src's findings.
  if (image && isLocalPath(image) && IMAGE_EXTENSIONS.some((ext) => image.split(/[?#]/)[0]!.toLowerCase().endsWith(ext))) {
    uses.push({ src: image, field: 'image.src', line: file.lines?.imageSrc, lead: true });
  }
  if (!file.facts) return uses;
  const bodyLine = bodyLineOf(file.source.text);
  for (const link of file.facts.links) {
    if (link.kind === 'image' && isLocalPath(link.url)) uses.push({ src: link.url.trim(), field: '(body)', line: bodyLine + link.line - 1, lead: false });
  }
  for (const code of file.facts.mdxCode) {
    const path = code.detail.split(/[?#]/)[0]!;
    const picture = IMAGE_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext));
    if (code.kind === 'import' && picture && (path.startsWith('./') || path.startsWith('../'))) uses.push({ src: code.detail, field: '(body)', line: bodyLine + code.line - 1, lead: false });
  }
  return uses;
}

/** The project-relative file a picture path names, trying it as written and then URL-decoded (`a%20b.png`). */
function targetOf(dir: string, src: string, root: string): { target: string | undefined; exists: boolean } {
  const path = src.split(/[?#]/)[0]!;
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // Not valid percent-encoding: only the path as written can be meant.
  }
  const candidates = [...new Set([path, decoded])].map((candidate) => projectPath(dir, candidate));
  if (candidates.some((candidate) => candidate === undefined)) return { target: undefined, exists: false };
  const found = candidates.find((candidate) => exists(join(root, candidate!)));
  return { target: found ?? candidates[0], exists: found !== undefined };
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/** The verdict on a project-relative picture path: where it leads, then what its bytes are. */
function judge(root: string, realRoot: string, target: string): PictureVerdict {
  let real: string;
  try {
    real = realpathSync(join(root, target));
  } catch {
    return { ok: false, message: "is a symbolic link that leads nowhere", fix: 'replace the link with the picture itself' };
  }
  if (!inside(realRoot, real)) return { ok: false, message: "is a symbolic link that leads out of the project", fix: 'copy the picture into the project beside the article instead of linking to it' };
  return inspectPicture(real);
}

function findingsFor(file: FileSummary, root: string, realRoot: string, verdicts: Map<string, PictureVerdict>): ProjectFinding[] {
  const dir = file.path.split('/').slice(0, -1).join('/');
  const findings: ProjectFinding[] = [];
  for (const use of picturesOf(file)) {
    const problem = (message: string, fix: string): ProjectFinding => ({ file: file.path, line: use.line, field: use.field, value: shortenValue(use.src), message, fix });
    const { target, exists: found } = targetOf(dir, use.src, root);
    if (target === undefined) {
      findings.push(problem('the picture path climbs out of the project folder', 'keep the picture in the project, beside the article, and write its path from there, e.g. ./photo.jpg'));
      continue;
    }
    if (!found) {
      if (!use.lead) findings.push(problem(`no such picture (looked for ${target})`, 'check the file name and its folder: the path is relative to the article'));
      continue;
    }
    let verdict = verdicts.get(target);
    if (!verdict) {
      verdict = judge(root, realRoot, target);
      verdicts.set(target, verdict);
    }
    if (!verdict.ok) {
      findings.push(problem(`${target} ${verdict.message}`, verdict.fix));
      continue;
    }
    const extensions = extensionsOf(verdict.format);
    if (!extensions.some((ext) => target.toLowerCase().endsWith(ext))) {
      findings.push(problem(`${target} is a ${verdict.format.toUpperCase()} picture with another format's name`, `rename it to end in ${extensions.join(' or ')} (and change the path here)`));
    }
  }
  return findings;
}

export const pictureFile: ProjectRule = {
  id: 'picture-file',
  description:
    'Every local picture an article shows (`image.src`, Markdown pictures, MDX picture imports) is a file inside the project, and by its bytes a PNG, JPEG, GIF, WebP or AVIF of at most 20 MB and 40 megapixels, named for its format; SVG is refused (it can carry scripts).',
  example: 'content/articles/photo.png is not a picture: its bytes are not PNG, JPEG, GIF, WebP or AVIF, whatever its name says',
  severity: 'error',
  scope: 'project',
  check(project) {
    const root = project.root;
    if (!root) return [];
    let realRoot: string;
    try {
      realRoot = realpathSync(root);
    } catch {
      return [];
    }
    const verdicts = new Map<string, PictureVerdict>();
    return project.files.flatMap((file) => (file.kind === 'article' ? findingsFor(file, root, realRoot, verdicts) : []));
  },
};
