/**
 * brand-case: names the site always writes one way (src/site.config.ts `brands`, the site's own name
 * among them) are written that way in the text: "watchman notes" is a warning.
 */
import { site } from '../../../site.config.ts';
import type { FileRule, Finding } from '../rule.ts';
import { COPY_KINDS, findingInRun, proseRuns } from '../copy-desk.ts';
import { escapeRegExp } from '../../text/regexp.ts';

/** A matcher per brand: the name in any case, as a whole word (never inside a longer word). */
export function brandMatchers(brands: readonly string[]): { brand: string; pattern: RegExp }[] {
  return brands.map((brand) => ({ brand, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(brand).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu') }));
}

const MATCHERS = brandMatchers(site.brands);

export const brandCase: FileRule = {
  id: 'brand-case',
  description: 'Names listed in brands in src/site.config.ts (the site’s own name among them) are written in their own case.',
  example: 'writes "watchman notes", which is written "Watchman Notes"',
  severity: 'warning',
  scope: 'file',
  appliesTo: COPY_KINDS,
  check(file) {
    const findings: Finding[] = [];
    for (const run of proseRuns(file)) {
      for (const { brand, pattern } of MATCHERS) {
        for (const match of run.text.matchAll(pattern)) {
          if (match[0].replace(/\s+/g, ' ') === brand) continue;
          findings.push(findingInRun(file, run, match.index, match[0].length, { message: `writes ${JSON.stringify(match[0])}, which is written ${JSON.stringify(brand)}`, fix: `write ${JSON.stringify(brand)}` }));
        }
      }
    }
    return findings;
  },
};
