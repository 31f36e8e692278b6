// Assertions about a built site's HTML, read with an HTML5 parser (Sätteri's htmlToHast), not by regex.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToHast } from 'satteri';

export interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
}

function eachElement(html: string, visit: (node: HastNode) => void): void {
  const stack: HastNode[] = [htmlToHast(html) as unknown as HastNode];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'element') visit(node);
    for (const child of node.children ?? []) stack.push(child);
  }
}

/** The text inside an element, its descendants' text nodes joined. */
export function textOf(node: HastNode): string {
  return (node.children ?? []).map((child) => (child.type === 'text' ? (child.value ?? '') : textOf(child))).join('');
}

/** Every element as `tag[attr,attr]` (attribute names sorted): what a page's markup is made of, without its text. */
export function markupShapes(html: string): Set<string> {
  const shapes = new Set<string>();
  eachElement(html, (node) => shapes.add(`${node.tagName}[${Object.keys(node.properties ?? {}).sort().join(',')}]`));
  return shapes;
}

const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'data'];

/**
 * Markup no template writes and an injection would: event-handler attributes, javascript: or
 * data: URLs, frames and plug-ins, `<img src=x>`, a script that is neither external nor valid JSON-LD.
 */
export function injectedMarkup(html: string): string[] {
  const found: string[] = [];
  eachElement(html, (node) => {
    const properties = node.properties ?? {};
    for (const [name, value] of Object.entries(properties)) {
      if (/^on/i.test(name)) found.push(`<${node.tagName} ${name}=…>`);
      if (URL_PROPERTIES.includes(name) && typeof value === 'string' && /^\s*(javascript|vbscript|data):/i.test(value.replace(/[\t\n\r]/g, ''))) {
        found.push(`<${node.tagName} ${name}="${value.slice(0, 40)}">`);
      }
    }
    if (['iframe', 'frame', 'object', 'embed'].includes(node.tagName ?? '')) found.push(`<${node.tagName}>`);
    if (node.tagName === 'img' && properties.src === 'x') found.push('<img src=x>');
    if (node.tagName === 'script' && properties.src === undefined) {
      const text = textOf(node);
      if (properties.type === 'application/ld+json') {
        try {
          JSON.parse(text);
        } catch {
          found.push(`<script type="application/ld+json"> that is not valid JSON: ${text.slice(0, 60)}`);
        }
      } else if (/alert\(/.test(text)) found.push(`<script>${text.slice(0, 40)}`);
    }
  });
  return found;
}

/** Every file under dir, as paths relative to it. */
function allFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, name)).isDirectory() ? allFiles(join(dir, name), rel) : [rel];
  });
}

/** Every .html file under dir, as paths relative to it. */
export function htmlFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(abs).isDirectory()) out.push(...htmlFiles(abs, rel));
    else if (name.endsWith('.html')) out.push(rel);
  }
  return out;
}

function countElements(html: string, tag: string): number {
  let n = 0;
  eachElement(html, (node) => {
    if (node.tagName === tag) n++;
  });
  return n;
}

/**
 * Checks the assertions of a case's `builds` file against `dist`; returns one sentence per failure.
 * Lines are `path | text` (the file contains text), `path | !text` (it does not),
 * `path | =structure other` (every element shape of path occurs in other),
 * `path | =same-elements other tag` (both have as many <tag> elements) and `* | =no-injected-markup`
 * (no HTML file has markup from injectedMarkup), `* | =nowhere text` (no file of dist is named with or
 * contains text). `#` starts a comment.
 */
export function checkBuiltOutput(dist: string, assertions: string): string[] {
  const failures: string[] = [];
  const read = (path: string): string | undefined => {
    const file = join(dist, path);
    if (!existsSync(file)) {
      failures.push(`${path} was not built`);
      return undefined;
    }
    return readFileSync(file, 'utf8');
  };
  for (const raw of assertions.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const split = line.indexOf(' | ');
    if (split === -1) throw new Error(`builds: cannot read "${line}" (expected "path | assertion")`);
    const path = line.slice(0, split);
    const assertion = line.slice(split + 3);
    if (assertion.startsWith('=nowhere ')) {
      // No file of the site is named with, or contains, the text (a draft's image, words or title).
      const needle = assertion.slice('=nowhere '.length);
      for (const file of allFiles(dist)) {
        if (file.includes(needle)) failures.push(`${file} is named with "${needle}"`);
        else if (readFileSync(join(dist, file)).includes(needle)) failures.push(`${file} contains "${needle}"`);
      }
      continue;
    }
    if (assertion === '=no-injected-markup') {
      for (const file of path === '*' ? htmlFiles(dist) : [path]) {
        const html = read(file);
        if (html === undefined) continue;
        for (const found of injectedMarkup(html)) failures.push(`${file} has injected markup: ${found}`);
      }
      continue;
    }
    const html = read(path);
    if (html === undefined) continue;
    if (assertion.startsWith('=structure ')) {
      const otherPath = assertion.slice('=structure '.length);
      const other = read(otherPath);
      if (other === undefined) continue;
      const allowed = markupShapes(other);
      for (const shape of markupShapes(html)) if (!allowed.has(shape)) failures.push(`${path} has ${shape}, which ${otherPath} has not`);
    } else if (assertion.startsWith('=same-elements ')) {
      const [otherPath, tag] = assertion.slice('=same-elements '.length).split(' ');
      const other = read(otherPath!);
      if (other === undefined) continue;
      const here = countElements(html, tag!);
      const there = countElements(other, tag!);
      if (here !== there) failures.push(`${path} has ${here} <${tag}> elements, ${otherPath} has ${there}`);
    } else if (assertion.startsWith('!')) {
      if (html.includes(assertion.slice(1))) failures.push(`${path} contains "${assertion.slice(1)}"`);
    } else if (!html.includes(assertion)) failures.push(`${path} does not contain "${assertion}"`);
  }
  return failures;
}
