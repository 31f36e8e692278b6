/**
 * What the site integration does with the validated site, as plain data: the draft files to leave
 * out, the lines to log and the error that stops a build. Astro's hooks only carry it out
 * (src/integrations/site.ts), so this is tested without Astro.
 */
import { countProblems, formatProblemsForTerminal } from '../validation/problems.ts';
import { articlesByDraft, type SiteContent } from './site-content.ts';

export interface GuardInput {
  result: SiteContent;
  command: 'dev' | 'build' | 'preview' | 'sync';
  ms: number;
  /** The edition this Astro run renders (WATCHMAN_EDITION); the default edition when not given. */
  edition?: string;
}

export interface GuardVerdict {
  /** Drafts of this edition Astro must not load, in a build (`astro dev` keeps them so a change shows at once). */
  draftFiles: string[];
  /** Every file this run's content collection leaves out: the drafts (in a build) and all articles of other editions. */
  excludedFiles: string[];
  /** Stops the build: the message and the hint (content errors in a build). */
  stop?: { message: string; hint: string };
  error?: string;
  info: string[];
}

/** The verdict on a validated project. */
export function guardContent({ result, command, ms, edition }: GuardInput): GuardVerdict {
  const { errors, warnings, suggestions } = countProblems(result.problems);
  const lang = edition ?? result.defaultLang;
  const { published, drafts } = articlesByDraft(result, lang);
  const draftFiles = command === 'build' ? drafts.map((a) => a.file) : [];
  const site = result.editions?.[lang];
  // A validated site written before editions has no per-edition lists: its drafts are all there is to leave out.
  const excludedFiles = !site ? draftFiles : command === 'build' ? site.excludedFiles : site.otherEditionFiles;
  const verdictOf = (rest: Omit<GuardVerdict, 'draftFiles' | 'excludedFiles'>): GuardVerdict => ({ draftFiles, excludedFiles, ...rest });
  const report = formatProblemsForTerminal(result.problems);
  if (errors > 0) {
    if (command === 'build') {
      return verdictOf({
        info: [],
        stop: {
          message: `Content has ${errors} ${errors === 1 ? 'error' : 'errors'}; nothing was built.\n\n${report}`,
          hint: 'Fix each problem above (file, field, fix), or run `npm run check` to list them again without building.',
        },
      });
    }
    return verdictOf({ info: [], error: `Content has problems; the pages of invalid files will fail to render:\n${report}` });
  }
  const info = suggestions + warnings > 0 ? [report] : [];
  // The edition is named only when several have articles, so a site of one language logs as before.
  const of = Object.values(result.editions ?? {}).filter((edition) => edition.published > 0).length > 1 ? ` in the ${lang} edition` : '';
  info.push(
    `${result.checkedFiles} content files valid: ${published.length} published articles${of}, ${drafts.length} drafts, ${Object.keys(result.authors).length} authors (${Math.round(ms)} ms, ${result.cacheHits} from cache)`,
  );
  return verdictOf({ info });
}

/** The report after a change under content/ in `astro dev`: the full list, so authors see every problem. */
export function recheckReport(result: Pick<SiteContent, 'problems' | 'checkedFiles'>): { level: 'error' | 'info'; text: string } {
  const { errors } = countProblems(result.problems);
  if (errors > 0) return { level: 'error', text: `Content has problems:\n${formatProblemsForTerminal(result.problems)}` };
  return { level: 'info', text: `content valid (${result.checkedFiles} files)${result.problems.length ? `\n${formatProblemsForTerminal(result.problems)}` : ''}` };
}
