import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { environmentAccess, importSpecifiers } from '../../../src/lib/markdown/mdx-safety.ts';
import { bodyFacts } from '../../../src/lib/facts/body-facts.ts';

const codeFacts = (mdx: string) => bodyFacts(mdx, { mdx: true }).mdxCode;

describe('environmentAccess', () => {
  it.each([
    ['process.env.SECRET', ['process']],
    ['globalThis.process.env', ['globalThis']],
    ['require("fs").readFileSync("/etc/passwd")', ['require']],
    ['import.meta.env.SECRET', ['import.meta']],
    ['import("node:fs")', ['import()']],
    ['(0, eval)("1")', ['eval']],
    ['new Function("return process")()', ['Function']],
    ['`${process.env.X}`', ['process']],
    ['`a ${`b ${global.x}`} c`', ['global']],
    ['x ? process : 1', ['process']],
    ['[process][0].env', ['process']],
    ['{ ...process.env }', ['process']],
  ])('%s uses %j', (code, names) => {
    expect(environmentAccess(code)).toEqual(names);
  });

  it.each([
    ['"process.env.SECRET"'],
    ["'require(x)'"],
    ['`process is ${"fine"}`'],
    ['// process.env\n1'],
    ['/* globalThis */ 2'],
    ['/process\\.env/.test(x)'],
    ['a.process.env'],
    ['a?.require'],
    ['({ process: 1, eval: 2 })'],
    ['frontmatter.title'],
    ['1 / 2 / process2'],
  ])('%s uses none', (code) => {
    expect(environmentAccess(code)).toEqual([]);
  });

  it('never throws on arbitrary input (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (code) => Array.isArray(environmentAccess(code))), { numRuns: 2_000 });
  });

  it('finds process in any expression that uses it as a value (property)', () => {
    const safe = fc.constantFrom('1', 'a', '"s"', '`t`', 'x.y', '[1, 2]', '(b)');
    fc.assert(
      fc.property(safe, safe, fc.constantFrom(' + ', ' || ', ', ', ' ? 1 : '), (left, right, op) => {
        expect(environmentAccess(`${left}${op}process.env.X${op}${right}`)).toContain('process');
      }),
      { numRuns: 300 },
    );
  });
});

describe('importSpecifiers', () => {
  it('reads static imports and re-exports', () => {
    expect(importSpecifiers('import a from "./a.md";\nimport { b } from \'../b.mdx\';\nexport { c } from "./c.ts";')).toEqual([
      { specifier: './a.md', line: 0 },
      { specifier: '../b.mdx', line: 1 },
      { specifier: './c.ts', line: 2 },
    ]);
  });
});

describe('the MDX code facts of a body', () => {
  it('finds environment access in text expressions, flow expressions, attributes and ESM, with lines', () => {
    const mdx = [
      'export const secret = process.env.TOKEN',
      '',
      'Hello {process.env.HOME}',
      '',
      '<Callout title={import.meta.env.KEY}>x</Callout>',
      '',
      '<Callout {...globalThis}>y</Callout>',
      '',
      '{require("fs")}',
    ].join('\n');
    expect(codeFacts(mdx).filter((f) => f.kind === 'environment').map((f) => `${f.line}:${f.detail}`)).toEqual(['1:process', '3:process', '5:import.meta', '7:globalThis', '9:require']);
  });

  it('lists the modules an MDX file imports', () => {
    const mdx = 'import Draft from "./secret-draft.md"\nimport Box from "../../src/components/Callout.astro"\n\n<Draft />\n';
    expect(codeFacts(mdx)).toEqual([
      { line: 1, kind: 'import', detail: './secret-draft.md', binding: 'Draft' },
      { line: 2, kind: 'import', detail: '../../src/components/Callout.astro', binding: 'Box' },
    ]);
  });

  it('accepts ordinary MDX', () => {
    const mdx = '# Title\n\nText with a {/* comment */} and <Callout title="Note">words about process and require</Callout>\n';
    expect(codeFacts(mdx)).toEqual([]);
  });
});
