// Content is data (docs/security.md): the pieces the content-is-data rules are made of, each with
// inputs it accepts and inputs it refuses; trusted MDX lifts exactly the code rules.
import { describe, expect, it } from 'vitest';
import { bodyFacts } from '../../../src/lib/facts/body-facts.ts';
import { addressesIn, literalValue, pictureSpecifierProblem } from '../../../src/lib/markdown/html-allow-list.ts';
import { hiddenReferences } from '../../../src/lib/markdown/mdx-facts.ts';
import { futureDateFinding, latestAllowedDay } from '../../../src/lib/validation/rules/date-future.ts';
import { expressionProblems } from '../../../src/lib/validation/rules/mdx-expression.ts';
import { exportProblems } from '../../../src/lib/validation/rules/mdx-export.ts';
import { nonPictureImportProblems } from '../../../src/lib/validation/rules/mdx-imports.ts';
import { elementProblems } from '../../../src/lib/validation/rules/html-element.ts';
import { attributeProblems } from '../../../src/lib/validation/rules/html-attribute.ts';
import { attributeUrlProblems } from '../../../src/lib/validation/rules/html-url.ts';
import { searchAttributeProblems } from '../../../src/lib/validation/rules/pagefind-attributes.ts';
import { environmentProblems } from '../../../src/lib/validation/rules/mdx-env.ts';
import { validateContent } from '../../../src/lib/validation/run.ts';

describe('literalValue: only literal values are data', () => {
  it.each([
    ['"text"', 'text'],
    ["'it\\'s'", "it's"],
    ["'say \"hi\"'", 'say "hi"'],
    ['"\\u202E"', '\u202E'],
    ['3', 3],
    ['-1.5e2', -150],
    ['true', true],
    ['null', null],
    ['', null],
    ['/* a note */', null],
    ['/* a */ "x" /* b */', 'x'],
  ])('%s is the literal %j', (code, value) => {
    expect(literalValue(code)).toEqual({ value });
  });

  it.each(['x', 'a.b', '1 + 1', '`t`', '"a" + "b"', '"/*" + process + "*/"', '/* */ process /* */', '"\\x41"', '"unterminated', '[].constructor', '(1)', '"a" "b"'])('%s is code', (code) => {
    expect(literalValue(code)).toBeUndefined();
  });
});

describe('pictureSpecifierProblem: a relative picture path and nothing else', () => {
  it.each(['./a.jpg', '../pictures/b.PNG', './c.webp'])('%s is a picture', (specifier) => {
    expect(pictureSpecifierProblem(specifier)).toBeUndefined();
  });
  it.each([
    ['node:fs', 'a Node built-in module'],
    ['fs', 'a package, not a file beside the article'],
    ['/etc/passwd', 'an absolute path'],
    ['file:///etc/passwd', 'an absolute path'],
    ['./a.jpg?raw', 'a path with a query or fragment (?raw, ?url), which reads the file as code or text'],
    ['./a.txt', 'not a picture file'],
    ['./Chart.astro', 'not a picture file'],
  ])('%s is %s', (specifier, reason) => {
    expect(pictureSpecifierProblem(specifier)).toBe(reason);
  });

  it('a picture path that leaves the project is refused with the file\'s folder', () => {
    const facts = bodyFacts("import a from '../../../x.png';\nimport b from '../../src/b.png';\n", { mdx: true });
    expect(nonPictureImportProblems(facts, 7, 'content/articles/a.mdx', false).map((f) => [f.line, f.value])).toEqual([[7, '"../../../x.png"']]);
  });
});

describe('addressesIn: the attributes browsers follow', () => {
  it('reads href, src, srcset candidates and a meta refresh url', () => {
    expect(addressesIn('HREF', 'javascript:x')).toEqual(['javascript:x']);
    expect(addressesIn('srcset', 'a.png 1x, data:x 2x')).toEqual(['a.png', 'data:x']);
    expect(addressesIn('content', '0; URL=\'javascript:x\'')).toEqual(['javascript:x']);
    expect(addressesIn('title', 'javascript:x')).toEqual([]);
  });
});

describe('hiddenReferences: character references are the characters they stand for', () => {
  it('finds control and bidirectional characters written as references', () => {
    expect(hiddenReferences('a &#x202E; b &#8238; c &#27; &#0; &rlm; &amp; &#x41; &#x2028;').map((r) => [r.written, r.codePoint])).toEqual([
      ['&#x202E;', 0x202e],
      ['&#8238;', 0x202e],
      ['&#27;', 27],
      ['&#0;', 0],
      ['&rlm;', 0x200f],
    ]);
  });

  it('reads them where the page decodes them (text, links), not in code', () => {
    const facts = bodyFacts('Text &#x202E; here.\n\n`&#x202E;` in code\n\n```\n&#x1b;\n```\n\n[a](https://x.example/&#8238;)\n');
    expect(facts.encodedCharacters.map((c) => [c.line, c.written])).toEqual([
      [1, '&#x202E;'],
      [9, '&#8238;'],
    ]);
  });
});

