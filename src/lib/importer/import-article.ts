/**
 * Plain-text article (house style) → contract Markdown: a short composition of steps, each of which
 * returns its value with what it found and what is left to do. Pure: no file system.
 *
 * House style, top to bottom:
 *
 *     NORTH KOREA - Title of the article        ← `REGION - ` (hyphen, en or em dash) is optional
 *     Jane Roe                                  ← optional author line
 *
 *     News excerpt paragraphs … , 14 September 2023.
 *
 *     Jane Roe’s Commentary                     ← optional; the paragraphs above become a blockquote
 *
 *     Commentary paragraphs …
 *
 *     Jane Roe is the director of …             ← optional closing bio paragraph
 *
 *     Learn more: Title of Another Article      ← optional closing line, kept last
 *
 * Every rule, with examples, and the placeholder strategy are described in README.md next to this file.
 */
import { authorStep, bioStep, newAuthorStep } from './author.ts';
import { renderBody } from './body.ts';
import { closingLinkStep } from './closing-link.ts';
import { dateStep, quotesStep, scriptureStep, sectionsStep, sourceStep } from './fields.ts';
import { authorLineStep, commentaryStep, titleStep, toBlocks } from './header.ts';
import { importerLanguage } from './languages.ts';
import { renderArticle } from './render.ts';
import { ImportError, step, type ImportedFrontmatter, type ImportOptions, type ImportResult, type Step } from './types.ts';

export function importArticle(input: string, options: ImportOptions): ImportResult {
  const found: string[] = [];
  const todo: string[] = [];
  // Each step's summary lines are kept in the order the steps run.
  const take = <T>(result: Step<T>): T => {
    found.push(...result.found);
    todo.push(...result.todo);
    return result.value;
  };

  const language = importerLanguage(options.lang);
  const [head, ...rest] = toBlocks(input);
  if (!head) throw new ImportError('the text is empty');
  const { title, kicker, id } = take(titleStep(head[0] ?? '', options, language));
  const lang = take(langStep(options));
  const authorLine = take(authorLineStep(head.slice(1), rest, options.authors, language));
  const closing = take(closingLinkStep(authorLine.paragraphs, language));
  const commentary = take(commentaryStep(closing.paragraphs, language, options.authors));
  const author = take(authorStep(authorLine.name, commentary.name, options, language));
  const { bio, paragraphs } = take(bioStep(closing.paragraphs, author.name, commentary.index));
  const newAuthor = take(newAuthorStep(author, bio, { hasBy: authorLine.hasBy, ...(commentary.name ? { commentaryName: commentary.name } : {}) }));
  const content = take(sectionsStep(paragraphs, commentary.index, commentary.line, closing.lines, language));
  const date = take(dateStep(content, commentary.line !== undefined, options, language));
  const source = take(sourceStep(options));
  const { quotes, scan } = take(quotesStep(content, commentary.line !== undefined, language));
  const scripture = take(scriptureStep(title, content, language));

  const frontmatter: ImportedFrontmatter = { title };
  if (kicker) frontmatter.kicker = kicker;
  if (lang) frontmatter.lang = lang;
  if (date) frontmatter.date = date;
  if (author.id) frontmatter.author = author.id;
  if (source) frontmatter.source = source;
  if (scripture.length) frontmatter.scripture = scripture;
  if (quotes.length) frontmatter.quotes = quotes;
  const body = renderBody(content, commentary.line, scan, language);
  const result: ImportResult = { id, frontmatter, body, markdown: renderArticle(frontmatter, body), found, todo };
  if (newAuthor) result.newAuthor = newAuthor;
  return result;
}

/** The edition written to the frontmatter: `--lang` unless it is the site's default edition (whose articles carry no `lang`). */
function langStep(options: Pick<ImportOptions, 'lang' | 'defaultLang'>): Step<string | undefined> {
  const lang = options.lang;
  if (!lang || lang === (options.defaultLang ?? 'en')) return step(undefined);
  return step(lang, [`lang: ${lang} (from --lang)`]);
}
