/**
 * What a body's markup and code are, read from its one parse for the content-is-data rules
 * (docs/security.md): every MDX import, export and expression, every element or component with its
 * attributes (MDX JSX and Markdown raw HTML alike), and characters written as references or
 * escapes (`&#x202E;`, `"\u202E"`) that decode to control or bidirectional characters.
 */
import type { Nodes } from 'mdast';
import { parse as parseImports } from 'es-module-lexer/js';
import { environmentAccess } from './mdx-safety.ts';
import { literalValue } from './html-allow-list.ts';
import type { HtmlTag } from './html-comments.ts';

export interface MdxCodeFact {
  line: number;
  /**
   * environment: a global that reaches the build (`process`); import: a static import;
   * export: ESM that is not an import (an export or any other statement); expression: `{…}` in prose that is not a literal value.
   */
  kind: 'environment' | 'import' | 'export' | 'expression';
  /** The global, the module specifier, the statement or the expression (shortened by the rule). */
  detail: string;
  /** import only: the name bound by `import name from '…'`, when the statement is exactly that (a picture import's shape). */
  binding?: string;
}

export interface AttributeFact {
  /** null for a spread `{...x}`. */
  name: string | null;
  /** The value when it is literal (text, decoded; `true` for a bare attribute). */
  value?: string | number | boolean | null;
  /** The code when the value is an expression other than a literal, or the spread. */
  code?: string;
}

/** An element or component: an MDX JSX tag (`jsx`) or a start tag of Markdown raw HTML (`html`). */
export interface ElementFact {
  line: number;
  source: 'jsx' | 'html';
  /** null for a fragment `<>…</>`. */
  name: string | null;
  attributes: AttributeFact[];
}

/** A control or bidirectional character written so that it cannot be seen in the source: a reference or an escape. */
export interface EncodedCharacterFact {
  line: number;
  /** As written (`&#x202E;`), or the value holding it when it came from a decoded attribute or string. */
  written: string;
  codePoint: number;
}

// C0 and C1 controls other than tab and line breaks, and the bidirectional controls the frontmatter refuses too (src/schema/fields.ts).
export const HIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const NAMED_HIDDEN: Record<string, number> = { lrm: 0x200e, rlm: 0x200f };

