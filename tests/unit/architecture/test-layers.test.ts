// Every test file belongs to exactly one vitest project, so `npm test` (all projects) runs it once
// and `npm run test:unit` really is only the fast layer.
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../../vitest.config.ts';

type Project = { test: { name: string; include: string[]; exclude: string[] } };
const projects = (config.test?.projects ?? []) as Project[];

function filesOf(project: Project): string[] {
  const excluded = new Set(project.test.exclude.flatMap((pattern) => globSync(pattern)));
  return project.test.include.flatMap((pattern) => globSync(pattern)).filter((file) => !excluded.has(file));
}

describe('test layers', () => {
  it('has the unit, build and browser projects', () => {
    expect(projects.map((project) => project.test.name)).toEqual(['unit', 'build', 'browser']);
  });

  it('puts every test file in exactly one project', () => {
    const all = globSync('tests/**/*.test.ts').filter((file) => !file.startsWith('tests/fixtures/') && !file.startsWith('tests/.tmp/'));
    const owners = new Map<string, string[]>();
    for (const project of projects) {
      for (const file of filesOf(project)) owners.set(file, [...(owners.get(file) ?? []), project.test.name]);
    }
    const orphans = all.filter((file) => !owners.has(file));
    const twice = [...owners].filter(([, names]) => names.length > 1).map(([file]) => file);
    expect({ orphans, twice }).toEqual({ orphans: [], twice: [] });
    expect(all.length).toBeGreaterThan(40);
  });

  it('keeps the unit layer free of builds and browsers', () => {
    const unit = projects.find((project) => project.test.name === 'unit')!;
    const heavy = filesOf(unit).filter((file) => /from '.*support\/(build-site|browser)/.test(readFileSync(file, 'utf8')));
    expect(heavy).toEqual([]);
  });
});
