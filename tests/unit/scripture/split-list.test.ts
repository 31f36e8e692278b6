import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { detectSplitList } from '../../../src/lib/scripture/split-list.ts';

/** The field as written and the list the YAML parser really makes of it. */
function check(line: string) {
  const parsed = (parse(line) as { scripture: unknown[] }).scripture;
  return detectSplitList(line, parsed);
}

describe('the comma-split trap in a YAML flow list', () => {
  it('reports [Mt 24,6, Dan 9,27] with what was read and the one-per-line fix', () => {
    const split = check('scripture: [Mt 24,6, Dan 9,27]');
    expect(split?.read).toEqual(['Mt 24', '6', 'Dan 9', '27']);
    expect(split?.meant).toEqual(['Mt 24,6', 'Dan 9,27']);
    expect(split?.message).toBe(
      'the list in brackets was read as 4 entries ("Mt 24", "6", "Dan 9", "27"): YAML splits a bracketed list at every comma, also at the comma before a verse',
    );
    expect(split?.fix).toBe('write one reference per line:\n  - Mt 24,6\n  - Dan 9,27');
  });

  it('puts back ranges and verse lists: [Offb 13,16–18, 1. Mose 3,15, Joh 3,16.18]', () => {
    expect(check('scripture: [Offb 13,16–18, 1. Mose 3,15, Joh 3,16.18]')?.meant).toEqual(['Offb 13,16–18', '1. Mose 3,15', 'Joh 3,16.18']);
    expect(check('scripture: [Mt 24,6-7]')?.meant).toEqual(['Mt 24,6-7']);
  });

  it('says nothing for a list one entry a line, a quoted flow list, or a list without verses', () => {
    const block = 'scripture:\n  - Mt 24,6\n  - Dan 9,27\n';
    expect(detectSplitList(block, (parse(block) as { scripture: unknown[] }).scripture)).toBeUndefined();
    expect(check('scripture: ["Mt 24,6", "Dan 9,27"]')).toBeUndefined();
    expect(check('scripture: [Hes 38–39, Offb 13]')).toBeUndefined();
    expect(check('scripture: [Luke 21:7-8, Matthew 24]')).toBeUndefined();
  });

  it('accepts the value alone as well as the whole line', () => {
    expect(detectSplitList('[Mt 24,6]', ['Mt 24', 6])?.meant).toEqual(['Mt 24,6']);
  });
});
