// The copy-desk rules read the prose runs of the one parse: code, addresses and HTML never count,
// German quotation marks are curly, and the text is never rewritten.
import { describe, expect, it } from 'vitest';
import { bodyFacts } from '../../../src/lib/facts/body-facts.ts';
import { NOT_PROSE } from '../../../src/lib/facts/text-runs.ts';
import { validateContent } from '../../../src/lib/validation/run.ts';
import { unpairedMark } from '../../../src/lib/validation/rules/unbalanced-quotes.ts';

const COPY_RULES = ['doubled-punctuation', 'straight-quotes', 'unbalanced-quotes', 'trailing-promotion', 'brand-case'];
const AUTHOR = { path: 'content/authors/ada-author.md', text: '---\nname: Ada Author\n---\nAda writes.\n' };

function warnings(body: string, extra = '', path = 'content/articles/a.md') {
  const text = `---\ntitle: A Treaty\ndate: 2025-03-10\nauthor: ada-author\nsource: Example Wire\n${extra}---\n${body}`;
  const result = validateContent({ articles: [{ path, text }], authors: [AUTHOR] });
  return { problems: result.problems.filter((p) => COPY_RULES.includes(p.rule)), article: result.articles[0] };
}

describe('text runs', () => {
  it('hold prose per block, with code, HTML and bare addresses standing in as one mark', () => {
    const facts = bodyFacts('# It\'s a title\n\nSay `"x"` <b>"y"</b> and see <https://a.example/"q"> or [the "report"](https://b.example/).\n\n```\n"code"\n```\n');
    expect(facts.runs).toEqual([
      { line: 1, text: 'It\'s a title' },
      { line: 3, text: `Say ${NOT_PROSE} ${NOT_PROSE}"y"${NOT_PROSE} and see ${NOT_PROSE} or the "report".` },
    ]);
  });
});

describe('copy-desk rules', () => {
  it('stay silent on code spans, code blocks, addresses and HTML attributes', () => {
    const body = [
      'Run `echo "it\'s".,` in a shell, or open <https://example.org/a.,b> and www.example.org/it\'s now.',
      '',
      '<span title="it\'s">Inline HTML</span> stays as written.',
      '',
      '```',
      'He said "hi".., watchman notes',
      '```',
      '',
    ].join('\n');
    expect(warnings(body).problems).toEqual([]);
  });

  it('count German quotation marks as curly and balanced', () => {
    expect(warnings('Er sagte: „Das ändert alles.“ Geht’s um ‚Frieden‘?\n', 'lang: de\n', 'content/articles/de/a.md').problems).toEqual([]);
  });

  it('warn on each kind of copy mistake, never as an error, and leave the body as written', () => {
    const body = 'The Ministry of Security., 14 September 2023.\n\nHe said "it\'s done.\n\nAs watchman notes said.\n\nSubscribe to our newsletter\n';
    const { problems, article } = warnings(body);
    expect(problems.map((p) => [p.rule, p.line]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      ['doubled-punctuation', 7],
      ['straight-quotes', 9],
      ['unbalanced-quotes', 9],
      ['brand-case', 11],
      ['trailing-promotion', 13],
    ]);
    expect(new Set(problems.map((p) => p.severity))).toEqual(new Set(['warning']));
    expect(article?.body).toBe(body);
  });

  it('name the line of a mark inside a paragraph of several lines', () => {
    const { problems } = warnings('First line of the paragraph,\nsecond line ends here.,\nthird.\n');
    expect(problems.map((p) => [p.rule, p.line])).toEqual([['doubled-punctuation', 8]]);
  });

  it('take a closing link to another article for what it is, and a bare label or a sales line for a promotion', () => {
    expect(warnings('Text.\n\nRead more: “Nets, Storms and the Sea of Galilee”\n').problems).toEqual([]);
    expect(warnings('Text.\n\nWeiterlesen: [Dürre im Marchfeld](https://example.org/a)\n', 'lang: de\n', 'content/articles/de/a.md').problems).toEqual([]);
    for (const last of ['Learn more:', 'Mehr erfahren …', 'Subscribe to our newsletter for weekly updates.']) {
      expect(warnings(`Text.\n\n${last}\n`).problems.map((p) => p.message), last).toEqual(['ends with a promotional line']);
    }
  });

  it('find a dangling colon at the end, and not a colon before a list', () => {
    expect(warnings('Text.\n\nThe full report:\n').problems.map((p) => p.message)).toEqual(['ends with a line that introduces nothing']);
    expect(warnings('Text.\n\nThe full report:\n\n- one point\n').problems).toEqual([]);
  });
});

describe('unpairedMark', () => {
  it('pairs English, German and straight marks and finds the one left over', () => {
    expect(unpairedMark('“a” and „b“ and «c» and "d"')).toBeUndefined();
    expect(unpairedMark('a” b')).toEqual({ index: 1, kind: 'close' });
    expect(unpairedMark('“a “b” c')).toEqual({ index: 0, kind: 'open' });
    expect(unpairedMark('"a" and "b')).toEqual({ index: 8, kind: 'open' });
  });
});
