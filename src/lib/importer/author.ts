/** The article's author: matched to content/authors/, created when new, and the closing bio paragraph. */
import { fileIdFrom } from '../text/slug.ts';
import { ENGLISH_IMPORT } from './language-en.ts';
import type { ImporterLanguage } from './language.ts';
import { collapse, sameName } from './names.ts';
import { renderAuthor } from './render.ts';
import { step, type ImportOptions, type NewAuthor, type Step } from './types.ts';

export interface ResolvedAuthor {
  id?: string;
  name?: string;
  /** A new author: content/authors/<id>.md is to be written. */
  create: boolean;
}

/** The author from the author line, else the commentary heading, else `--author`; a to-do when none. */
export function authorStep(authorLine: string | undefined, commentaryName: string | undefined, options: ImportOptions, language: ImporterLanguage = ENGLISH_IMPORT): Step<ResolvedAuthor> {
  const fromText = authorLine ?? commentaryName;
  const where = authorLine ? 'the author line' : 'the commentary heading';
  if (fromText) {
    const known = options.authors.find((a) => sameName(a.name, fromText));
    if (known) {
      const found = [`author: ${known.id} (matched “${fromText}” from ${where} to content/authors/${known.id}.md)`];
      if (options.author && options.author !== known.id) found.push(`--author ${options.author} not used: the text names ${fromText}`);
      return step({ id: known.id, name: known.name, create: false }, found);
    }
    const words = fromText.split(' ').length;
    if (authorLine || words >= 2) {
      const id = fileIdFrom(fromText, language.slug);
      const taken = options.authors.find((a) => a.id === id);
      if (taken || !id) {
        return step({ create: false }, [], [
          `author: “${fromText}” is not in content/authors/ and the file name ${id}.md is taken by “${taken?.name ?? ''}”; add the author by hand and set author: <id>`,
        ]);
      }
      const found = options.author ? [`--author ${options.author} not used: the text names ${fromText}, a new author`] : [];
      return step({ id, name: fromText, create: true }, found);
    }
  }
  if (options.author) {
    const known = options.authors.find((a) => a.id === options.author);
    const found = [`author: ${options.author} (from --author)`];
    return step(known ? { id: known.id, name: known.name, create: false } : { id: options.author, create: false }, found);
  }
  const ids = options.authors.map((a) => a.id).join(', ') || '(none yet)';
  return step({ create: false }, [], [`author: no author line; add author: <id> of a file in content/authors/ (known: ${ids}) or import with --author <id>`]);
}

/** The last paragraph, when it is about the author (begins with the name): taken out of the body. */
export function bioStep(paragraphs: readonly string[][], authorName: string | undefined, commentaryIndex: number): Step<{ bio?: string[]; paragraphs: string[][] }> {
  const lastIndex = paragraphs.length - 1;
  const last = paragraphs[lastIndex];
  if (authorName && last && lastIndex > 0 && lastIndex > commentaryIndex && startsWithName(last.join(' '), authorName)) {
    return step({ bio: last, paragraphs: paragraphs.slice(0, lastIndex) });
  }
  return step({ paragraphs: [...paragraphs] });
}

export interface AuthorEvidence {
  /** The author line began with `By `. */
  hasBy: boolean;
  /** The name in `<Name>’s Commentary`. */
  commentaryName?: string;
}

/** content/authors/<id>.md for a new author (bio or a marked placeholder), or the note on a known author's bio paragraph. */
export function newAuthorStep(author: ResolvedAuthor, bio: readonly string[] | undefined, evidence: AuthorEvidence): Step<NewAuthor | undefined> {
  if (author.create && author.id && author.name) {
    const placeholder = !bio;
    const bioText = bio
      ? bio.map((line) => line.trim()).join('\n')
      : `TODO: write a short biography of ${author.name}. (The imported text had no closing paragraph beginning with “${author.name}”.)`;
    const newAuthor: NewAuthor = { id: author.id, name: author.name, bio: bioText, placeholder, markdown: renderAuthor(author.name, bioText) };
    const found = [`author: ${author.id} (new: content/authors/${author.id}.md for “${author.name}”, ${bio ? 'bio from the closing paragraph' : 'with a placeholder bio'})`];
    const todo: string[] = [];
    if (placeholder) todo.push(`author bio: content/authors/${author.id}.md has a placeholder biography (marked TODO); write two or three sentences about ${author.name}`);
    // A Title Case sub-heading can look like a name: say so unless the text confirms it.
    const confirmed = bio || evidence.hasBy || (evidence.commentaryName !== undefined && sameName(evidence.commentaryName, author.name));
    if (!confirmed) {
      todo.push(`author: “${author.name}” was read as the author's name only from the line under the title; if it is not a name, delete content/authors/${author.id}.md and set author`);
    }
    return step(newAuthor, found, todo);
  }
  if (bio && author.id) {
    return step(undefined, [`bio: the closing paragraph about ${author.name} was left out of the article body (authors' biographies live in content/authors/)`], [
      `author bio: compare the closing paragraph of the text with content/authors/${author.id}.md and update that file if it is newer`,
    ]);
  }
  return step(undefined);
}

function startsWithName(text: string, name: string): boolean {
  const flat = collapse(text);
  return flat.length > name.length && sameName(flat.slice(0, name.length), name) && /^[\s,’']/u.test(flat.slice(name.length));
}
