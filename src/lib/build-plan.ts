/**
 * What a build must produce, from the validated content: published and draft ids and each article's
 * Open Graph card. scripts/build.ts computes it in a short-lived process of its own, so the validation's
 * memory (hundreds of MB per 1,000 articles) is given back before Astro renders, not held beside it.
 * This module is the parent's side and imports none of the validation code (build-plan-process.ts does).
 */
import { fork } from 'node:child_process';
import type { OgJob } from './og/drawer.ts';
import type { CitingArticle } from './search/passage-index.ts';

export interface BuildPlan {
  /** Content errors; when above zero, nothing may be built and `report` says why. */
  errors: number;
  /** Every problem (errors and suggestions), formatted for the terminal. */
  report: string;
  checkedFiles: number;
  publishedIds: string[];
  draftIds: string[];
  /** File names (without extension) of the pictures drafts show: none may appear in the output. */
  draftAssets: string[];
  /** One Open Graph card per published article. */
  ogJobs: OgJob[];
  /** Each published article's passages (frontmatter and prose), for the search page's passage files. */
  citing: CitingArticle[];
}

/** Validates `root` in a child process (build-plan-process.ts); only the plan comes back. */
export function planBuildInChildProcess(root: string): Promise<BuildPlan> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(new URL('./build-plan-process.ts', import.meta.url), [root], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let plan: BuildPlan | undefined;
    child.once('message', (message: BuildPlan) => (plan = message));
    child.once('error', reject);
    child.once('exit', (code) => (plan ? resolvePromise(plan) : reject(new Error(`content validation stopped with exit code ${code}`))));
  });
}
