// The import graph of src/: which file imports which, read from the source text, and its loops.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Every file under `dir` whose name matches `pattern`, sorted. */
export function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) return filesUnder(abs, pattern);
      return pattern.test(name) ? [abs] : [];
    });
}

// `import … from 'x'`, `import type … from 'x'`, `export … from 'x'`, `import 'x'` at a line start.
// Type-only imports count: a loop that exists only to share a type is still a loop.
const IMPORT = /(?:^|\n)[ \t]*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"\n]+)['"]/g;

/** The module specifiers a source text imports or re-exports from, in order. */
export function specifiersOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((match) => match[1] ?? '');
}

/** Edges between files under `root`: relative imports only, each resolved to a file that exists. */
export function importGraph(root: string, files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = specifiersOf(readFileSync(file, 'utf8'))
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveFile(resolve(dirname(file), specifier)))
      .filter((target): target is string => target !== undefined && !relative(root, target).startsWith('..'));
    graph.set(relative(root, file), [...new Set(targets.map((target) => relative(root, target)))]);
  }
  return graph;
}

function resolveFile(path: string): string | undefined {
  for (const candidate of [path, `${path}.ts`, join(path, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/**
 * Every import loop, as the files of one strongly connected component (Tarjan), sorted; a file
 * importing itself is a loop of one.
 */
export function importLoops(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      component.push(member);
      if (member === node) break;
    }
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) loops.push(component.sort());
  }
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return loops.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/**
 * The folder a file of src/ belongs to for the folder-level check: `lib/<name>` for src/lib's
 * folders, `data` and `integrations`; undefined for any other file (pages, components, schemas…).
 */
export function folderOf(file: string): string | undefined {
  const parts = file.split('/');
  if (parts[0] === 'lib' && parts.length > 2) return `lib/${parts[1]}`;
  if ((parts[0] === 'data' || parts[0] === 'integrations') && parts.length > 1) return parts[0];
  return undefined;
}

/** The graph between folders: an edge wherever a file of one folder imports a file of another. */
export function folderGraph(graph: ReadonlyMap<string, readonly string[]>, folder: (file: string) => string | undefined = folderOf): Map<string, string[]> {
  const folders = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = folder(file);
    if (!from) continue;
    const edges = folders.get(from) ?? new Set<string>();
    folders.set(from, edges);
    for (const target of targets) {
      const to = folder(target);
      if (to && to !== from) edges.add(to);
    }
  }
  return new Map([...folders].map(([name, edges]) => [name, [...edges].sort()]));
}

/** The file imports that make up the edges of a folder loop, for the failure message. */
export function loopImports(graph: ReadonlyMap<string, readonly string[]>, loop: readonly string[], folder: (file: string) => string | undefined = folderOf): string[] {
  const members = new Set(loop);
  const lines: string[] = [];
  for (const [file, targets] of graph) {
    const from = folder(file);
    if (!from || !members.has(from)) continue;
    for (const target of targets) {
      const to = folder(target);
      if (to && to !== from && members.has(to)) lines.push(`${file} -> ${target}`);
    }
  }
  return lines;
}
