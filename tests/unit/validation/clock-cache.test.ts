// The validation cache and the one rule that reads the clock (date-future): a verdict that depends on the
// build's day is never served from the cache on another day.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkProject, validationCacheVersion } from '../../../src/lib/validation/check-project.ts';

const ROOT = resolve(import.meta.dirname, '../../.tmp/validation-clock-cache');
const DAY = 86_400;
const epochOf = (day: string) => String(Date.parse(`${day}T12:00:00Z`) / 1000);

function project(date: string): void {
  rmSync(ROOT, { recursive: true, force: true });
  const files = {
    'content/authors/ada-author.md': '---\nname: Ada Author\n---\nAda writes about treaties.\n',
    'content/articles/a.md': `---\ntitle: A Treaty Signed in Haste\ndate: ${date}\nauthor: ada-author\nsource: Example Wire\n---\nThe minister said the talks would resume on Monday.\n`,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(ROOT, path)), { recursive: true });
    writeFileSync(join(ROOT, path), text);
  }
}

const futureProblems = () => checkProject(ROOT).problems.filter((problem) => problem.rule === 'date-future');
const saved = process.env.SOURCE_DATE_EPOCH;
afterEach(() => {
  vi.useRealTimers();
  if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = saved;
});

describe('the validation cache and the build day', () => {
  it('a date too far ahead today is accepted on a later day, though the file did not change', () => {
    delete process.env.SOURCE_DATE_EPOCH;
    project('2030-06-01');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2029-01-01T12:00:00Z'));
    expect(futureProblems()).toHaveLength(1);
    // The same text and code, a day when 2030-06-01 is within a year: no cached outcome may say otherwise.
    vi.setSystemTime(new Date('2029-07-01T12:00:00Z'));
    expect(futureProblems()).toEqual([]);
    // An outcome that passed is kept: it stays right while the clock moves forward.
    expect(checkProject(ROOT).cacheHits).toBe(1);
  });

  it('a file that passed is checked again when a pinned day moves back', () => {
    project('2030-06-01');
    process.env.SOURCE_DATE_EPOCH = epochOf('2029-07-01');
    expect(futureProblems()).toEqual([]);
    expect(checkProject(ROOT).cacheHits).toBe(1);
    process.env.SOURCE_DATE_EPOCH = String(Number(epochOf('2029-01-01')) - DAY);
    expect(futureProblems()).toHaveLength(1);
  });

  it('the cache version carries a pinned day, and only a pinned one', () => {
    delete process.env.SOURCE_DATE_EPOCH;
    const unpinned = validationCacheVersion();
    expect(unpinned).not.toContain('@');
    process.env.SOURCE_DATE_EPOCH = epochOf('2029-01-01');
    expect(validationCacheVersion()).toBe(`${unpinned}@2029-01-01`);
  });
});
