/**
 * The only caller of getCollection(): drafts are removed here, once, so no page, feed or
 * sitemap can list one by accident.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortNewestFirst } from '../lib/collections.ts';
import { markdownToPlainText, openingOf } from '../lib/markdown-text.ts';
import { findReferencesInText } from '../lib/scripture/find-in-text.ts';

export type Article = CollectionEntry<'articles'>;
export type Author = CollectionEntry<'authors'>;

let cached: Promise<Article[]> | undefined;

/** Published (non-draft) articles, newest first. */
export function publishedArticles(): Promise<Article[]> {
  cached ??= getCollection('articles', (entry) => entry.data.draft !== true).then(sortNewestFirst);
  return cached;
}

/** All authors, by name. */
export async function allAuthors(): Promise<Author[]> {
  const authors = await getCollection('authors');
  return authors.sort((a, b) => a.data.name.localeCompare(b.data.name) || a.id.localeCompare(b.id));
}

/** Authors keyed by id. */
export async function authorsById(): Promise<Map<string, Author>> {
  return new Map((await allAuthors()).map((a) => [a.id, a]));
}

/** The author of an article (validation guarantees it exists). */
export async function authorOf(article: Article): Promise<Author> {
  const author = (await authorsById()).get(article.data.author.id);
  if (!author) throw new Error(`${article.id}: unknown author ${article.data.author.id}`);
  return author;
}

const plainTexts = new Map<string, string>();

/**
 * The readable text of an article's body, parsed once per build: list pages show a card for the
 * same article many times (home, topics, sources, authors, years, scripture), and each parse of a
 * long body costs milliseconds.
 */
export function plainTextOf(article: Article): string {
  let text = plainTexts.get(article.id);
  if (text === undefined) {
    text = markdownToPlainText(article.body ?? '', { mdx: article.filePath?.endsWith('.mdx') ?? false });
    plainTexts.set(article.id, text);
  }
  return text;
}

/** The article's summary, or the opening of its body when it has none. */
export function summaryOf(article: Article): string {
  return article.data.summary ?? openingOf(plainTextOf(article), 200);
}

/** A passage reference found in an article's text rather than in its frontmatter. */
export interface ProseCitation {
  reference: string;
  display: string;
  passages: Article['data']['scripture'][number]['passages'];
}

const proseCache = new Map<string, ProseCitation[]>();

/** The references written in an article's body, as the inline-link plugin finds them. */
export function proseCitationsOf(article: Article): ProseCitation[] {
  let found = proseCache.get(article.id);
  if (!found) {
    found = findReferencesInText(plainTextOf(article)).map((ref) => ({ reference: ref.text, display: ref.display, passages: ref.passages }));
    proseCache.set(article.id, found);
  }
  return found;
}

/**
 * Articles as the scripture index sees them: frontmatter passages plus those cited in the text,
 * so that every link the inline-reference plugin makes has an index page to land on.
 */
export async function articlesForScriptureIndex(): Promise<Article[]> {
  return (await publishedArticles()).map((article) => {
    const prose = proseCitationsOf(article);
    if (prose.length === 0) return article;
    return { ...article, data: { ...article.data, scripture: [...article.data.scripture, ...prose] } };
  });
}
