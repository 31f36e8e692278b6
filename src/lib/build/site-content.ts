/**
 * The validated site: the one value validation hands to every later step of a build, keyed by
 * article id. The build's validate step (steps/validate-process.ts) writes it once, as
 * `validated-site.json` in the project's cache folder; the site integration reads that file (in
 * `astro dev` it validates and writes it itself) and hands it to src/content.config.ts and the pages
 * through one Vite virtual module, `virtual:watchman/site-content` (src/integrations/site-content-module.ts).
 * It holds what Astro's side needs: which files are drafts, what the sitemap dates pages by, and each
 * body's facts, so no page parses a body again. The parent's plan (ids, cards, draft runs, passages)
 * is derived from the same validation result by pure functions (steps/validate-process.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheDir } from '../facts/cache.ts';
import type { PageFacts } from '../facts/body-facts.ts';
import { writeFilesAtomically } from '../files/atomic-write.ts';
import { lastUpdated } from '../newsroom/dated-notes.ts';
import type { DatedArticle } from '../sitemap/lastmod.ts';
import type { Problem } from '../validation/problems.ts';
import type { BodyParses } from '../validation/rule.ts';
import type { ValidationResult } from '../validation/run.ts';

export const SITE_CONTENT_FILE = 'validated-site.json';

/** What pages print from a body: its length, its opening and the passages its prose cites. */
export type ArticleFacts = Pick<PageFacts, 'words' | 'opening' | 'citations'>;

export interface SiteArticle {
  /** Project-relative path of the article's file. */
  file: string;
  draft: boolean;
  /** The fields the sitemap dates list pages by. */
  data: DatedArticle['data'];
  facts: ArticleFacts;
  /** How often validation parsed the body and compiled its MDX in this run (0 each: read from the cache). */
  parses: BodyParses;
}

export interface SiteContent {
  checkedFiles: number;
  cacheHits: number;
  /** Every problem in every file, errors and suggestions. */
  problems: Problem[];
  /** Every valid article (drafts included, marked), by id, in the order validation read them. */
  articles: Record<string, SiteArticle>;
  /** Every valid author, by id. */
  authors: Record<string, { file: string; name: string }>;
  /** Every valid file on a person quoted, by id. */
  people: Record<string, { file: string }>;
}

/** Where a project's validated site is written. */
export function siteContentPath(root: string): string {
  return join(cacheDir(root), SITE_CONTENT_FILE);
}

/** The validated site of a validation result (bodies and frontmatter beyond the listed fields left out). */
export function siteContentOf(checked: ValidationResult & { checkedFiles: number; cacheHits: number }): SiteContent {
  // fromEntries defines own properties: an id such as `__proto__` stays an article, not a prototype.
  const articles = Object.fromEntries(
    checked.articles.map(({ id, file, draft, data, facts, parses }): [string, SiteArticle] => [
      id,
      {
        file,
        draft,
        // The last change: `updated`, or a later update (the contract does not ask for both).
        data: { title: data.title, date: data.date, updated: lastUpdated(data), topics: data.topics, source: { name: data.source.name }, author: { id: data.author } },
        facts: { words: facts.words, opening: facts.opening, citations: facts.citations },
        parses,
      },
    ]),
  );
  return {
    checkedFiles: checked.checkedFiles,
    cacheHits: checked.cacheHits,
    problems: checked.problems,
    articles,
    authors: Object.fromEntries(checked.authors.map((a) => [a.id, { file: a.file, name: a.data.name }])),
    people: Object.fromEntries(checked.people.map((p) => [p.id, { file: p.file }])),
  };
}

/** Writes the validated site atomically: Astro never reads half a file. */
export function writeSiteContent(path: string, content: SiteContent): void {
  writeFilesAtomically([{ path, text: JSON.stringify(content) }], { within: dirname(path), overwrite: true });
}

export function readSiteContent(path: string): SiteContent {
  return JSON.parse(readFileSync(path, 'utf8')) as SiteContent;
}

/** The article with this id (never a property every object has, such as `constructor`). */
export function articleOf(content: SiteContent, id: string): SiteArticle | undefined {
  return Object.hasOwn(content.articles, id) ? content.articles[id] : undefined;
}

/** Published and draft articles, each with its id, in validation's order. */
export function articlesByDraft(content: SiteContent): { published: (SiteArticle & { id: string })[]; drafts: (SiteArticle & { id: string })[] } {
  const published: (SiteArticle & { id: string })[] = [];
  const drafts: (SiteArticle & { id: string })[] = [];
  for (const [id, article] of Object.entries(content.articles)) (article.draft ? drafts : published).push({ id, ...article });
  return { published, drafts };
}

/** The published articles as the sitemap dates them. */
export function datedArticles(content: SiteContent): DatedArticle[] {
  return articlesByDraft(content).published.map(({ id, data }) => ({ id, data }));
}
