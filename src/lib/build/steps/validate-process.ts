// Child process of validate.ts: validates a project folder once, writes the validated site for Astro
// (../site-content.ts) and sends back the plan derived from the same result, then exits.
import { articlePassages } from '../../scripture/article-passages.ts';
import { checkProjectInParallel } from '../../validation/check-project.ts';
import type { ValidationResult } from '../../validation/run.ts';
import { countProblems, formatProblemsForTerminal } from '../../validation/problems.ts';
import { ogCard } from '../../og/card.ts';
import { isRemoteUrl, linkScheme } from '../../markdown/links.ts';
import { splitByDraft } from '../../content/drafts.ts';
import { siteContentOf, siteContentPath, writeSiteContent } from '../site-content.ts';
import { candidatesKey, draftRuns, type DraftRun, type FoundMemo } from '../draft-text.ts';
import { cacheDir, codeVersion, FileCache } from '../../facts/cache.ts';
import { join } from 'node:path';
import { wholeBibleText } from '../../scripture/text.ts';
import type { BuildPlan, EditionPlan } from './validate.ts';
import type { ThreadUse } from '../../parallel/pool.ts';
import { site } from '../../../site.config.ts';
import { requireEdition, type EditionLang } from '../../editions/config.ts';
import { editionPath } from '../../editions/config.ts';
import { typesetArticleFields } from '../../typography/article-fields.ts';

/** Names (without folder or extension) of the local pictures a body shows. */
export function localImageNames(links: readonly { url: string; kind: string }[]): string[] {
  return links
    .filter((link) => link.kind === 'image' && linkScheme(link.url) === undefined && !isRemoteUrl(link.url))
    .map((link) => link.url.split(/[?#]/)[0]!.split('/').pop()!.replace(/\.[^.]+$/, ''))
    .filter((name) => name.length >= 3);
}

/** The plan of a checked project: nothing is published when any file has an error. */
export function planFromCheck(checked: ValidationResult & { checkedFiles: number; threads?: ThreadUse }, siteTitle: string = site.title, siteContentFile = '', memoFor?: (candidates: readonly DraftRun[]) => FoundMemo): BuildPlan {
  const { errors } = countProblems(checked.problems);
  // Draft text is every edition's (a draft of one edition must not leak into another): found once.
  const runs = draftTextRuns(checked, errors, memoFor);
  // Every edition of the site, the default first: the top-level lists are the default edition's.
  const [first, ...others] = [site.editions.defaultLang, ...site.editions.editions.map((e) => e.lang).filter((lang) => lang !== site.editions.defaultLang)].map((lang) => editionPlan(checked, lang, errors, siteTitle, runs));
  return {
    errors,
    report: checked.problems.length ? formatProblemsForTerminal(checked.problems) : '',
    checkedFiles: checked.checkedFiles,
    siteContentFile,
    parses: {
      facts: sum(checked.articles.map((a) => a.parses.facts)),
      mdxCompile: sum(checked.articles.map((a) => a.parses.mdxCompile)),
      fromCache: checked.articles.filter((a) => a.parses.facts === 0).length,
      ...(checked.threads ? { threads: checked.threads } : {}),
    },
    ...first!,
    editions: [first!, ...others],
  };
}

/** An article's edition (data made before editions has none: the default). */
function langOf(data: { lang?: EditionLang | undefined }): EditionLang {
  return data.lang ?? site.editions.defaultLang;
}

/**
 * What one edition's output must hold. Ids and cards are the edition's own; draft pictures and draft
 * text are every edition's, since a draft of one edition must not leak into another either.
 */
function editionPlan(checked: ValidationResult, lang: EditionLang, errors: number, siteTitle: string, runs: DraftRun[]): EditionPlan {
  const authors = new Map(checked.authors.map((a) => [a.id, a.data.name]));
  const { published: allValid, drafts: allDrafts } = splitByDraft(checked.articles);
  const valid = allValid.filter((a) => langOf(a.data) === lang);
  const drafts = allDrafts.filter((a) => langOf(a.data) === lang);
  const published = errors ? [] : valid;
  const locale = requireEdition(site.editions, lang).locale;
  const isDefault = lang === site.editions.defaultLang;
  return {
    lang,
    publishedIds: published.map((a) => a.id),
    draftIds: drafts.map((a) => a.id),
    articleFiles: Object.fromEntries(published.map((a) => [a.id, a.file])),
    // A draft's lead image is its picture too: it must not reach dist/ either.
    draftAssets: allDrafts.flatMap((a) => localImageNames([...a.facts.links, ...(a.data.image ? [{ url: a.data.image.src, kind: 'image' }] : [])])),
    draftRuns: runs,
    citing: published.map((a) => ({
      // The address as the edition's search page links it (the passage files are written per edition).
      url: isDefault ? `/articles/${a.id}/` : editionPath(site.editions, lang, `/articles/${a.id}/`),
      date: a.data.date,
      // The one passage model (frontmatter and prose, each passage once), as every page reads it.
      passages: articlePassages(a.data.scripture, a.facts.citations).map((p) => p.passage),
    })),
    // An article with a lead image has that picture as its og:image (src/data/article-page.ts): no card is drawn for it.
    // Cards print the date in the edition's locale (the English one exactly as before), and the title as the page sets it (typographic quotes).
    ogJobs: published.filter((a) => !a.data.image).map((a) => ({ id: a.id, card: ogCard(typesetArticleFields(a.data, lang), authors.get(a.data.author) ?? a.data.author, siteTitle, isDefault ? undefined : locale) })),
  };
}

/** Runs of words from the drafts that no text a page may show contains (../draft-text.ts). */
function draftTextRuns(checked: ValidationResult, errors: number, memoFor?: (candidates: readonly DraftRun[]) => FoundMemo): DraftRun[] {
  const { published, drafts } = splitByDraft(checked.articles);
  return draftRuns(
    drafts.map((a) => ({ id: a.id, text: a.body })),
    // Text every page may show: published articles of every edition, biographies and the KJV (pages print cited verses).
    drafts.length ? [...(errors ? [] : published).flatMap((a) => [a.body, a.data.title, a.data.summary ?? '']), ...checked.authors.map((a) => a.body), ...(checked.bios ?? []).map((b) => b.body), wholeBibleText()] : [],
    memoFor,
  );
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Validates `root` once (on every core): writes the validated site for Astro and returns the plan from the same result. */
export async function planBuild(root: string): Promise<BuildPlan> {
  const checked = await checkProjectInParallel(root);
  const file = siteContentPath(root);
  writeSiteContent(file, siteContentOf(checked));
  // Which draft runs each published text holds, by the text's hash, for one set of runs: a rebuild
  // after an edit reads the edited text again, not the whole archive and the KJV.
  let memo: FileCache<number[]> | undefined;
  const plan = planFromCheck(checked, site.title, file, (candidates) => (memo = new FileCache<number[]>(join(cacheDir(root), 'draft-runs.json'), `${codeVersion()}-${candidatesKey(candidates)}`)));
  memo?.save();
  return plan;
}

if (import.meta.main && process.send) {
  const plan = await planBuild(process.argv[2]!);
  process.send(plan, () => process.disconnect());
}
