/**
 * The only caller of getCollection(): drafts are removed here, once, so no page, feed or
 * sitemap can list one by accident.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortNewestFirst } from '../lib/collections.ts';
import { openingText } from '../lib/markdown-text.ts';

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

/** The article's summary, or the opening of its body when it has none. */
export function summaryOf(article: Article): string {
  return article.data.summary ?? openingText(article.body ?? '', 200, { mdx: article.filePath?.endsWith('.mdx') ?? false });
}
