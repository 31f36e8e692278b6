/**
 * Pipeline step 1, validate: what a build must produce, from the validated content (published and
 * draft ids, each article's file and the Open Graph cards to draw). Computed in a short-lived process of its own
 * (validate-process.ts), so the validation's memory (hundreds of MB per 1,000 articles) is given back
 * before Astro renders, not held beside it. This module is the parent's side and imports none of the
 * validation code.
 */
import { fork } from 'node:child_process';
import type { OgJob } from '../../og/drawer.ts';
import type { DraftRun } from '../draft-text.ts';
import type { CitingArticle } from '../../search/build-time/passage-index.ts';

export interface BuildPlan {
  /** Content errors; when above zero, nothing may be built and `report` says why. */
  errors: number;
  /** Every problem (errors and suggestions), formatted for the terminal. */
  report: string;
  checkedFiles: number;
  publishedIds: string[];
  draftIds: string[];
  /** Project-relative file of each published article, by id (to name the file when its page fails). */
  articleFiles: Record<string, string>;
  /** File names (without extension) of the pictures drafts show: none may appear in the output. */
  draftAssets: string[];
  /** Runs of words from drafts that no published article contains: none may appear in the output. */
  draftRuns: DraftRun[];
  /** Each published article's passages (frontmatter and prose), for the search page's passage files. */
  citing: CitingArticle[];
  /** One Open Graph card per published article without a lead image (its picture is its og:image). */
  ogJobs: OgJob[];
}

/** Validates `root` in a child process (validate-process.ts); only the plan comes back. */
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
