// The pipeline's steps as plain functions: the plan from a validation result, the site integration's
// verdict on the validated site, the render-failure message and the log lines.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardContent, recheckReport } from '../../../src/lib/build/content-guard.ts';
import { siteContentOf } from '../../../src/lib/build/site-content.ts';
import { planFromCheck } from '../../../src/lib/build/steps/validate-process.ts';
import { bodyParseLogLine, contentErrorMessage } from '../../../src/lib/build/steps/validate.ts';
import { astroHeapFlags, renderFailureMessage, withoutTraces } from '../../../src/lib/build/steps/render.ts';
import { ogImageLogLines } from '../../../src/lib/build/steps/og-images.ts';
import { auditLogLine } from '../../../src/lib/build/steps/audit.ts';
import { openStaging } from '../../../src/lib/build/steps/publish.ts';
import { BuildFailure } from '../../../src/lib/build/failure.ts';
import type { Problem } from '../../../src/lib/validation/problems.ts';

const facts = { words: 10, opening: 'Opening.', headings: [], citations: [], links: [], pictures: [], rawHtml: [], mdxCode: [] };
function article(id: string, draft: boolean, links: { url: string; kind: string }[] = [], image?: { src: string; alt: string }) {
  const data = { title: `T ${id}`, date: '2024-05-01', author: 'ada', draft, scripture: [], topics: [], source: { name: 'Wire' }, ...(image ? { image } : {}) };
  return { id, file: `content/articles/${id}.md`, body: 'x', draft, data, facts: { ...facts, links }, parses: { facts: 1, mdxCompile: 0 } };
}
function checked(articles: ReturnType<typeof article>[], problems: Problem[] = []) {
  return { problems, articles, authors: [{ id: 'ada', file: 'content/authors/ada.md', data: { name: 'Ada' } }], people: [], checkedFiles: articles.length + 1, cacheHits: 0 } as never;
}
const error: Problem = { file: 'content/articles/b.md', field: 'date', message: 'not a date', fix: 'write YYYY-MM-DD', severity: 'error', rule: 'calendar-date' };

describe('validate step: the build plan', () => {
  it('lists published and draft ids, files, cards and the pictures of drafts', () => {
    const plan = planFromCheck(checked([article('a', false), article('b', true, [{ url: './pictures/secret-map.png?x', kind: 'image' }, { url: 'https://x.example/p.png', kind: 'image' }])]), 'Site');
    expect(plan).toMatchObject({ errors: 0, report: '', checkedFiles: 3, parses: { facts: 2, mdxCompile: 0, fromCache: 0 }, publishedIds: ['a'], draftIds: ['b'], articleFiles: { a: 'content/articles/a.md' }, draftAssets: ['secret-map'] });
    expect(plan.ogJobs).toEqual([{ id: 'a', card: { title: 'T a', author: 'Ada', date: expect.any(String), siteTitle: 'Site' } }]);
    expect(plan.citing).toEqual([{ url: '/articles/a/', date: '2024-05-01', passages: [] }]);
    // A one-word draft body cannot be fingerprinted: its id and pictures are checked instead.
    expect(plan.draftRuns).toEqual([]);
  });

  it('draws no card for an article whose lead image is its og:image', () => {
    const plan = planFromCheck(checked([article('a', false), article('b', false, [], { src: './harbour.jpg', alt: 'Harbour' })]), 'Site');
    expect(plan.publishedIds).toEqual(['a', 'b']);
    expect(plan.ogJobs.map((job) => job.id)).toEqual(['a']);
  });

  it('publishes nothing when any file has an error, and says so', () => {
    const plan = planFromCheck(checked([article('a', false)], [error]));
    expect(plan.errors).toBe(1);
    expect(plan.publishedIds).toEqual([]);
    expect(plan.ogJobs).toEqual([]);
    expect(contentErrorMessage(plan)).toMatch(/^Content has 1 error; nothing was built\.\n\n[\s\S]*content\/articles\/b\.md[\s\S]*npm run check/);
  });
});

