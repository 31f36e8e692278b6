import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../../src/lib/text/terminal.ts';
import { compareForDisplay, compareText } from '../../../src/lib/text/text-order.ts';
import { formatProblemsForTerminal, sortProblems, type Problem } from '../../../src/lib/validation/problems.ts';

describe('terminalSafe', () => {
  it('leaves ordinary text, accents and emoji alone', () => {
    expect(terminalSafe('content/articles/café-📰.md  title  “quoted” — ok')).toBe('content/articles/café-📰.md  title  “quoted” — ok');
  });

  it.each([
    ['an escape sequence that clears the screen', 'a\u001b[2Jb', 'a\\x1b[2Jb'],
    ['a carriage return that overwrites the line', 'bad\rno problems', 'bad\\x0dno problems'],
    ['a newline that starts a fake line', 'x\nno problems', 'x\\x0ano problems'],
    ['a C1 control (CSI)', 'a\u009b31mb', 'a\\x9b31mb'],
    ['DEL', 'a\u007f', 'a\\x7f'],
    ['a right-to-left override', 'evil\u202etxt.md', 'evil\\u202etxt.md'],
    ['a bidi isolate', 'a\u2066b\u2069', 'a\\u2066b\\u2069'],
    ['a zero-width space', 'Rus\u200bsia', 'Rus\\u200bsia'],
    ['a byte-order mark', '\ufeffid', '\\ufeffid'],
    ['a lone surrogate', 'a\ud800b', 'a\\ud800b'],
  ])('escapes %s', (_name, input, expected) => {
    expect(terminalSafe(input)).toBe(expected);
  });

  it('leaves no control character in a report built from hostile file names, keys and values', () => {
    const problem: Problem = {
      file: 'content/articles/\u001b[2J\u001b[Hno problems\n.md',
      line: 3,
      field: 'ti\u001b]0;pwned\u0007tle',
      value: '"\u009b2J"',
      message: 'is not allowed',
      fix: 'rename \u202eit',
      severity: 'error',
      rule: 'unknown-\u001b[2Jfield',
    };
    const report = formatProblemsForTerminal([problem]);
    // Only the report's own line breaks remain.
    expect(report.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(report.split('\n')).toHaveLength(4);
    expect(report).toContain('\\x1b[2J\\x1b[Hno problems\\x0a.md');
  });
});

describe('compareText', () => {
  it('orders by code unit, whatever the locale', () => {
    const words = ['b', 'B', 'a', 'Ä', 'A', 'z', 'é'];
    expect([...words].sort(compareText)).toEqual(['A', 'B', 'a', 'b', 'z', 'Ä', 'é']);
  });

  it('gives problems one order on every machine', () => {
    const base = { field: 'title', message: 'm', severity: 'error' as const, rule: 'frontmatter-schema' };
    const problems = [{ ...base, file: 'content/articles/b.md' }, { ...base, file: 'content/articles/B.md' }, { ...base, file: 'content/articles/a.md' }];
    expect(sortProblems(problems).map((p) => p.file)).toEqual(['content/articles/B.md', 'content/articles/a.md', 'content/articles/b.md']);
  });
});

describe('compareForDisplay', () => {
  it('orders names by fixed English rules, not by the machine locale', () => {
    expect(['Zambia', 'Åland', 'aland', 'Aland', 'Item 10', 'Item 9'].sort(compareForDisplay)).toEqual(['aland', 'Aland', 'Åland', 'Item 9', 'Item 10', 'Zambia']);
  });
});
