/**
 * The only caller of getCollection(): drafts are removed here (by src/lib/content/drafts.ts, the one
 * place that tells them apart), so no page, feed or sitemap can list one by accident. A build never
 * even loads them; `astro dev` does, so a change shows at once.
 * Each article's body facts come from the validated site, by article id, through the site
 * integration's virtual module: validation parsed each body once, and no page parses it again.
 */
import { getCollection } from 'astro:content';
import { edition, siteContent, siteContentFile } from 'virtual:watchman/site-content';
import type { Article, Author, Person } from './entries.ts';
import { sortNewestFirst } from '../lib/archive/collections.ts';
import { isDraft } from '../lib/content/drafts.ts';
import { articleOf, type ArticleFacts } from '../lib/build/site-content.ts';
import { compareForDisplay, compareText } from '../lib/text/text-order.ts';
import type { PageContext, Translation } from './page-context.ts';
import { pageEdition, type PageEdition } from '../lib/editions/page-edition.ts';
import { site } from '../site.config.ts';
import { listWithModelPassages } from './passages.ts';
import { typesetArticleFields } from '../lib/typography/article-fields.ts';

export type { Article, Author, Person };

let cached: Promise<Article[]> | undefined;

/** Published (non-draft) articles, newest first, their title, summary and quotes set with typographic quotes. */
export function publishedArticles(): Promise<Article[]> {
  cached ??= getCollection('articles', (entry) => !isDraft(entry.data)).then((list) => sortNewestFirst(list.map(typeset)));
  return cached;
}

/** An article whose printed text fields are set in its language's quotation marks (src/lib/typography). */
function typeset(article: Article): Article {
  const data = typesetArticleFields(article.data, article.data.lang ?? buildEdition.lang);
  return data === article.data ? article : { ...article, data };
}

/** All authors, by name. */
export async function allAuthors(): Promise<Author[]> {
  const authors = await getCollection('authors');
  return authors.sort((a, b) => compareForDisplay(a.data.name, b.data.name) || compareText(a.id, b.id));
}

let people: Promise<Person[]> | undefined;

/** The files on people quoted, by id (people files have no drafts). */
export function allPeople(): Promise<Person[]> {
  // A site without content/people/ asks for nothing: Astro warns on every read of an empty collection.
  people ??= hasAny(siteContent().people) ? getCollection('people').then((list) => list.sort((a, b) => compareText(a.id, b.id))) : Promise.resolve([]);
  return people;
}

/** Authors keyed by id, each with the role its bio in this edition gives (content/authors/<lang>/<id>.md), if any. */
export async function authorsById(): Promise<Map<string, Author>> {
  const bios = await authorBios();
  return new Map(
    (await allAuthors()).map((author): [string, Author] => {
      const role = bios.get(author.id)?.data.role;
      return [author.id, role === undefined ? author : { ...author, data: { ...author.data, role } }];
    }),
  );
}

/** The author of an article (validation guarantees it exists). */
export async function authorOf(article: Article): Promise<Author> {
  const author = (await authorsById()).get(article.data.author.id);
  if (!author) throw new Error(`${article.id}: unknown author ${article.data.author.id}`);
  return author;
}

/**
 * What an article's body says (words, opening, passages cited in the prose), from the one parse
 * validation made of it, looked up by the article's id.
 */
export function factsOf(article: Article): ArticleFacts {
  const validated = articleOf(siteContent(), article.id, buildEdition.lang);
  if (!validated) throw new Error(`${article.filePath ?? article.id}: not in the validated site (${siteContentFile}); its file has content errors or changed since validation`);
  return validated.facts;
}

/** The edition this Astro run renders: the site integration's `edition` (WATCHMAN_EDITION), the default when none. */
const buildEdition = pageEdition(site.editions, edition ?? site.editions.defaultLang, site.url);

/**
 * The edition this build renders, for what has no page data to carry it: the Markdown components of an
 * article body (Callout's default label) and layouts whose page does not pass `edition` yet.
 */
export function siteEdition(): PageEdition {
  return buildEdition;
}

/** An article's published translations in the other editions (translationOf, both ways), from the validated site. */
function translationsOf(article: Article): Translation[] {
  const translations = siteContent().editions?.[buildEdition.lang]?.translations ?? {};
  const found = Object.hasOwn(translations, article.id) ? translations[article.id]! : [];
  return found.map((other) => ({ lang: other.lang, href: buildEdition.urlIn(other.lang, `/articles/${other.id}/`) }));
}

/** What the page-data modules (src/data/*-page.ts) compute a page from. */
export async function pageContext(): Promise<PageContext> {
  return { published: await publishedArticles(), authors: await authorsById(), people: await allPeople(), factsOf, edition: buildEdition, translationsOf };
}

let bios: Promise<Map<string, Awaited<ReturnType<typeof getCollection<'bios'>>>[number]>> | undefined;

/** The authors' bios in this edition (content/authors/<lang>/<id>.md), by author id; none in the default edition, whose bio is the author file. */
export function authorBios() {
  // Only an edition with bios asks for them (see allPeople).
  bios ??= hasAny(siteContent().bios?.[buildEdition.lang]) ? getCollection('bios').then((list) => new Map(list.map((bio) => [bio.id, bio]))) : Promise.resolve(new Map());
  return bios;
}

/** Whether validation found any entry in a record of the validated site. */
function hasAny(record: Record<string, unknown> | undefined): boolean {
  return record !== undefined && Object.keys(record).length > 0;
}

/**
 * Articles as the scripture index sees them: the one passage model's (frontmatter passages plus those
 * cited in the text, src/data/passages.ts), so that every link the inline-reference plugin makes has
 * an index page to land on, and every count agrees with search's.
 */
export async function articlesForScriptureIndex(): Promise<Article[]> {
  return listWithModelPassages(await publishedArticles(), { factsOf });
}