describe('site integration: the content guard verdict', () => {
  it('leaves drafts out of a build only, and logs the counts', () => {
    const result = siteContentOf(checked([article('a', false), article('b', true)]));
    const build = guardContent({ result, command: 'build', ms: 12.4 });
    expect(build.draftFiles).toEqual(['content/articles/b.md']);
    expect(build.stop).toBeUndefined();
    expect(build.info).toEqual(['3 content files valid: 1 published articles, 1 drafts, 1 authors (12 ms, 0 from cache)']);
    expect(guardContent({ result, command: 'dev', ms: 1 }).draftFiles).toEqual([]);
  });

  it('stops a build on errors but only reports them in dev', () => {
    const result = siteContentOf(checked([article('a', false)], [error]));
    const build = guardContent({ result, command: 'build', ms: 1 });
    expect(build.stop?.message).toMatch(/^Content has 1 error; nothing was built\./);
    expect(build.stop?.hint).toContain('npm run check');
    const dev = guardContent({ result, command: 'dev', ms: 1 });
    expect(dev.stop).toBeUndefined();
    expect(dev.error).toContain('content/articles/b.md');
    expect(recheckReport(result).level).toBe('error');
    expect(recheckReport(siteContentOf(checked([article('a', false)])))).toEqual({ level: 'info', text: 'content valid (2 files)' });
  });
});

describe('render step: a page that fails names its file and the fix, without a stack trace', () => {
  const stderr = [
    "\x1b[31m09:43:16 [ERROR] TypeError: Cannot read properties of null (reading 'y')\x1b[39m",
    '    at _createMdxContent (file:///repo/dist/.prerender/chunks/throws_DDBPODps.mjs:8:8)',
    "09:43:16 [ERROR] [build] Caught error rendering /articles/throws/: TypeError: Cannot read properties of null (reading 'y')",
    '  Hint:',
    '    This issue often occurs when your MDX component encounters runtime errors.',
    '  Stack trace:',
    '    at renderJSX (file:///repo/dist/.prerender/chunks/jsx-runtime_C5R5VsMv.mjs:2204:9)',
  ].join('\n');

  it('maps the route to the article file and gives the MDX fix', () => {
    const message = renderFailureMessage(1, stderr, { throws: 'content/articles/throws.mdx' });
    expect(message).toContain('nothing was built');
    expect(message).toContain("content/articles/throws.mdx  body  the page failed while rendering: TypeError: Cannot read properties of null (reading 'y')");
    expect(message).toContain('fix: the MDX code in this file');
    expect(message).not.toMatch(/\bat \w|\.mjs|Stack trace/);
  });

  it('falls back to Astro’s messages without traces, locations or colours', () => {
    const other = 'Some failure\n  Location:\n    /repo/node_modules/astro/dist/x.js:1:2\n  Stack trace:\n    at foo (file:///x.js:1:1)\n\x1b[1mBold\x1b[22m';
    expect(withoutTraces(other)).toBe('Some failure\nBold');
    expect(renderFailureMessage(2, other, {})).toBe('Some failure\nBold\n\nastro build failed (exit code 2).');
  });

  it('says that Astro ran out of memory, and how to give it more, instead of V8’s stack', () => {
    const oom = '<--- Last few GCs --->\n[1:0x1] 330854 ms: Mark-Compact (reduce) 2737.8 (3517.4) -> 2737.4 MB\nFATAL ERROR: CALL_AND_RETRY_LAST Allocation failed - JavaScript heap out of memory\n 1: 0x931db0  [node]';
    const message = renderFailureMessage(null, oom, {});
    expect(message).toMatch(/^astro build ran out of memory \(its JavaScript heap\); nothing was built\.\nFix: .*NODE_OPTIONS=--max-old-space-size=\d+ npm run build/);
    expect(message).not.toMatch(/0x931db0|Mark-Compact/);
  });

  it('gives Astro half the machine’s memory as heap when that is more than V8’s 4 GiB, unless NODE_OPTIONS sets one', () => {
    const GiB = 2 ** 30;
    expect(astroHeapFlags('', 24 * GiB)).toEqual(['--max-old-space-size=12288']);
    expect(astroHeapFlags('', 7 * GiB)).toEqual([]);
    expect(astroHeapFlags('--max-old-space-size=2048', 24 * GiB)).toEqual([]);
    expect(astroHeapFlags('--enable-source-maps', 24 * GiB)).toEqual(['--max-old-space-size=12288']);
  });

  it('escapes author text an error message may carry', () => {
    const message = renderFailureMessage(1, 'Caught error rendering /articles/a/: Error: \x1b[2Jgone', { a: 'content/articles/a.mdx' });
    expect(message).toContain('Error: \\x1b[2Jgone');
    expect(message).not.toContain('\x1b');
  });
});

