// html-validate over every HTML file of a built site, with the recommended rules.
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { htmlFiles } from './dist.ts';

/**
 * `html-validate:recommended`, with the one rule tweak our output needs. A static loader, so no
 * `.htmlvalidate.json` lying around on disk can change the result.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // An article's <title> is its headline (up to 200 characters, src/schema/article.ts) plus
    // " · <site title>". `long-title` (default 70) is an SEO display heuristic, not validity, and
    // cutting the title short would shorten the name screen readers announce for the page; search
    // engines truncate titles for display themselves. A bound remains, to catch a runaway title.
    'long-title': ['error', { maxlength: 220 }],
  },
};

export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  message: string;
  selector: string | null;
}

export async function validateHtml(dist: string, config: ConfigData = HTML_VALIDATE_CONFIG): Promise<{ files: number; problems: HtmlProblem[] }> {
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const files = htmlFiles(dist);
  const problems: HtmlProblem[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(dist, file));
    for (const result of report.results) {
      for (const m of result.messages) {
        // severity 2 = error, 1 = warning: the gate counts errors; recommended has no warnings on by default.
        if (m.severity >= 2) problems.push({ file, line: m.line, column: m.column, ruleId: m.ruleId, message: m.message, selector: m.selector });
      }
    }
  }
  return { files: files.length, problems };
}

export function formatHtmlProblems(problems: HtmlProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.ruleId}: ${p.message}${p.selector ? ` (${p.selector})` : ''}`).join('\n');
}
