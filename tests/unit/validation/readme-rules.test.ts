// The README's rule list is generated from the rules; this fails when a rule changed and
// `npm run docs:rules` was not run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/lib/validation/rules/index.ts';
import { rulesTable, withRulesTable } from '../../../src/lib/validation/rules-doc.ts';

const README = resolve(import.meta.dirname, '../../../README.md');

describe('README rule list', () => {
  it('lists every rule with its description and example', () => {
    const table = rulesTable();
    for (const rule of RULES) expect(table).toContain(`| \`${rule.id}\` |`);
    expect(table.split('\n')).toHaveLength(RULES.length + 2);
  });

  it('is up to date (run npm run docs:rules)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(withRulesTable(readme) === readme, 'README.md is out of date: run npm run docs:rules').toBe(true);
  });

  it('notices a change', () => {
    const readme = readFileSync(README, 'utf8');
    const stale = readme.replace(`| \`${RULES[0]!.id}\` |`, '| `renamed-rule` |');
    expect(withRulesTable(stale)).toBe(readme);
    expect(withRulesTable(stale)).not.toBe(stale);
  });
});