describe('output folder', () => {
  it('is created when missing and accepted when writable', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'outdir-')), 'new', 'dist');
    expect(() => openStaging(dir, dir).discard()).not.toThrow();
  });

  it('fails in one line naming the folder when a file stands in its way', () => {
    const base = mkdtempSync(join(tmpdir(), 'outdir-'));
    writeFileSync(join(base, 'file'), '');
    const dir = join(base, 'file', 'dist');
    expect(() => openStaging(dir, 'shown/dist')).toThrow(BuildFailure);
    expect(() => openStaging(dir, 'shown/dist')).toThrow(/^cannot write the output folder shown\/dist: a file stands where a folder must be; make it writable, or build elsewhere with --outDir <folder>\.$/);
  });

  it.skipIf(process.getuid?.() === 0)('fails in one line when the folder is read-only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'outdir-'));
    chmodSync(dir, 0o555);
    expect(() => openStaging(join(dir, 'dist'), dir)).toThrow(/^cannot write the output folder .*: it is not writable by this user; .*$/);
  });
});

describe('log lines', () => {
  it('say what the Open Graph step and the audit did', () => {
    const og = { drawn: 4, cached: 2, processes: 1, cpuMs: 50 };
    expect(ogImageLogLines(og, { started: 100, drawnAt: 300, astroEnded: 1000, copyMs: 5 })).toEqual([
      'Open Graph images: 4 drawn, 2 from cache (205 ms)',
      '1 renderer process, 12.5 ms CPU per card, ready 700 ms before Astro finished',
    ]);
    expect(ogImageLogLines({ drawn: 0, cached: 6, processes: 0, cpuMs: 0 }, { started: 0, drawnAt: 0, astroEnded: 9, copyMs: 1 })).toEqual(['Open Graph images: 0 drawn, 6 from cache (1 ms)', '0 renderer processes']);
    expect(auditLogLine({ articlePages: 8, ogCards: 8, searchEntries: 8, ms: 3 })).toBe('audit: 8 article pages, no drafts in the output, 8 Open Graph cards, 8 search entries (3 ms)');
    expect(bodyParseLogLine({ facts: 3, mdxCompile: 1, fromCache: 5 })).toBe('bodies parsed once each: 3 parsed, 1 MDX compiled, 5 from the cache; pages parse none');
    expect(bodyParseLogLine({ facts: 900, mdxCompile: 1, fromCache: 5, threads: { files: 899, threads: 2, failed: 0 } })).toBe('bodies parsed once each: 900 parsed (899 of them on 2 worker threads), 1 MDX compiled, 5 from the cache; pages parse none');
    expect(auditLogLine({ articlePages: 8, ogCards: 8, searchEntries: 8, filesRead: 500, filesRemembered: 2, threads: { files: 400, threads: 2, failed: 1 }, ms: 3 })).toBe(
      'audit: 8 article pages, no drafts in the output, 8 Open Graph cards, 8 search entries, 500 files read, 2 unchanged since the last audit (400 of them on 2 worker threads; 1 of the threads failed and the main thread did their part) (3 ms)',
    );
    expect(auditLogLine({ articlePages: 8, ogCards: 7, searchEntries: 8, ms: 3 })).toBe('audit: 8 article pages, no drafts in the output, 7 Open Graph cards and 1 lead image as og:image, 8 search entries (3 ms)');
  });
});

