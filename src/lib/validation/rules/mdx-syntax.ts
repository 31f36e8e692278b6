/** mdx-syntax: an MDX body compiles, reported with its file and line before anything is built. */
import type { FileRule } from '../rule.ts';

export const mdxSyntax: FileRule = {
  id: 'mdx-syntax',
  description: 'An MDX body compiles: every `<Component>` tag and `{expression}` is closed.',
  example: 'MDX syntax error at column 6: Unexpected end of file in expression, expected a corresponding closing brace for `{`',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article'],
  check(file) {
    const compiled = file.mdxCompiled;
    if (!compiled || !('error' in compiled)) return [];
    const at = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(compiled.error);
    const reason = (at?.[3] ?? compiled.error).replace(/\s*\((?:mdx|mdxjs|micromark)[^)]*\)\s*$/, '').replace(/\s*\(\d+:\d+\)/g, '').trim();
    return [
      {
        line: file.bodyLine + (at ? Number(at[1]) : 1) - 1,
        field: '(body)',
        message: `MDX syntax error${at ? ` at column ${at[2]}` : ''}: ${reason}`,
        fix: 'close every <Component> tag and {expression}; in prose write \\{ for {, and &lt; for <',
      },
    ];
  },
};
