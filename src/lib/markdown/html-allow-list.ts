/**
 * What markup a body may contain: one allow-list for Markdown's raw HTML and MDX's JSX (docs/security.md,
 * "Content is data"). Anything not listed here is refused, so a new attack needs a new entry, not a
 * new deny rule. The rules in src/lib/validation/rules/ (body-raw-html, html-element, html-attribute,
 * html-url, pagefind-attributes, mdx-expression, mdx-imports) read these lists.
 */
import { IMAGE_EXTENSIONS, type MDX_PROVIDED_COMPONENTS } from '../content/layout.ts';

/**
 * HTML elements a body may write, each with the attributes it may carry. Only void elements: they
 * cannot be left open, so a Markdown body cannot strike through or embolden the rest of the page.
 * Formatting is written in Markdown (emphasis, links, lists, tables, footnotes).
 */
export const ALLOWED_ELEMENTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['br', []],
  ['wbr', []],
]);

/** The site's MDX components and the props each takes (their Props in src/components/*.astro). */
export const COMPONENT_PROPS: Readonly<Record<(typeof MDX_PROVIDED_COMPONENTS)[number], readonly string[]>> = {
  Callout: ['title'],
  Figure: ['src', 'alt', 'caption', 'credit', 'license'],
};

/** The one prop that takes code: Figure's `src={picture}`, naming a picture imported at the top of the file. */
export const PICTURE_PROPS: readonly { component: string; prop: string }[] = [{ component: 'Figure', prop: 'src' }];

export function isAllowedElement(name: string): boolean {
  return ALLOWED_ELEMENTS.has(name);
}

/** True when `name` is a component the site provides to every MDX body. */
export function isSiteComponent(name: string): boolean {
  return Object.hasOwn(COMPONENT_PROPS, name);
}

/** Whether an attribute may be written on an element or component, and why not. */
export function attributeAllowed(element: string, attribute: string): boolean {
  if (isSiteComponent(element)) return (COMPONENT_PROPS[element as keyof typeof COMPONENT_PROPS] as readonly string[]).includes(attribute);
  return ALLOWED_ELEMENTS.get(element)?.includes(attribute) ?? false;
}

/** Pagefind reads these from the page to build the search record: a body must not set them. */
export function isSearchAttribute(attribute: string): boolean {
  return /^data-pagefind(?:-|$)/i.test(attribute);
}

/** Why an attribute is dangerous, for the message (every attribute outside the list is refused anyway). */
export function attributeDanger(attribute: string): string | undefined {
  const name = attribute.toLowerCase();
  if (/^on/.test(name)) return 'an event handler, which runs code';
  if (name === 'style') return 'inline style, which can hide text or load addresses';
  if (/^(?:set|is|client|server|define|class):/.test(name)) return 'an Astro directive, which injects markup or code';
  if (name === 'srcdoc') return 'a frame document, which can hold any HTML';
  if (name === 'dangerouslysetinnerhtml') return 'raw HTML injection';
  return undefined;
}

/** Attributes browsers read as addresses (followed, loaded or submitted to). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'cite', 'background', 'data', 'codebase', 'ping', 'longdesc', 'manifest', 'icon', 'lowsrc', 'dynsrc', 'srcset', 'imagesrcset']);

/** The address part of an attribute value a browser follows, if the attribute carries one. */
export function addressesIn(attribute: string, value: string): string[] {
  const name = attribute.toLowerCase();
  if (name === 'srcset' || name === 'imagesrcset') return value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '');
  if (URL_ATTRIBUTES.has(name)) return [value];
  // <meta http-equiv="refresh" content="0; url=javascript:…">
  if (name === 'content') {
    const refresh = /url\s*=\s*['"]?([^'"]*)/i.exec(value);
    return refresh ? [refresh[1]!] : [];
  }
  return [];
}

/**
 * The value of a literal JavaScript expression (`"text"`, `'text'`, `3`, `-1.5`, `true`, `false`,
 * `null`), or undefined when the expression is anything else. An empty or comment-only expression
 * (`{/* note *\/}`, MDX's comment) has the value null. Only comments before and after the value are
 * removed, never from inside it, so `"/*" + process + "*\/"` stays code.
 */
export function literalValue(code: string): { value: string | number | boolean | null } | undefined {
  let rest = code.trim();
  while (rest.startsWith('/*')) {
    const end = rest.indexOf('*/', 2);
    if (end === -1) return undefined;
    rest = rest.slice(end + 2).trim();
  }
  while (rest.endsWith('*/')) {
    const start = rest.lastIndexOf('/*', rest.length - 3);
    if (start === -1) return undefined;
    rest = rest.slice(0, start).trim();
  }
  if (rest === '' || /^(?:true|false|null)$/.test(rest)) return { value: rest === '' ? null : (JSON.parse(rest) as boolean | null) };
  if (/^-?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/i.test(rest)) return { value: Number(rest) };
  const quote = rest[0];
  if ((quote !== '"' && quote !== "'") || rest.length < 2 || !rest.endsWith(quote)) return undefined;
  // The string's escapes read as JSON reads them; \x, \0 and line continuations are refused (not JSON).
  let json = '';
  for (let i = 1; i < rest.length - 1; i++) {
    const c = rest[i]!;
    if (c === '\\') {
      const next = rest[i + 1];
      if (next === undefined || i + 1 >= rest.length - 1) return undefined;
      json += next === "'" ? "'" : c + next;
      i++;
    } else if (c === quote || c === '\n' || c === '\r') return undefined;
    else json += c === '"' ? '\\"' : c;
  }
  try {
    return { value: JSON.parse(`"${json}"`) as string };
  } catch {
    return undefined;
  }
}

/** A JavaScript identifier, as an imported picture's name (`src={picture}`). */
export function isIdentifier(code: string): boolean {
  return /^\s*[A-Za-z_$][\w$]*\s*$/.test(code);
}

/**
 * Why an import specifier is not a local picture, or undefined when it is one: a relative path
 * (`./` or `../`) to a file with a picture extension, with no query (`?raw`, `?url`) or fragment.
 * Whether it stays inside the project is checked with the file's own folder (mdx-imports).
 */
export function pictureSpecifierProblem(specifier: string): string | undefined {
  if (/^node:/i.test(specifier) || !/^\.\.?\//.test(specifier)) {
    if (specifier.startsWith('/') || /^[A-Za-z]:[\\/]/.test(specifier) || /^file:/i.test(specifier)) return 'an absolute path';
    return /^node:/i.test(specifier) ? 'a Node built-in module' : 'a package, not a file beside the article';
  }
  if (/[?#]/.test(specifier)) return 'a path with a query or fragment (?raw, ?url), which reads the file as code or text';
  if (/\\/.test(specifier)) return 'a path with a backslash';
  const extension = /\.[^./]+$/.exec(specifier)?.[0]?.toLowerCase();
  if (!extension || !(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) return 'not a picture file';
  return undefined;
}
