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
import { SITE_EDITIONS, type EditionLang } from '../editions/config.ts';
import { translationGroups, translationsByArticle } from '../content/translations.ts';

export const SITE_CONTENT_FILE = 'validated-site.json';

/** What pages print from a body: its length, its opening (and whether it is the news excerpt) and the passages its prose cites. */
export type ArticleFacts = Pick<PageFacts, 'words' | 'opening' | 'opensWithQuote' | 'citations'>;

export interface SiteArticle {
  /** Project-relative path of the article's file. */
  file: string;
  draft: boolean;
  /** The article's edition. */
  lang: EditionLang;
  /** `translationOf` as written, `<lang>/<id>` (the translations of every article, both ways, are in `editions`). */
  translationOf?: string;
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
  /** The default edition's language: its articles are keyed by plain id, the others' by `<lang>/<id>` (articleKey). */
  defaultLang: EditionLang;
  /** Per edition of the site: what its Astro run leaves out, and its articles' translations. */
  editions: Record<string, SiteEdition>;
  /** Bios in other editions (content/authors/<lang>/<id>.md), by edition, then author id. */
  bios: Record<string, Record<string, { file: string; role?: string }>>;
}

/** One edition as its Astro run sees it (src/content.config.ts, src/data/query.ts). */
export interface SiteEdition {
  /** Published articles of this edition (an edition with none is not built). */
  published: number;
  /** Project-relative article files its Astro run does not load: every draft, and every article of another edition. */
  excludedFiles: string[];
  /** Article files of other editions alone: what `astro dev` leaves out (it keeps drafts, so a change shows at once). */
  otherEditionFiles: string[];
  /** For each published article of this edition with translations, by id: each published translation's `{ lang, id }`, in edition order. */
  translations: Record<string, { lang: EditionLang; id: string }[]>;
}

/**
 * The key of an article in `articles`: its id in the default edition (the addresses and keys of
 * an English-only site stay what they were), `<lang>/<id>` in another (ids repeat across editions).
 */
export function articleKey(lang: string, id: string, defaultLang: string = SITE_EDITIONS.defaultLang): string {
  return lang === defaultLang ? id : `${lang}/${id}`;
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
      articleKey(langOf(data), id),
      {
        file,
        draft,
        lang: langOf(data),
        ...(data.translationOf ? { translationOf: `${data.translationOf.lang}/${data.translationOf.id}` } : {}),
        // The last change: `updated`, or a later update (the contract does not ask for both).
        data: { title: data.title, date: data.date, updated: lastUpdated(data), topics: data.topics, source: { name: data.source.name }, author: { id: data.author } },
        facts: { words: facts.words, opening: facts.opening, opensWithQuote: facts.opensWithQuote, citations: facts.citations },
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
    defaultLang: SITE_EDITIONS.defaultLang,
    editions: editionsOf(checked.articles),
    bios: biosOf(checked.bios ?? []),
  };
}

/** An article's edition (data made before editions, as in older tests, has none: the default). */
function langOf(data: { lang?: EditionLang | undefined }): EditionLang {
  return data.lang ?? SITE_EDITIONS.defaultLang;
}

/** Each edition's exclusions and translations, from the valid articles. */
function editionsOf(articles: ValidationResult['articles']): Record<string, SiteEdition> {
  const langs = SITE_EDITIONS.editions.map((edition) => edition.lang);
  const linked = articles
    .filter((article) => !article.draft)
    .map((article) => ({ lang: langOf(article.data), id: article.id, file: article.file, translationOf: article.data.translationOf }));
  const translations = translationsByArticle(translationGroups(linked), langs);
  return Object.fromEntries(
    langs.map((lang): [string, SiteEdition] => {
      const own = linked.filter((article) => article.lang === lang);
      return [
        lang,
        {
          published: own.length,
          excludedFiles: articles.filter((article) => article.draft || langOf(article.data) !== lang).map((article) => article.file),
          otherEditionFiles: articles.filter((article) => langOf(article.data) !== lang).map((article) => article.file),
          translations: Object.fromEntries(own.flatMap((article) => (translations.has(article) ? [[article.id, translations.get(article)! as { lang: EditionLang; id: string }[]]] : []))),
        },
      ];
    }),
  );
}

function biosOf(bios: NonNullable<ValidationResult['bios']>): SiteContent['bios'] {
  const byLang: SiteContent['bios'] = {};
  for (const bio of bios) (byLang[bio.lang] ??= {})[bio.id] = { file: bio.file, ...(bio.data.role ? { role: bio.data.role } : {}) };
  return byLang;
}

/** Writes the validated site atomically: Astro never reads half a file. */
export function writeSiteContent(path: string, content: SiteContent): void {
  writeFilesAtomically([{ path, text: JSON.stringify(content) }], { within: dirname(path), overwrite: true });
}

export function readSiteContent(path: string): SiteContent {
  return JSON.parse(readFileSync(path, 'utf8')) as SiteContent;
}

/** The article with this id in an edition (the default one when not given); never a property every object has, such as `constructor`. */
export function articleOf(content: SiteContent, id: string, lang: string = content.defaultLang ?? SITE_EDITIONS.defaultLang): SiteArticle | undefined {
  const key = articleKey(lang, id, content.defaultLang ?? SITE_EDITIONS.defaultLang);
  return Object.hasOwn(content.articles, key) ? content.articles[key] : undefined;
}

/** Published and draft articles, each with its id (within its edition), in validation's order; of one edition when `lang` is given. */
export function articlesByDraft(content: SiteContent, lang?: string): { published: (SiteArticle & { id: string })[]; drafts: (SiteArticle & { id: string })[] } {
  const published: (SiteArticle & { id: string })[] = [];
  const drafts: (SiteArticle & { id: string })[] = [];
  for (const [key, article] of Object.entries(content.articles)) {
    if (lang !== undefined && (article.lang ?? content.defaultLang) !== lang) continue;
    const id = key.slice(key.indexOf('/') + 1);
    (article.draft ? drafts : published).push({ id, ...article });
  }
  return { published, drafts };
}

/** The published articles (of one edition when `lang` is given) as the sitemap dates them. */
export function datedArticles(content: SiteContent, lang?: string): DatedArticle[] {
  return articlesByDraft(content, lang).published.map(({ id, data }) => ({ id, data }));
}
