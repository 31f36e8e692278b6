/**
 * Pipeline step 1, validate: the content is validated once, in a short-lived process of its own
 * (validate-process.ts), so the validation's memory is given back before Astro renders, not held
 * beside it. That process writes the validated site (../site-content.ts), which Astro's side reads,
 * and sends back the plan derived from the same result: what the build must produce (published and
 * draft ids, each article's file, the Open Graph cards to draw, the passages for search).
 * This module is the parent's side and imports none of the validation code.
 */
import { fork } from 'node:child_process';
import type { OgJob } from '../../og/drawer.ts';
import type { DraftRun } from '../draft-text.ts';
import type { CitingArticle } from '../../search/build-time/passage-index.ts';
import { threadUseNote, type ThreadUse } from '../../parallel/pool.ts';

/** What one edition's output must hold (the default edition's is also spread into BuildPlan). */
export interface EditionPlan {
  lang: string;
  publishedIds: string[];
  draftIds: string[];
  /** Project-relative file of each published article, by id (to name the file when its page fails). */
  articleFiles: Record<string, string>;
  /** File names (without extension) of the pictures drafts show (every edition's): none may appear in the output. */
  draftAssets: string[];
  /** Runs of words from drafts (every edition's) that no published article contains: none may appear in the output. */
  draftRuns: DraftRun[];
  /** Each published article's passages (frontmatter and prose), for the search page's passage files. */
  citing: CitingArticle[];
  /** One Open Graph card per published article without a lead image (its picture is its og:image). */
  ogJobs: OgJob[];
}

/** The plan of a build: the content's verdict, and the default edition's lists (EditionPlan) spread in. */
export interface BuildPlan extends Omit<EditionPlan, 'lang'> {
  /** Content errors; when above zero, nothing may be built and `report` says why. */
  errors: number;
  /** Every problem (errors and suggestions), formatted for the terminal. */
  report: string;
  checkedFiles: number;
  /** The validated site this plan was derived from, for Astro (empty when not written). */
  siteContentFile: string;
  /** Body parses and MDX compile checks in this validation; articles the cache knew were not parsed; those parsed on worker threads. */
  parses: { facts: number; mdxCompile: number; fromCache: number; threads?: ThreadUse };
  /** Every edition of the site, the default first (whose lists are also the ones above). */
  editions: EditionPlan[];
}

/** Validates `root` in a child process (validate-process.ts); the plan comes back, the validated site is on disk. */
export function planBuildInChildProcess(root: string): Promise<BuildPlan> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(new URL('./validate-process.ts', import.meta.url), [root], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let plan: BuildPlan | undefined;
    child.once('message', (message: BuildPlan) => (plan = message));
    child.once('error', reject);
    child.once('exit', (code) => (plan ? resolvePromise(plan) : reject(new Error(`content validation stopped with exit code ${code}`))));
  });
}

/** The sentence the pipeline prints when the content holds errors (the report lists them). */
export function contentErrorMessage(plan: Pick<BuildPlan, 'errors' | 'report'>): string {
  return (
    `Content has ${plan.errors} ${plan.errors === 1 ? 'error' : 'errors'}; nothing was built.\n\n${plan.report}\n\n` +
    'Fix each problem above (file, field, fix), or run `npm run check` to list them again without building.'
  );
}

/** The log line on body parses: each body is parsed once by validation, or not at all when the cache knew its file. */
export function bodyParseLogLine(parses: BuildPlan['parses']): string {
  return `bodies parsed once each: ${parses.facts} parsed${threadUseNote(parses.threads)}, ${parses.mdxCompile} MDX compiled, ${parses.fromCache} from the cache; pages parse none`;
}