describe('date-future: at most one year after the build day, the clock passed in', () => {
  it('allows up to the same day a year later', () => {
    expect(latestAllowedDay('2026-12-07')).toBe('2027-12-07');
    expect(futureDateFinding('2027-12-07', '2026-12-07', 'date', 3)).toBeUndefined();
    expect(futureDateFinding('2020-01-01', '2026-12-07', 'date', 3)).toBeUndefined();
  });
  it('refuses a day after that, naming the bound in the fix', () => {
    expect(futureDateFinding('2027-12-08', '2026-12-07', 'date', 3)).toMatchObject({ line: 3, field: 'date', value: '2027-12-08', fix: expect.stringContaining('2027-12-07 at the latest') });
    expect(futureDateFinding('9999-12-31', '2026-12-07', 'updated', 4)?.message).toBe('9999-12-31 is more than a year after the day of the build; the article would stay at the top of every list');
  });
});

describe('trusted MDX lifts the code rules, never the markup, address, search or environment rules', () => {
  const mdx = "import Chart from './Chart.astro';\nexport const n = 2;\n\n{n * 2} <Chart data={n} />\n\n<a href=\"javascript:x\" data-pagefind-filter=\"a:b\">x</a> <br onclick=\"x\" /> {process.env.X}\n";
  const facts = bodyFacts(mdx, { mdx: true });
  const code = (trusted: boolean) => [...expressionProblems(facts, 1, trusted), ...exportProblems(facts, 1, trusted), ...nonPictureImportProblems(facts, 1, 'content/articles/a.mdx', trusted), ...elementProblems(facts, 1, trusted).filter((f) => f.value === '<Chart>')];

  it('by default every code rule reports', () => {
    expect(code(false).map((f) => f.value)).toEqual(['"{n * 2}"', '"<Chart data={n}>"', '"{process.env.X}"', '"export const n = 2;"', '"./Chart.astro"', '<Chart>']);
  });
  it('trusted: imports, exports, expressions and imported components pass', () => {
    expect(code(true)).toEqual([]);
  });
  it('trusted or not: <a>, javascript:, data-pagefind-*, onclick and process are reported', () => {
    expect(elementProblems(facts, 1, true).map((f) => f.value)).toEqual(['<a>']);
    expect(attributeUrlProblems(facts, 1)).toHaveLength(1);
    expect(searchAttributeProblems(facts, 1)).toHaveLength(1);
    expect(attributeProblems(facts, 1).map((f) => f.value)).toEqual(['<br onclick>']);
    expect(environmentProblems(facts, 1).map((f) => f.value)).toEqual(['process']);
  });
});

describe('silent acceptance: ids and addresses', () => {
  const author = { path: 'content/authors/ada-author.md', text: '---\nname: Ada Author\n---\nBio.\n' };
  const article = (path: string, url = 'https://example.org/story') => ({ path, text: `---\ntitle: T\ndate: 2025-03-10\nauthor: ada-author\nsource: { name: Wire, url: ${JSON.stringify(url)} }\n---\nText.\n` });
  const rulesOf = (path: string, url?: string) => validateContent({ articles: [article(path, url)], authors: [author] }).problems.map((p) => p.rule);

  it.each(['content/articles/story..md', 'content/articles/a..b.md', 'content/articles/x...mdx'])('%s: an id ending in a dot or with two in a row is refused', (path) => {
    expect(rulesOf(path)).toContain('id-format');
  });
  it.each(['content/articles/v1.2-notes.md', 'content/articles/a.b.md'])('%s: single dots inside an id stay valid', (path) => {
    expect(rulesOf(path)).toEqual([]);
  });
  it.each(['https://u:p@example.org/', 'https://user@example.org/', 'https://example.org/a\nb', 'https://exa\tmple.org/', 'https://example.org/\u0085'])('%j is refused by url-format', (url) => {
    expect(rulesOf('content/articles/a.md', url)).toEqual(['url-format']);
  });
  it.each(['https://example.org/a?b=c#d', 'http://example.org:8080/path'])('%j is valid', (url) => {
    expect(rulesOf('content/articles/a.md', url)).toEqual([]);
  });
});
