// The static quality gates over an existing build, without a browser: html-validate, internal links
// and fragments, size budgets, CSP hashes and hygiene. The browser gates (axe-core, CSP violations
// at run time) run in `npm test` (tests/quality/site-quality.test.ts).
//
//   node scripts/quality/check-dist.ts [dist]      (default: dist; exit 1 when any gate fails)
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUDGETS } from '../../tests/support/quality/budgets.ts';
import { checkHygiene, formatHygieneProblems } from '../../tests/support/quality/hygiene.ts';
import { formatHtmlProblems, validateHtml } from '../../tests/support/quality/html-validity.ts';
import { checkLinks, formatLinkProblems } from '../../tests/support/quality/links.ts';
import { articlePageSizes, cssSizes, javascriptSizes, sizeBreakdown, sizeTable, total } from '../../tests/support/quality/sizes.ts';
import { site } from '../../src/site.config.ts';
import { exitWithUsage, parseToolOptions } from '../../src/lib/cli/options.ts';

const tool = { name: 'check-dist', usage: 'Usage: node scripts/quality/check-dist.ts [dist]' };
const { positionals } = parseToolOptions(tool, { strict: true, allowPositionals: true, options: {} });
if (positionals.length > 1) exitWithUsage(tool, `one build folder at most (found ${positionals.length})`);
const dist = resolve(positionals[0] ?? 'dist');
if (!existsSync(dist)) {
  console.error(`no build at ${dist}: run npm run build first`);
  process.exit(2);
}

const failures: string[] = [];
const gate = (name: string, problems: number, detail: string) => {
  console.log(`${problems === 0 ? 'ok  ' : 'FAIL'} ${name}`);
  if (problems) {
    failures.push(name);
    console.log(detail.replace(/^/gm, '     '));
  }
};

const html = await validateHtml(dist);
gate(`html-validate: ${html.files} files, ${html.problems.length} errors`, html.problems.length, formatHtmlProblems(html.problems));

const links = checkLinks(dist, { siteOrigins: [site.url] });
gate(`links: ${links.checked} internal references on ${links.pages} pages, ${links.problems.length} broken`, links.problems.length, formatLinkProblems(links.problems));

const hygiene = checkHygiene(dist);
gate(`CSP hashes and hygiene: ${hygiene.htmlFiles} HTML files, ${hygiene.problems.length} problems`, hygiene.problems.length, formatHygieneProblems(hygiene.problems));

const articles = articlePageSizes(dist);
const over = articles.filter((r) => r.gzip >= BUDGETS.articleHtmlWithoutText);
console.log(sizeTable('article page HTML, text removed', articles, { label: 'gzip budget', bytes: BUDGETS.articleHtmlWithoutText, perRow: true }));
gate(`article pages under budget: ${articles.length - over.length} of ${articles.length}`, over.length, over.map((r) => `${r.name}: ${r.gzip} B; ${sizeBreakdown(r.html!).map((p) => `${p.part} ${p.gzip} B`).join(', ')}`).join('\n'));

const js = javascriptSizes(dist);
console.log(sizeTable('JavaScript (dist/pagefind/ excluded)', js, { label: 'gzip budget', bytes: BUDGETS.javascriptTotal }));
gate(`JavaScript total ${total(js)} B < ${BUDGETS.javascriptTotal} B`, total(js) < BUDGETS.javascriptTotal ? 0 : 1, 'over budget');

const css = cssSizes(dist);
console.log(sizeTable('CSS (files and distinct inline <style>)', css, { label: 'gzip budget', bytes: BUDGETS.cssTotal }));
gate(`CSS total ${total(css)} B < ${BUDGETS.cssTotal} B`, total(css) < BUDGETS.cssTotal ? 0 : 1, 'over budget');

console.log(failures.length ? `\n${failures.length} gate(s) failed` : '\nall static quality gates passed');
process.exit(failures.length ? 1 : 0);
