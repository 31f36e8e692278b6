// Pathological Markdown: each input renders, or fails with a MarkdownLimitError, in under 4 s
// (a robustness bound, not a benchmark: comrak's pathological suite uses the same 4,000 ms).
// Inputs our checks accept are also rendered by Sätteri, the site's renderer; inputs they refuse
// are never handed to it (one of them aborts the whole process). Then ONE build of a site whose
// articles carry the heaviest bodies validation accepts.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { buildSite, REPO } from '../support/build-site.ts';
import { analyzeBody, findRawHtml, markdownToPlainText, MarkdownLimitError, MAX_NESTING } from '../../src/lib/markdown-text.ts';

const BOUND_MS = 4_000;
const sentence = 'The minister said on Monday that the talks would continue. ';

/** name → [body, whether our checks accept it]. */
const INPUTS: Record<string, [() => string, 'accepted' | 'refused']> = {
  '10,000 nested blockquotes': [() => `${'>'.repeat(10_000)} deep\n`, 'refused'],
  '10,000 nested blockquotes, one per line': [() => Array.from({ length: 10_000 }, () => '>').join('\n') + ' deep\n', 'accepted'],
  '1,000 lines of growing blockquote depth': [() => Array.from({ length: 1_000 }, (_, i) => `${'>'.repeat(i + 1)} x`).join('\n'), 'refused'],
  '10,000 nested list markers': [() => `${'- '.repeat(10_000)}x\n`, 'refused'],
  '2,000 lists nested by indentation': [() => Array.from({ length: 2_000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'), 'refused'],
  '100,000 emphasis markers around a letter': [() => `${'*'.repeat(50_000)}a${'*'.repeat(50_000)}`, 'refused'],
  '100,000 unmatched emphasis openers': [() => '*a **b '.repeat(33_334), 'refused'],
  '100,000 underscores, alternating': [() => '_a __b '.repeat(33_334), 'refused'],
  '50,000 emphasised words': [() => '*a* '.repeat(50_000), 'refused'],
  '100,000 strikethrough markers': [() => '~~a '.repeat(100_000), 'accepted'],
  'a 2,000-row table': [() => `| a | b | c |\n|---|---|---|\n${Array.from({ length: 2_000 }, (_, i) => `| ${i} | x${i} | *y* |`).join('\n')}\n`, 'accepted'],
  'a 5,000-column table': [() => `|${'a|'.repeat(5_000)}\n|${'-|'.repeat(5_000)}\n${`|${'x|'.repeat(5_000)}\n`.repeat(20)}`, 'accepted'],
  'a 5 MB line': [() => 'word '.repeat(1_000_000), 'refused'],
  'a 5 MB body of paragraphs': [() => `## Section\n\n${sentence.repeat(20)}\n\n`.repeat(4_000), 'accepted'],
  '50,000 open brackets': [() => `${'['.repeat(50_000)}a${']'.repeat(50_000)}`, 'refused'],
  '50,000 unclosed links': [() => '[a]('.repeat(50_000), 'refused'],
  '50,000 unclosed images': [() => '![a'.repeat(50_000), 'refused'],
  '100,000 backtick runs': [() => '`a``'.repeat(50_000), 'accepted'],
  '50,000 unclosed tags': [() => '<a>'.repeat(50_000), 'accepted'],
  '20,000 link definitions and references': [() => `${Array.from({ length: 20_000 }, (_, i) => `[l${i}]: http://x.example/${i}`).join('\n')}\n\n${Array.from({ length: 20_000 }, (_, i) => `[l${i}]`).join(' ')}`, 'refused'],
  '5,000 footnotes': [() => `${Array.from({ length: 5_000 }, (_, i) => `[^${i}]`).join(' ')}\n\n${Array.from({ length: 5_000 }, (_, i) => `[^${i}]: note ${i}`).join('\n')}`, 'accepted'],
  '50,000 autolinks': [() => 'www.a.example '.repeat(50_000), 'accepted'],
  '40,000 character references in one paragraph': [() => 'x&mdash;y '.repeat(40_000), 'refused'],
  '100,000 numeric references in one paragraph': [() => '&#1;'.repeat(100_000), 'refused'],
  '1,000 references in each of 200 paragraphs': [() => `${'&eacute;'.repeat(1_000)}\n\n`.repeat(200), 'accepted'],
};

function timed<T>(run: () => T): { ms: number; value?: T; error?: unknown } {
  const started = performance.now();
  try {
    const value = run();
    return { ms: performance.now() - started, value };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}

describe('pathological Markdown renders or fails cleanly in under 4 s', () => {
  it.each(Object.entries(INPUTS))('%s', { timeout: 60_000 }, (_name, [make, expected]) => {
    const body = make();
    const results = [
      timed(() => analyzeBody(body)),
      timed(() => markdownToPlainText(body)),
      timed(() => findRawHtml(body)),
      timed(() => markdownToPlainText(body, { mdx: true })),
    ];
    for (const result of results) {
      expect(result.ms).toBeLessThan(BOUND_MS);
      if (result.error !== undefined) expect(result.error, String(result.error)).toBeInstanceOf(MarkdownLimitError);
    }
    const refused = results[0]!.error !== undefined;
    expect(refused ? 'refused' : 'accepted').toBe(expected);
    if (refused) {
      const error = results[0]!.error as MarkdownLimitError;
      expect(error.line).toBeGreaterThanOrEqual(1);
      expect(error.message).toMatch(/nested more than|character references|emphasis or bracket characters|characters long/);
      expect(error.fix.length).toBeGreaterThan(0);
      return;
    }
    // Accepted: the site's renderer takes it too, within the same bound.
    const render = timed(() => markdownToHtml(body, { features: { gfm: true, smartPunctuation: true, frontmatter: false } }));
    expect(render.error, String(render.error)).toBeUndefined();
    expect(render.ms).toBeLessThan(BOUND_MS);
  });

  it(`refuses nesting beyond ${MAX_NESTING} levels but accepts 90`, () => {
    expect(() => analyzeBody(`${'>'.repeat(90)} ok\n`)).not.toThrow();
    expect(() => analyzeBody(`${'>'.repeat(MAX_NESTING + 1)} too deep\n`)).toThrow(MarkdownLimitError);
  });
});

// The heaviest bodies validation accepts, built into pages: Astro, Sätteri, the layout's own
// text extraction and Pagefind must all finish.
const HEAVY: Record<string, string> = {
  'ninety-blockquotes': `${'>'.repeat(90)} Ninety levels down.\n`,
  'thousands-of-quote-lines': `${Array.from({ length: 10_000 }, () => '>').join('\n')} Ten thousand quote lines.\n`,
  'emphasis-runs': `${'*a **b '.repeat(6_000)}\n\nEmphasis runs end here.\n`,
  'long-table': `| a | b | c |\n|---|---|---|\n${Array.from({ length: 2_000 }, (_, i) => `| ${i} | x${i} | *y* |`).join('\n')}\n\nThe table ends here.\n`,
  'long-line': `${'word '.repeat(190_000)}\n\nThe long line ends here.\n`,
  'brackets': `${'['.repeat(9_000)}a${']'.repeat(9_000)}\n\nThe brackets end here.\n`,
  'footnotes': `${Array.from({ length: 2_000 }, (_, i) => `[^${i}]`).join(' ')}\n\n${Array.from({ length: 2_000 }, (_, i) => `[^${i}]: note ${i}`).join('\n')}\n\nThe footnotes end here.\n`,
  'references': `${`${'&eacute;'.repeat(1_000)}\n\n`.repeat(50)}The references end here.\n`,
};

describe('one build of the heaviest accepted bodies', () => {
  it('builds every page in reasonable time', { timeout: 300_000 }, async () => {
    const layer = join(REPO, 'tests/.tmp/pathological-src');
    rmSync(layer, { recursive: true, force: true });
    mkdirSync(join(layer, 'content/articles'), { recursive: true });
    for (const [id, body] of Object.entries(HEAVY)) {
      writeFileSync(join(layer, 'content/articles', `${id}.md`), `---\ntitle: Pathological ${id}\ndate: 2025-03-10\nauthor: ada-author\nsource: Example Wire\n---\n\n${body}`);
    }
    const started = performance.now();
    const result = await buildSite('pathological', ['base', '../.tmp/pathological-src']);
    const seconds = (performance.now() - started) / 1000;
    console.log(`pathological build: ${seconds.toFixed(1)} s`);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain(`audit: ${Object.keys(HEAVY).length + 1} article pages`);
    for (const [id, body] of Object.entries(HEAVY)) {
      const html = readFileSync(join(result.dist, 'articles', id, 'index.html'), 'utf8');
      const last = body.trim().split('\n').pop()!.replace(/^[>\s]+/, '');
      expect(html, id).toContain(last);
    }
    // Generous: the whole build of these pages takes a few seconds on two cores.
    expect(seconds).toBeLessThan(120);
  });
});
