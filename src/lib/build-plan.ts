/**
 * What a build must produce, from the validated content: published and draft ids and each article's
 * Open Graph card. scripts/build.ts computes it in a short-lived process of its own, so the validation's
 * memory (hundreds of MB per 1,000 articles) is given back before Astro starts, not held beside it.
 */
import { fork } from 'node:child_process';
import { checkProject } from './content/check-project.ts';
import { countProblems, formatProblemsForTerminal } from './problems.ts';
import { ogCard } from './og/card.ts';
import type { OgJob } from './og/drawer.ts';
import { site } from '../site.config.ts';

export interface BuildPlan {
  /** Content errors; when above zero, nothing may be built and `report` says why. */
  errors: number;
  /** Every problem (errors and suggestions), formatted for the terminal. */
  report: string;
  checkedFiles: number;
  publishedIds: string[];
  draftIds: string[];
  /** One Open Graph card per published article. */
  ogJobs: OgJob[];
}

export function planBuild(root: string): BuildPlan {
  const checked = checkProject(root);
  const { errors } = countProblems(checked.problems);
  const authors = new Map(checked.authors.map((a) => [a.id, a.data.name]));
  const published = errors ? [] : checked.articles.filter((a) => !a.data.draft);
  return {
    errors,
    report: checked.problems.length ? formatProblemsForTerminal(checked.problems) : '',
    checkedFiles: checked.checkedFiles,
    publishedIds: published.map((a) => a.id),
    draftIds: checked.articles.filter((a) => a.data.draft).map((a) => a.id),
    ogJobs: published.map((a) => ({ id: a.id, card: ogCard(a.data, authors.get(a.data.author) ?? a.data.author, site.title) })),
  };
}

/** planBuild in a child process: only the plan comes back. */
export function planBuildInChildProcess(root: string): Promise<BuildPlan> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(new URL(import.meta.url), [root], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let plan: BuildPlan | undefined;
    child.once('message', (message: BuildPlan) => (plan = message));
    child.once('error', reject);
    child.once('exit', (code) => (plan ? resolvePromise(plan) : reject(new Error(`content validation stopped with exit code ${code}`))));
  });
}

if (import.meta.main && process.send) {
  process.send(planBuild(process.argv[2]!), () => process.disconnect());
}