describe('editions: the content guard and the runs of a build', () => {
  const de = (id: string, draft: boolean) => {
    const base = article(id, draft);
    return { ...base, file: `content/articles/de/${id}.md`, data: { ...base.data, lang: 'de' } };
  };

  it('leaves out drafts and other editions\' articles in a build, only other editions\' in astro dev', async () => {
    const { guardContent } = await import('../../../src/lib/build/content-guard.ts');
    const result = siteContentOf(checked([article('a', false), article('b', true), de('a', false), de('c', true)] as never));
    const en = guardContent({ result, command: 'build', ms: 1, edition: 'en' });
    expect(en.excludedFiles).toEqual(['content/articles/b.md', 'content/articles/de/a.md', 'content/articles/de/c.md']);
    expect(en.info.at(-1)).toMatch(/^5 content files valid: 1 published articles in the en edition, 1 drafts/);
    expect(guardContent({ result, command: 'build', ms: 1, edition: 'de' }).excludedFiles).toEqual(['content/articles/a.md', 'content/articles/b.md', 'content/articles/de/c.md']);
    expect(guardContent({ result, command: 'dev', ms: 1, edition: 'de' }).excludedFiles).toEqual(['content/articles/a.md', 'content/articles/b.md']);
  });

  it('plans each edition apart: ids, cards in the edition\'s locale, passage addresses under its folder', () => {
    const plan = planFromCheck(checked([article('a', false), de('a', false), de('c', true)] as never), 'Site');
    expect(plan.editions.map((e) => [e.lang, e.publishedIds, e.draftIds])).toEqual([['en', ['a'], []], ['de', ['a'], ['c']]]);
    expect(plan.publishedIds).toEqual(['a']);
    expect(plan.editions[1]!.ogJobs[0]!.card.date).toBe('1. Mai 2024');
    expect(plan.editions[0]!.ogJobs[0]!.card.date).toBe('1 May 2024');
    expect(plan.editions[1]!.citing[0]!.url).toBe('/de/articles/a/');
  });

  it('runs the default edition at the root and a prefix edition with articles in its folder; a domain edition alone', async () => {
    const { editionRuns } = await import('../../../src/lib/build/steps/editions.ts');
    const { defineEditions } = await import('../../../src/lib/editions/config.ts');
    const plan = planFromCheck(checked([article('a', false), de('a', false)] as never), 'Site');
    const prefix = defineEditions({ defaultLang: 'en', editions: [{ lang: 'en', locale: 'en-GB', shape: { kind: 'prefix' } }, { lang: 'de', locale: 'de-DE', shape: { kind: 'prefix' } }] });
    expect(editionRuns(prefix, plan.editions).map((r) => [r.lang, r.folder, r.renderFolder])).toEqual([['en', '', ''], ['de', 'de', '.render-de']]);
    const englishOnly = planFromCheck(checked([article('a', false)] as never), 'Site');
    expect(editionRuns(prefix, englishOnly.editions).map((r) => r.lang)).toEqual(['en']);
    expect(() => editionRuns(prefix, plan.editions, 'de')).toThrow(/built with the default edition/);
    expect(() => editionRuns(prefix, plan.editions, 'fr')).toThrow(/not an edition of this site/);
    const domain = defineEditions({ defaultLang: 'en', editions: [{ lang: 'en', locale: 'en-GB', shape: { kind: 'prefix' } }, { lang: 'de', locale: 'de-DE', shape: { kind: 'domain', url: 'https://de.example.org' } }] });
    expect(editionRuns(domain, plan.editions).map((r) => r.lang)).toEqual(['en']);
    expect(editionRuns(domain, plan.editions, 'de').map((r) => [r.lang, r.folder])).toEqual([['de', '']]);
  });
});
