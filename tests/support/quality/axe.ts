// axe-core in a Playwright page, under the page's own Content-Security-Policy.
//
// How it runs under CSP: the pages allow only `script-src 'self'` plus hashes, so a <script>
// added by page.addScriptTag() (inline, or a file from another origin) would be blocked. Instead
// axe's source is evaluated with page.evaluate(): Playwright sends it over the DevTools protocol
// (Runtime.evaluate), which the page's CSP does not govern, and axe itself needs no eval, inline
// script or style. So the browser context keeps the real CSP (no bypassCSP) during the axe pass too,
// and the separate CSP gate loads every page in a fresh context with nothing injected at all.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let source: string | undefined;
function axeSource(): string {
  source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

export interface AxeViolation {
  url: string;
  scheme: string;
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  targets: string[];
  /** The first failing node's HTML and axe's summary of what to fix. */
  html: string;
  summary: string;
}

interface AxeResult {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    helpUrl: string;
    nodes: { target: unknown[]; html: string; failureSummary?: string }[];
  }[];
}

/** Runs axe on the page as it stands and returns its violations (one entry per rule). */
export async function runAxe(page: Page, label: { url: string; scheme: string }): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axeSource());
  const result = (await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  )) as AxeResult;
  return result.violations.map((v) => ({
    ...label,
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    html: v.nodes[0]?.html ?? '',
    summary: (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
  }));
}

/**
 * One block per rule and set of failing targets, listing every URL (and colour scheme) where it
 * occurs: id, impact, help, URLs, target selectors, an example node and axe's fix summary.
 */
export function formatViolations(violations: AxeViolation[]): string {
  const groups = new Map<string, { first: AxeViolation; where: Map<string, string[]> }>();
  for (const v of violations) {
    const key = `${v.id}\n${v.targets.join('\n')}`;
    const group = groups.get(key) ?? { first: v, where: new Map<string, string[]>() };
    groups.set(key, group);
    const schemes = group.where.get(v.url) ?? [];
    schemes.push(v.scheme);
    group.where.set(v.url, schemes);
  }
  return [...groups.values()]
    .map(({ first: v, where }) =>
      [
        `${v.id} (${v.impact}) — ${v.help}`,
        ...[...where].map(([url, schemes]) => `  url: ${url} [${schemes.join(', ')}]`),
        ...v.targets.map((t) => `  target: ${t}`),
        `  e.g. ${v.html.slice(0, 160)}`,
        `  fix: ${v.summary.slice(0, 300)}`,
        `  see ${v.helpUrl}`,
      ].join('\n'),
    )
    .join('\n');
}
