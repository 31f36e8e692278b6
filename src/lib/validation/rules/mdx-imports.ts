/**
 * mdx-imports: what an MDX file imports exists, and is not a Markdown file (importing one would
 * publish its text here, even when it is a draft). Unless trustedMdx is on, it imports only pictures
 * inside the project: a Node built-in, a package, an absolute path or `?raw` runs or reads anything.
 */
import { shortenValue } from '../problems.ts';
import type { BodyFacts } from '../../facts/body-facts.ts';
import type { FileContext, FileRule, Finding } from '../rule.ts';
import { lineMatching } from '../mdx-lines.ts';
import { projectPath } from '../../content/layout.ts';
import { pictureSpecifierProblem } from '../../markdown/html-allow-list.ts';
import { site } from '../../../site.config.ts';
import { escapeRegExp } from '../../text/regexp.ts';

const MARKDOWN = /\.mdx?(?:[?#].*)?$/i;

/** Imports of Markdown files, from the body's facts (the MDX tokenizer in src/lib/markdown/mdx-safety.ts). */
export function markdownImportProblems(facts: Pick<BodyFacts, 'mdxCode'>, bodyLine: number): Finding[] {
  return facts.mdxCode
    .filter(({ kind, detail }) => kind === 'import' && MARKDOWN.test(detail))
    .map(({ line, detail }) => ({
      line: bodyLine + line - 1,
      field: '(body)',
      value: shortenValue(detail),
      message: 'MDX may not import a Markdown file: its text would be published here, even if it is a draft',
      fix: 'link to the article instead ([title](/articles/<id>/)), or copy the words you mean to quote',
    }));
}

/** Imports that are not a picture inside the project (Markdown imports are reported above); none when MDX is trusted. */
export function nonPictureImportProblems(facts: Pick<BodyFacts, 'mdxCode'>, bodyLine: number, path: string, trusted: boolean): Finding[] {
  if (trusted) return [];
  const dir = path.slice(0, path.lastIndexOf('/'));
  const findings: Finding[] = [];
  for (const { kind, detail, binding, line } of facts.mdxCode) {
    if (kind !== 'import' || MARKDOWN.test(detail)) continue;
    const reason = !binding ? 'not of the form import name from \'./picture.jpg\'' : (pictureSpecifierProblem(detail) ?? (projectPath(dir, detail) === undefined ? 'a path that leaves the project' : undefined));
    if (!reason) continue;
    findings.push({
      line: bodyLine + line - 1,
      field: '(body)',
      value: shortenValue(detail),
      message: `MDX may import only pictures inside the project; this import is ${reason}`,
      fix: "import a picture kept beside the article (import picture from './picture.jpg') and show it with <Figure src={picture} alt=\"…\" />; use the site's components (Callout, Figure) without importing them",
    });
  }
  return findings;
}

const IMPORT_EXTENSIONS = ['', '.astro', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.md', '.mdx', '.json'];

function resolvesTo(target: string, fileExists: (path: string) => boolean): boolean {
  return IMPORT_EXTENSIONS.some((ext) => fileExists(target + ext)) || IMPORT_EXTENSIONS.slice(1).some((ext) => fileExists(`${target}/index${ext}`));
}


/** Relative imports of the compiled code that name no file of the project. */
function missingImportProblems(file: FileContext, code: string, body: string, fileExists: (path: string) => boolean): Finding[] {
  const findings: Finding[] = [];
  const dir = file.path.slice(0, file.path.lastIndexOf('/'));
  for (const match of code.matchAll(/^import\s+(?:[^'"]*?\sfrom\s+)?["']([^"']+)["'];?\s*$/gm)) {
    const specifier = match[1]!;
    if (!specifier.startsWith('./') && !specifier.startsWith('../')) continue;
    const target = projectPath(dir, specifier);
    if (target === undefined || resolvesTo(target, fileExists)) continue;
    findings.push({
      line: lineMatching(body, file.bodyLine, new RegExp(`from\\s*["']${escapeRegExp(specifier)}["']`)),
      field: '(body)',
      value: shortenValue(specifier),
      message: `imports ${specifier}, which does not exist (looked for ${target})`,
      fix: 'correct the path (it is relative to this file), or remove the import',
    });
  }
  return findings;
}

export const mdxImports: FileRule = {
  id: 'mdx-imports',
  description: 'What an MDX file imports exists and is not a Markdown file (a draft\'s text would be published); unless trustedMdx is set, it is a picture inside the project.',
  example: 'MDX may not import a Markdown file: its text would be published here, even if it is a draft',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article'],
  check(file) {
    if (!file.mdx || !file.bodyFacts || file.body === undefined) return [];
    const findings = [...markdownImportProblems(file.bodyFacts, file.bodyLine), ...nonPictureImportProblems(file.bodyFacts, file.bodyLine, file.path, site.trustedMdx)];
    const compiled = file.mdxCompiled;
    if (compiled && 'code' in compiled && file.fileExists) findings.push(...missingImportProblems(file, compiled.code, file.body, file.fileExists));
    return findings;
  },
};
