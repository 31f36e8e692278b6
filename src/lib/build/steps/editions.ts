/**
 * Which Astro runs one build makes, and where each writes (docs/editions.md, "The build"). One run per
 * edition of the build (`editionsInBuild`) that has a published article: the default edition into the
 * staging folder's root; a `prefix` edition (`/de/…`) into a folder of its own inside the staging
 * folder, then moved to `<staging>/<lang>/` (Astro empties its outDir, so no run writes inside
 * another's output); a `domain` edition is built alone (`--edition de`), at the root.
 */
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { editionsInBuild, requireEdition, type EditionLang, type EditionsConfig } from '../../editions/config.ts';
import { BuildFailure } from '../failure.ts';
import type { EditionPlan } from './validate.ts';

/** One Astro run of a build. */
export interface EditionRunPlan {
  lang: EditionLang;
  /** The edition's folder in the staging folder: '' for the root, `de` for `/de/`. */
  folder: string;
  /** Where Astro writes: the root, or a temporary folder inside staging that becomes `folder`. */
  renderFolder: string;
  plan: EditionPlan;
}

/**
 * The runs of a build of `buildLang` (the default edition when not given). An edition without a
 * published article is not built (its pages would be empty), except the edition the build is for.
 */
export function editionRuns(config: EditionsConfig, plans: readonly EditionPlan[], buildLang?: string): EditionRunPlan[] {
  const lang = buildLang ?? config.defaultLang;
  try {
    requireEdition(config, lang);
  } catch {
    throw new BuildFailure(`--edition ${JSON.stringify(lang)} is not an edition of this site; editions are ${config.editions.map((e) => e.lang).join(', ')} (src/site.config.ts)`);
  }
  const built = editionsInBuild(config, lang as EditionLang);
  const alone = built.length === 1 && built[0]!.lang === lang;
  if (!alone && lang !== config.defaultLang) {
    throw new BuildFailure(`--edition ${lang}: this edition is built with the default edition (shape "prefix", under /${lang}/); run the build without --edition`);
  }
  return built.flatMap((edition): EditionRunPlan[] => {
    const plan = plans.find((candidate) => candidate.lang === edition.lang);
    if (!plan || (edition.lang !== lang && plan.publishedIds.length === 0)) return [];
    const atRoot = edition.lang === lang;
    return [{ lang: edition.lang, folder: atRoot ? '' : edition.lang, renderFolder: atRoot ? '' : `.render-${edition.lang}`, plan }];
  });
}

/** The folder names of the other editions' output inside the root edition's folder (the audit leaves them to their own audit). */
export function nestedEditionFolders(runs: readonly EditionRunPlan[]): string[] {
  return runs.filter((run) => run.folder !== '').map((run) => run.folder);
}

/** Moves a prefix edition's output from its render folder to its place; a page of the root edition already there is a clash. */
export function placeEditionOutput(staging: string, run: EditionRunPlan): void {
  if (run.renderFolder === run.folder) return;
  const target = join(staging, run.folder);
  if (existsSync(target)) {
    throw new BuildFailure(`the ${run.lang} edition goes to /${run.folder}/, but the ${run.lang === run.folder ? 'default' : 'root'} edition's build already has a /${run.folder}/ (a page or public/ folder of that name); rename it`);
  }
  renameSync(join(staging, run.renderFolder), target);
}
