// Child process of build-plan.ts: validates a project folder and sends back its build plan, then exits.
import { checkProject } from './validation/check-project.ts';
import { countProblems, formatProblemsForTerminal } from './problems.ts';
import { ogCard } from './og/card.ts';
import { isRemoteUrl, linkScheme } from './markdown/links.ts';
import type { BuildPlan } from './build-plan.ts';
import { site } from '../site.config.ts';

/** Names (without folder or extension) of the local pictures a body shows. */
function localImageNames(links: readonly { url: string; kind: string }[]): string[] {
  return links
    .filter((link) => link.kind === 'image' && linkScheme(link.url) === undefined && !isRemoteUrl(link.url))
    .map((link) => link.url.split(/[?#]/)[0]!.split('/').pop()!.replace(/\.[^.]+$/, ''))
    .filter((name) => name.length >= 3);
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
    draftAssets: checked.articles.filter((a) => a.data.draft).flatMap((a) => localImageNames(a.facts.links)),
    ogJobs: published.map((a) => ({ id: a.id, card: ogCard(a.data, authors.get(a.data.author) ?? a.data.author, site.title) })),
  };
}

if (import.meta.main && process.send) {
  process.send(planBuild(process.argv[2]!), () => process.disconnect());
}
