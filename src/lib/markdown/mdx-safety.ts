/**
 * What MDX code reaches for (read by src/lib/facts/body-facts.ts from the parsed tree): MDX is code that runs in the build's
 * Node process, so `{process.env.TOKEN}` would publish a secret, and `import Draft from
 * './draft.md'` would publish a draft's text. Code in expressions, attributes and ESM blocks is read
 * with a small JavaScript tokenizer (strings, templates, comments and regular expressions are
 * skipped), not matched with a pattern, so `"process"` in a string or `a.process` is not flagged.
 */
// The asm.js build parses synchronously (no WebAssembly to initialise), so validation stays synchronous.
import { parse as parseImports } from 'es-module-lexer/js';

/** Globals that reach the environment, the file system or arbitrary code. */
const FORBIDDEN_GLOBALS = new Set(['process', 'global', 'globalThis', 'require', 'module', 'exports', 'eval', 'Function', 'Deno', 'Bun', '__dirname', '__filename']);

/**
 * Names in `code` that reach outside the page: forbidden globals used as values (not as a
 * property `a.process` or an object key `{ process: 1 }`), `import.meta` and dynamic `import()`.
 */
export function environmentAccess(code: string): string[] {
  const found: string[] = [];
  const tokens = tokenize(code);
  tokens.forEach((token, index) => {
    if (token.kind !== 'name') return;
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    if (previous?.kind === 'punct' && (previous.text === '.' || previous.text === '?.')) return;
    if (token.text === 'import') {
      if (next?.text === '.' && tokens[index + 2]?.text === 'meta') found.push('import.meta');
      else if (next?.text === '(') found.push('import()');
      return;
    }
    if (!FORBIDDEN_GLOBALS.has(token.text)) return;
    // An object key (`{ process: 1 }`) is a name, not a use of the global.
    if (next?.kind === 'punct' && next.text === ':' && (previous?.text === '{' || previous?.text === ',')) return;
    found.push(token.text);
  });
  return found;
}

interface Token {
  kind: 'name' | 'punct' | 'literal';
  text: string;
}

/** A JavaScript tokenizer good enough to tell names from strings, comments and regular expressions. */
function tokenize(code: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  // Template literals nest: `${ a + `${b}` }`; each entry counts the braces open inside one ${…}.
  const templateDepth: number[] = [];
  const regexAllowed = (): boolean => {
    const last = tokens.at(-1);
    if (!last) return true;
    if (last.kind === 'literal') return false;
    if (last.kind === 'name') return ['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await'].includes(last.text);
    return ![')', ']', '}'].includes(last.text);
  };
  const readTemplate = (): void => {
    // At a backtick or after a closing `}` of ${…}: read up to the next ${ or the closing backtick.
    while (i < code.length) {
      const c = code[i]!;
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === '`') {
        i++;
        tokens.push({ kind: 'literal', text: '`…`' });
        return;
      }
      if (c === '$' && code[i + 1] === '{') {
        i += 2;
        templateDepth.push(0);
        tokens.push({ kind: 'punct', text: '${' });
        return;
      }
      i++;
    }
  };
  while (i < code.length) {
    const c = code[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '/' && code[i + 1] === '/') {
      while (i < code.length && code[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end === -1 ? code.length : end + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      while (i < code.length && code[i] !== c && code[i] !== '\n') i += code[i] === '\\' ? 2 : 1;
      i++;
      tokens.push({ kind: 'literal', text: 'string' });
      continue;
    }
    if (c === '`') {
      i++;
      readTemplate();
      continue;
    }
    if (c === '/' && regexAllowed()) {
      i++;
      let inClass = false;
      while (i < code.length && code[i] !== '\n') {
        const r = code[i]!;
        if (r === '\\') i += 2;
        else {
          if (r === '[') inClass = true;
          else if (r === ']') inClass = false;
          else if (r === '/' && !inClass) break;
          i++;
        }
      }
      i++;
      while (i < code.length && /[A-Za-z]/.test(code[i]!)) i++;
      tokens.push({ kind: 'literal', text: 'regexp' });
      continue;
    }
    const name = /^[\p{L}$_][\p{L}\p{N}$_\u200c\u200d]*/u.exec(code.slice(i, i + 256));
    if (name) {
      tokens.push({ kind: 'name', text: name[0] });
      i += name[0].length;
      continue;
    }
    const number = /^(?:0[xob][\da-f_]+|\d[\d_]*(?:\.[\d_]*)?(?:e[+-]?\d+)?|\.\d[\d_]*)n?/i.exec(code.slice(i, i + 64));
    if (number) {
      tokens.push({ kind: 'literal', text: 'number' });
      i += number[0].length;
      continue;
    }
    if (c === '{' && templateDepth.length) templateDepth[templateDepth.length - 1]!++;
    if (c === '}' && templateDepth.length) {
      if (templateDepth.at(-1) === 0) {
        templateDepth.pop();
        i++;
        tokens.push({ kind: 'punct', text: '}' });
        readTemplate();
        continue;
      }
      templateDepth[templateDepth.length - 1]!--;
    }
    // Spread (`...x`) and optional chaining (`a?.b`) are single tokens: only `.` and `?.` mean "property of".
    const punct = code.startsWith('...', i) ? '...' : code.startsWith('?.', i) && !/\d/.test(code[i + 2] ?? '') ? '?.' : c;
    tokens.push({ kind: 'punct', text: punct });
    i += punct.length;
  }
  return tokens;
}

/** Module specifiers imported by an ESM block (static imports and re-exports), with the 0-based line of each within the block. */
export function importSpecifiers(code: string): { specifier: string; line: number }[] {
  try {
    const [imports] = parseImports(code);
    return imports
      .filter((entry) => entry.n !== undefined)
      .map((entry) => ({ specifier: entry.n!, line: code.slice(0, Math.max(0, entry.ss)).split('\n').length - 1 }));
  } catch {
    // Not valid ESM: the MDX syntax check reports it.
    return [];
  }
}
