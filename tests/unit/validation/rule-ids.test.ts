// Rule ids are stable names: unique, kebab-case, and carried by every problem the invalid and hostile
// fixtures produce (each fixture checked without building; the hostile builds are in tests/robustness).
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/lib/validation/check-project.ts';
import { RULES } from '../../../src/lib/validation/rules/index.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const TMP = resolve(import.meta.dirname, '../../.tmp/rule-ids');
const KNOWN = new Set(RULES.map((rule) => rule.id));

describe('rule ids', () => {
  it('are unique and kebab-case, with a description and an example', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
      expect(rule.description.length, rule.id).toBeGreaterThan(20);
      expect(rule.example.length, rule.id).toBeGreaterThan(5);
    }
  });

  const folders = (group: string) =>
    readdirSync(join(FIXTURES, group))
      .filter((name) => statSync(join(FIXTURES, group, name)).isDirectory())
      .sort()
      .map((name) => [group, name] as const);

  it.each([...folders('invalid'), ...folders('hostile')])('every problem of %s/%s has a known rule id', async (group, name) => {
    const root = join(TMP, group, name);
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    cpSync(join(FIXTURES, 'base'), root, { recursive: true });
    const content = join(FIXTURES, group, name, 'content');
    if (existsSync(content)) cpSync(content, join(root, 'content'), { recursive: true });
    const generator = join(FIXTURES, group, name, 'generate.ts');
    if (existsSync(generator)) ((await import(pathToFileURL(generator).href)) as { default: (root: string) => void }).default(root);
    const { problems } = checkProject(root, { cache: false });
    for (const problem of problems) expect(KNOWN.has(problem.rule), JSON.stringify(problem)).toBe(true);
  });
});
