/** mdx-components: a component an MDX body uses is imported or provided by the site, or the page would fail to render. */
import { MDX_PROVIDED_COMPONENTS } from '../../content/layout.ts';
import type { FileRule, Finding } from '../rule.ts';
import { lineMatching } from '../mdx-lines.ts';

export const mdxComponents: FileRule = {
  id: 'mdx-components',
  description: `A component used in MDX is imported by the file or provided by the site (${MDX_PROVIDED_COMPONENTS.join(', ')}).`,
  example: 'component Chart is used but neither imported nor provided by the site',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article'],
  check(file) {
    const compiled = file.mdxCompiled;
    if (!compiled || !('code' in compiled) || file.body === undefined) return [];
    const findings: Finding[] = [];
    const reported = new Set<string>();
    for (const match of compiled.code.matchAll(/_missingMdxReference\("([^"]+)", (true|false)\)/g)) {
      const name = match[1]!;
      if ((MDX_PROVIDED_COMPONENTS as readonly string[]).includes(name) || reported.has(name)) continue;
      reported.add(name);
      findings.push({
        line: lineMatching(file.body, file.bodyLine, new RegExp(`<${name.replace(/[.$]/g, '\\$&')}(?![\\w.$])`)),
        field: '(body)',
        value: `<${name}>`,
        message: `component ${name} is used but neither imported nor provided by the site`,
        fix: `import it at the top of the file (import ${name} from './${name}.astro'), or use a component the site provides: ${MDX_PROVIDED_COMPONENTS.join(', ')}`,
      });
    }
    return findings;
  },
};
