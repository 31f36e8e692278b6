// The rule list in docs/validation-rules.md is generated from the rules; this fails when a rule changed
// and `npm run docs:rules` was not run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/lib/validation/rules/index.ts';
import { RULES_DOC, rulesTable, withRulesTable } from '../../../src/lib/validation/rules-doc.ts';

const DOC = resolve(import.meta.dirname, '../../..', RULES_DOC);

describe('rule list in docs/validation-rules.md', () => {
  it('lists every rule with its description and example', () => {
    const table = rulesTable();
    for (const rule of RULES) expect(table).toContain(`| \`${rule.id}\` |`);
    expect(table.split('\n')).toHaveLength(RULES.length + 2);
  });

  it('is up to date (run npm run docs:rules)', () => {
    const doc = readFileSync(DOC, 'utf8');
    expect(withRulesTable(doc) === doc, `${RULES_DOC} is out of date: run npm run docs:rules`).toBe(true);
  });

  it('notices a change', () => {
    const doc = readFileSync(DOC, 'utf8');
    const stale = doc.replace(`| \`${RULES[0]!.id}\` |`, '| `renamed-rule` |');
    expect(withRulesTable(stale)).toBe(doc);
    expect(withRulesTable(stale)).not.toBe(stale);
  });
});
