// Content-Security-Policy helpers: parsing a policy, the `_headers` file, and checking that every
// inline <script>/<style> in a page is allowed by a hash in that page's <meta> policy.
import { createHash } from 'node:crypto';
import { startTags, type StartTag } from './html.ts';

export type Policy = Map<string, string[]>;

/** `default-src 'none'; script-src 'self' …` → directive → sources (first occurrence wins, as in browsers). */
export function parseCsp(policy: string): Policy {
  const out: Policy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!out.has(key)) out.set(key, sources);
  }
  return out;
}

/** The sources that govern a fetch directive, following CSP's fallback list. */
export function effectiveSources(policy: Policy, directive: 'script-src-elem' | 'style-src-elem'): string[] | undefined {
  const family = directive.startsWith('script') ? 'script-src' : 'style-src';
  return policy.get(directive) ?? policy.get(family) ?? policy.get('default-src');
}

/** The content of the page's `<meta http-equiv="content-security-policy">`, if any. */
export function metaPolicyOf(tags: StartTag[]): string | undefined {
  const meta = tags.find((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  return meta?.attrs.get('content');
}

export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const SCRIPT_TYPES = /^(|text\/javascript|application\/javascript|module|importmap|speculationrules)$/i;

/** Whether a <script> tag's content is executed (so CSP applies) rather than a data block like JSON-LD. */
export function isExecutableScript(tag: StartTag): boolean {
  return SCRIPT_TYPES.test((tag.attrs.get('type') ?? '').trim());
}

export interface InlineProblem {
  element: 'script' | 'style';
  hash: string;
  excerpt: string;
  reason: 'no CSP meta' | 'hash not in the <meta> policy' | `not allowed by the ${string} policy`;
}

/** Whether a policy lets an inline block with this hash run (no governing directive allows all). */
export function allowsInline(policy: Policy, element: 'script' | 'style', hash: string): boolean {
  const sources = effectiveSources(policy, element === 'script' ? 'script-src-elem' : 'style-src-elem');
  if (!sources) return true;
  if (sources.includes(hash)) return true;
  // 'unsafe-inline' only counts when no hash or nonce is listed (CSP Level 2+ ignores it then).
  return sources.includes("'unsafe-inline'") && !sources.some((s) => /^'(sha(256|384|512)|nonce)-/.test(s));
}

/**
 * Every inline executable <script> and every <style> must have its SHA-256 listed in the page's
 * <meta> policy (script-src / style-src, or the -elem variants). Data blocks
 * (`type="application/ld+json"`) are not scripts and are skipped. A browser enforces every policy
 * it receives, so the block must also be allowed by each extra policy given (e.g. the CSP header
 * that `_headers` sends for this path).
 */
export function inlineHashProblems(html: string, extraPolicies: { name: string; policy: Policy }[] = []): { inline: number; problems: InlineProblem[] } {
  const tags = startTags(html);
  const policyText = metaPolicyOf(tags);
  const policy = policyText === undefined ? undefined : parseCsp(policyText);
  const problems: InlineProblem[] = [];
  let inline = 0;
  for (const tag of tags) {
    const isScript = tag.name === 'script' && !tag.attrs.has('src') && isExecutableScript(tag);
    const isStyle = tag.name === 'style';
    if (!isScript && !isStyle) continue;
    inline++;
    const text = tag.text ?? '';
    const hash = sha256Source(text);
    const excerpt = text.slice(0, 60).replace(/\s+/g, ' ');
    const element = isScript ? 'script' : 'style';
    if (!policy) problems.push({ element, hash, excerpt, reason: 'no CSP meta' });
    else if (!(effectiveSources(policy, isScript ? 'script-src-elem' : 'style-src-elem') ?? []).includes(hash)) {
      problems.push({ element, hash, excerpt, reason: 'hash not in the <meta> policy' });
    }
    for (const extra of extraPolicies) {
      if (!allowsInline(extra.policy, element, hash)) problems.push({ element, hash, excerpt, reason: `not allowed by the ${extra.name} policy` });
    }
  }
  return { inline, problems };
}

export interface HeaderRule {
  pattern: string;
  /** Lower-case header name → values in file order. */
  headers: Map<string, string[]>;
}

/** Parses a Netlify / Cloudflare Pages `_headers` file: a path line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: new Map() });
      continue;
    }
    const rule = rules[rules.length - 1];
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path: ${line}`);
    const name = line.slice(0, colon).trim().toLowerCase();
    const values = rule.headers.get(name) ?? [];
    values.push(line.slice(colon + 1).trim());
    rule.headers.set(name, values);
  }
  return rules;
}

/** `/*` → any path; `/articles/:id/` → one segment; otherwise an exact path. */
export function patternMatches(pattern: string, pathname: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(pathname);
}

/** The headers `_headers` gives a path: every matching rule, in file order. */
export function headersFor(rules: HeaderRule[], pathname: string): [string, string][] {
  const out: [string, string][] = [];
  for (const rule of rules) if (patternMatches(rule.pattern, pathname)) for (const [name, values] of rule.headers) for (const value of values) out.push([name, value]);
  return out;
}
