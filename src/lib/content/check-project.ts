/** Runs the content validation over a project folder on disk. */
import { loadContentFiles } from './load.ts';
import { validateContent, type ValidationResult } from './validate.ts';

/** Loads and validates `root`'s content; the result carries every problem in every file. */
export function checkProject(root: string): ValidationResult & { checkedFiles: number } {
  const files = loadContentFiles(root);
  const result = validateContent(files);
  return { ...result, checkedFiles: files.articles.length + files.authors.length + files.otherFiles.length };
}