/** Character references in `source` that stand for a control or bidirectional character (`&#x1b;`, `&#8238;`, `&rlm;`). */
export function hiddenReferences(source: string): { offset: number; written: string; codePoint: number }[] {
  const found: { offset: number; written: string; codePoint: number }[] = [];
  for (const match of source.matchAll(/&(?:#[xX]([0-9A-Fa-f]{1,8})|#(\d{1,9})|([A-Za-z]+));/g)) {
    const codePoint = match[1] !== undefined ? parseInt(match[1], 16) : match[2] !== undefined ? Number(match[2]) : NAMED_HIDDEN[match[3]!.toLowerCase()];
    if (codePoint === undefined || codePoint > 0x10ffff) continue;
    if (codePoint === 0 || HIDDEN_CHARACTER.test(String.fromCodePoint(codePoint))) found.push({ offset: match.index, written: match[0], codePoint });
  }
  return found;
}

/** The first hidden character in a decoded value, as a fact at `line`. */
function hiddenIn(value: unknown, line: number): EncodedCharacterFact[] {
  if (typeof value !== 'string') return [];
  const match = HIDDEN_CHARACTER.exec(value);
  return match ? [{ line, written: value, codePoint: match[0].codePointAt(0)! }] : [];
}

/** Facts of one MDX node that carries code or markup (ESM, an expression, a JSX element). */
export function mdxNodeFacts(node: Nodes, line: number): { code: MdxCodeFact[]; elements: ElementFact[]; encoded: EncodedCharacterFact[] } {
  const typed = node as Nodes & { type: string; value?: unknown; name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[] };
  const code: MdxCodeFact[] = [];
  const elements: ElementFact[] = [];
  const encoded: EncodedCharacterFact[] = [];
  const environment = (piece: string) => {
    for (const name of new Set(environmentAccess(piece))) code.push({ line, kind: 'environment', detail: name });
  };
  if (typed.type === 'mdxjsEsm' && typeof typed.value === 'string') {
    environment(typed.value);
    code.push(...esmFacts(typed.value, line));
  }
  if ((typed.type === 'mdxFlowExpression' || typed.type === 'mdxTextExpression') && typeof typed.value === 'string') {
    environment(typed.value);
    const literal = literalValue(typed.value);
    if (literal) encoded.push(...hiddenIn(literal.value, line));
    else code.push({ line, kind: 'expression', detail: typed.value });
  }
  if (typed.type === 'mdxJsxFlowElement' || typed.type === 'mdxJsxTextElement') {
    const attributes: AttributeFact[] = [];
    for (const attribute of typed.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        const spread = String(attribute.value ?? '');
        environment(spread);
        attributes.push({ name: null, code: spread });
        continue;
      }
      const name = attribute.name ?? '';
      const value = attribute.value as string | null | undefined | { type?: string; value?: unknown };
      if (value === null || value === undefined) attributes.push({ name, value: true });
      else if (typeof value === 'string') {
        attributes.push({ name, value });
        encoded.push(...hiddenIn(value, line));
      } else {
        const expression = typeof value.value === 'string' ? value.value : '';
        environment(expression);
        const literal = literalValue(expression);
        if (literal && literal.value !== null) {
          attributes.push({ name, value: literal.value });
          encoded.push(...hiddenIn(literal.value, line));
        } else attributes.push({ name, code: expression });
      }
    }
    elements.push({ line, source: 'jsx', name: typed.name ?? null, attributes });
  }
  return { code, elements, encoded };
}

/** Markdown raw HTML's start tags as element facts, with their decoded attribute values checked for hidden characters. */
export function htmlTagFacts(tags: readonly HtmlTag[], line: number): { elements: ElementFact[]; encoded: EncodedCharacterFact[] } {
  return {
    elements: tags.map((tag) => ({ line, source: 'html' as const, name: tag.name, attributes: tag.attributes.map(({ name, value }) => ({ name, value })) })),
    encoded: tags.flatMap((tag) => tag.attributes.flatMap(({ value }) => hiddenIn(value, line))),
  };
}

/**
 * The imports of an ESM block, and an `export` fact for whatever else it holds (exports, statements):
 * content may import pictures and nothing more. Code the lexer cannot read counts as "something else".
 */
function esmFacts(esm: string, line: number): MdxCodeFact[] {
  const facts: MdxCodeFact[] = [];
  const lineAt = (offset: number) => line + esm.slice(0, Math.max(0, offset)).split('\n').length - 1;
  let imports;
  try {
    [imports] = parseImports(esm);
  } catch {
    return [{ line, kind: 'export', detail: esm.trim().split('\n')[0] ?? '' }];
  }
  let rest = esm;
  for (const entry of imports) {
    // Dynamic import() and import.meta are environment facts (above); only static statements are read here.
    if (entry.d !== -1) continue;
    const statement = esm.slice(entry.ss, entry.se);
    // A re-export (`export { default } from './x.md'`) imports too, and stays as an export below.
    if (/^export\b/.test(statement)) {
      facts.push({ line: lineAt(entry.ss), kind: 'import', detail: entry.n ?? statement });
      continue;
    }
    const shape = /^import\s+([A-Za-z_$][\w$]*)\s+from\s*(["'])([^"'\n]*)\2$/.exec(statement.trim());
    facts.push({ line: lineAt(entry.ss), kind: 'import', detail: entry.n ?? statement, ...(shape && shape[3] === entry.n ? { binding: shape[1]! } : {}) });
    rest = rest.slice(0, entry.ss) + statement.replace(/[^\n]/g, ' ') + rest.slice(entry.se);
  }
  // Everything but the imports: comments, semicolons and whitespace may stay; anything else is code.
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  const other = rest.replace(/\/\*[\s\S]*?\*\//g, blank).replace(/\/\/[^\n]*/g, blank);
  const first = /[^\s;]/.exec(other);
  if (first) facts.push({ line: lineAt(first.index), kind: 'export', detail: rest.slice(first.index).split('\n')[0]!.trim() });
  return facts;
}
