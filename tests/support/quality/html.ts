// A small, dependency-free HTML tokenizer for the quality gates: start tags with their attributes,
// end tags, and the raw text of <script> and <style>. Enough for Astro's generated output (and for
// hand-written test pages); it is not a full HTML5 parser and does not build a tree.

export interface StartTag {
  kind: 'start';
  /** Lower-case tag name. */
  name: string;
  /** Attributes with lower-case names and entity-decoded values; a bare attribute has value ''. */
  attrs: Map<string, string>;
  /** Offset of `<` and of the character after `>` in the source. */
  start: number;
  end: number;
  /** Raw text content, for <script>, <style>, <textarea> and <title> only. */
  text?: string;
  /** Offset just after the closing tag of a raw-text element. */
  closeEnd?: number;
}

export interface EndTag {
  kind: 'end';
  name: string;
  start: number;
  end: number;
}

export type Token = StartTag | EndTag;

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an attribute value can carry (numeric and the common named ones). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (match, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return NAMED[ref.toLowerCase()] ?? match;
  });
}

/** Splits HTML into start and end tags; comments, doctypes and text between tags are skipped. */
export function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const close = html.indexOf('>', lt);
      i = close === -1 ? html.length : close + 1;
      continue;
    }
    if (html[lt + 1] === '/') {
      const match = /^<\/([a-zA-Z][^\s/>]*)[^>]*>/.exec(html.slice(lt, lt + 200));
      if (match) {
        tokens.push({ kind: 'end', name: match[1]!.toLowerCase(), start: lt, end: lt + match[0].length });
        i = lt + match[0].length;
      } else i = lt + 1;
      continue;
    }
    if (!/[a-zA-Z]/.test(html[lt + 1] ?? '')) {
      i = lt + 1;
      continue;
    }
    const tag = readStartTag(html, lt);
    tokens.push(tag);
    i = tag.end;
    if (RAW_TEXT.has(tag.name)) {
      const closeAt = html.toLowerCase().indexOf(`</${tag.name}`, tag.end);
      const textEnd = closeAt === -1 ? html.length : closeAt;
      tag.text = html.slice(tag.end, textEnd);
      const gt = closeAt === -1 ? -1 : html.indexOf('>', closeAt);
      tag.closeEnd = gt === -1 ? html.length : gt + 1;
      if (closeAt !== -1) tokens.push({ kind: 'end', name: tag.name, start: closeAt, end: tag.closeEnd });
      i = tag.closeEnd;
    }
  }
  return tokens;
}

function readStartTag(html: string, lt: number): StartTag {
  let i = lt + 1;
  let name = '';
  while (i < html.length && !/[\s/>]/.test(html[i]!)) name += html[i++];
  const attrs = new Map<string, string>();
  for (;;) {
    while (i < html.length && /[\s/]/.test(html[i]!)) i++;
    if (i >= html.length || html[i] === '>') break;
    let attr = '';
    while (i < html.length && !/[\s/>=]/.test(html[i]!)) attr += html[i++];
    while (i < html.length && /\s/.test(html[i]!)) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < html.length && /\s/.test(html[i]!)) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        value = html.slice(i + 1, close === -1 ? html.length : close);
        i = close === -1 ? html.length : close + 1;
      } else {
        while (i < html.length && !/[\s>]/.test(html[i]!)) value += html[i++];
      }
    }
    const key = attr.toLowerCase();
    if (key && !attrs.has(key)) attrs.set(key, decodeEntities(value));
  }
  return { kind: 'start', name: name.toLowerCase(), attrs, start: lt, end: Math.min(i + 1, html.length) };
}

export function startTags(html: string): StartTag[] {
  return tokenize(html).filter((t): t is StartTag => t.kind === 'start');
}

/** The class list of a tag. */
export function classesOf(tag: StartTag): string[] {
  return (tag.attrs.get('class') ?? '').split(/\s+/).filter(Boolean);
}

/**
 * Removes the inner content of every element matching `matches` (keeping its tags), honouring
 * nesting of the same tag name, e.g. the article text inside `<div class="prose">…</div>`.
 */
export function emptyElements(html: string, matches: (tag: StartTag) => boolean): { html: string; matched: number; removed: number } {
  const tokens = tokenize(html);
  const cuts: [number, number][] = [];
  for (let k = 0; k < tokens.length; k++) {
    const open = tokens[k]!;
    if (open.kind !== 'start' || !matches(open)) continue;
    if (cuts.length && open.start < cuts[cuts.length - 1]![1]) continue; // inside a cut already
    let depth = 1;
    let m = k + 1;
    for (; m < tokens.length; m++) {
      const t = tokens[m]!;
      if (t.name !== open.name) continue;
      depth += t.kind === 'start' ? 1 : -1;
      if (depth === 0) break;
    }
    if (m >= tokens.length) throw new Error(`<${open.name}> at offset ${open.start} is never closed`);
    cuts.push([open.end, tokens[m]!.start]);
  }
  let out = '';
  let from = 0;
  let removed = 0;
  for (const [a, b] of cuts) {
    out += html.slice(from, a);
    removed += b - a;
    from = b;
  }
  return { html: out + html.slice(from), matched: cuts.length, removed };
}

/** The element each start tag opens: its range in the source up to the end of its closing tag. */
export interface ElementRange {
  tag: StartTag;
  start: number;
  end: number;
  /** Depth in the element tree (the root <html> is 0). */
  depth: number;
  parent?: ElementRange;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Every element with its source range and parent, from start/end tags (void elements have no end). */
export function elementRanges(html: string): ElementRange[] {
  const out: ElementRange[] = [];
  const stack: ElementRange[] = [];
  for (const token of tokenize(html)) {
    if (token.kind === 'start') {
      const parent = stack[stack.length - 1];
      const range: ElementRange = { tag: token, start: token.start, end: token.closeEnd ?? token.end, depth: stack.length, ...(parent ? { parent } : {}) };
      out.push(range);
      if (!VOID.has(token.name) && token.closeEnd === undefined) stack.push(range);
    } else {
      // Pop to the matching open element, closing anything left open inside it (an omitted </p>
      // before </main>). HTML's other implied ends (<p> closed by the next <p>) are not modelled:
      // generated pages write their end tags.
      const at = stack.map((r) => r.tag.name).lastIndexOf(token.name);
      if (at === -1) continue;
      for (const open of stack.splice(at)) open.end = token.end;
    }
  }
  return out;
}

/** A short label for an element: `section.scripture`, `nav#toc`, `meta[http-equiv]`. */
export function labelOf(tag: StartTag): string {
  const id = tag.attrs.get('id');
  const cls = classesOf(tag)[0];
  if (id) return `${tag.name}#${id}`;
  if (cls) return `${tag.name}.${cls}`;
  if (tag.attrs.has('http-equiv')) return `${tag.name}[http-equiv=${tag.attrs.get('http-equiv')}]`;
  if (tag.attrs.has('type')) return `${tag.name}[type=${tag.attrs.get('type')}]`;
  return tag.name;
}
