import { describe, expect, it } from 'vitest';
import { bodyFacts } from '../../../src/lib/facts/body-facts.ts';
import { rawHtmlProblems } from '../../../src/lib/validation/rules/body-raw-html.ts';
import { remoteImageProblems } from '../../../src/lib/validation/rules/remote-images.ts';
import { environmentProblems } from '../../../src/lib/validation/rules/mdx-env.ts';
import { markdownImportProblems } from '../../../src/lib/validation/rules/mdx-imports.ts';

describe('bodyFacts', () => {
  const body = [
    '## Background',
    '',
    'The talks (Luke 21:9) resumed, as [the wire](https://example.org/x) reported.',
    '',
    '<!-- an editor note -->',
    '',
    '### What it means',
    '',
    'Compare Matthew 24:6–7. ![chart][c]',
    '',
    '[c]: //cdn.example.net/chart.png',
  ].join('\n');
  const facts = bodyFacts(body);

  it('reads text, words, opening and headings from one parse', () => {
    expect(facts.text.startsWith('Background\n\nThe talks (Luke 21:9) resumed')).toBe(true);
    expect(facts.words).toBe(20);
    expect(facts.opening).toBe(facts.text.replace(/\s+/g, ' '));
    expect(facts.headings).toEqual([
      { depth: 2, text: 'Background', line: 1 },
      { depth: 3, text: 'What it means', line: 7 },
    ]);
  });

  it('finds the passages cited in the prose', () => {
    expect(facts.citations.map((c) => c.display)).toEqual(['Luke 21:9', 'Matthew 24:6–7']);
  });

  it('keeps comments out of the raw-HTML findings and lists every link, image references resolved', () => {
    expect(facts.rawHtml).toEqual([]);
    expect(facts.links).toEqual([
      { line: 3, url: 'https://example.org/x', kind: 'link' },
      { line: 9, url: '//cdn.example.net/chart.png', kind: 'image' },
      { line: 11, url: '//cdn.example.net/chart.png', kind: 'definition' },
    ]);
  });
});

describe('opensWithQuote: the text opens with the news excerpt', () => {
  const opens = (body: string, mdx = false) => bodyFacts(body, { mdx }).opensWithQuote;

  it('is true when the first block is a block quotation, after blank lines, comments and MDX imports', () => {
    expect(opens('> The news.\n\nCommentary.')).toBe(true);
    expect(opens('\n\n   > Indented news.')).toBe(true);
    expect(opens('<!-- desk: check the date -->\n\n> News.')).toBe(true);
    expect(opens("import map from './map.jpg';\nexport const x = 1;\n\n> News.", true)).toBe(true);
  });

  it('is false when a reader sees anything else first, or nothing', () => {
    expect(opens('Commentary first.\n\n> A quotation later.')).toBe(false);
    expect(opens('## A heading\n\n> News.')).toBe(false);
    // Four spaces make code, not a quotation: a line test would have been fooled.
    expect(opens('    > code, not a quotation')).toBe(false);
    expect(opens('<aside>x</aside>\n\n> News.')).toBe(false);
    expect(opens('')).toBe(false);
  });
});

describe('rules over body facts', () => {
  it('refuses markup hidden between comments, naming the element and the line', () => {
    const facts = bodyFacts('Intro.\n\n<!-- a --><meta http-equiv="refresh" content="0;url=https://evil.example/"><img src=x onerror=alert(1)><!-- b -->\n');
    const [problem] = rawHtmlProblems('content/articles/x.md', facts, 6);
    expect(problem).toMatchObject({ line: 8, field: '(body)', message: 'raw HTML is not allowed in Markdown articles (here: <meta>)' });
    expect(problem?.fix).toBeTruthy();
  });

  it('refuses images on other hosts unless the host is allowed, and leaves links to them alone', () => {
    const facts = bodyFacts('[story](https://news.example/a) ![x](https://img.example/p.gif) ![y](//img.example/q.png) ![z](./local.png)\n');
    const problems = remoteImageProblems(facts, 1, []);
    expect(problems.map((p) => p.value)).toEqual(['"https://img.example/p.gif"', '"//img.example/q.png"']);
    expect(problems[0]!.message).toContain('img.example');
    expect(problems[0]!.fix).toContain('download the image into the repository');
    expect(remoteImageProblems(facts, 1, ['img.example'])).toEqual([]);
  });

  it('refuses environment access and Markdown imports in MDX', () => {
    const facts = bodyFacts('import Draft from "./draft.md"\n\nSecret: {process.env.TOKEN}\n', { mdx: true });
    expect(markdownImportProblems(facts, 5).map((p) => [p.line, p.value])).toEqual([[5, '"./draft.md"']]);
    expect(environmentProblems(facts, 5).map((p) => [p.line, p.value])).toEqual([[7, 'process']]);
  });
});
