// Phases of an astro build read from its log lines and their arrival times.
import { describe, expect, it } from 'vitest';
import { parseBuildLog, parseDuration, parsePagefindCli } from '../../../scripts/bench/astro-log.ts';
import { stats } from '../../../scripts/bench/measure.ts';

const LOG: [number, string][] = [
  [900, '09:21:47 [content-guard] 250 content files valid: 198 published articles, 2 drafts, 50 authors (812 ms)'],
  [1000, '09:21:48 [content] Syncing content'],
  [2400, '09:21:48 [content] Synced content'],
  [2500, '09:21:48 [types] Generated 937ms'],
  [2600, '09:21:48 [build] Collecting build info...'],
  [2610, '09:21:48 [build] ✓ Completed in 3.55s.'],
  [2620, '09:21:48 [build] Building static entrypoints...'],
  [4000, '09:21:49 [vite] ✓ built in 368ms'],
  [4100, '09:21:49 [build] Rearranging server assets...'],
  [4200, ' generating static routes '],
  [4300, '09:21:49   ├─ /404.html (+9ms) '],
  [4400, '09:21:49   ├─ /articles/a/index.html (+57ms) '],
  [4500, '09:21:49   ├─ /articles/b/index.html (+60ms) '],
  [5500, '09:21:50   ├─ /og/a.png (+1.2s) '],
  [5600, '09:21:50   ├─ /og/b.png (+80ms) '],
  [5700, '09:21:50   ├─ /scripture/daniel/9/index.html (+90ms) '],
  [5800, '09:21:50   └─ /index.html (+20ms) '],
  [5900, '09:21:50 ✓ Completed in 1.70s.'],
  [5950, ''],
  [6000, '09:21:50 [build] ✓ Completed in 9.51s.'],
  [6300, '09:21:50 [content-guard] audit: 198 article pages, no drafts in the output'],
  [6400, '09:21:50 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`'],
  [8000, '09:21:52 [search-index] search index: 198 article pages in 1536 ms'],
  [8010, '09:21:52 [build] 707 page(s) built in 7.9s'],
  [8020, '09:21:52 [build] Complete!'],
];

describe('parseBuildLog', () => {
  const phases = parseBuildLog(LOG.map(([t, text]) => ({ t, text })), 8100);

  it('reads our integrations’ own figures', () => {
    expect(phases.contentValidationMs).toBe(812);
    expect(phases.searchIndexMs).toBe(1536);
    expect(phases.indexedPages).toBe(198);
    expect(phases.pagesBuilt).toBe(707);
  });

  it('times Astro’s phases by line arrival', () => {
    expect(phases.startupMs).toBe(1000);
    expect(phases.contentSyncMs).toBe(1500);
    expect(phases.bundlingMs).toBe(1580);
    expect(phases.renderingMs).toBe(1700);
    expect(phases.renderingReportedMs).toBe(1700);
    expect(phases.auditMs).toBe(300);
    expect(phases.sitemapMs).toBe(100);
    expect(phases.exitMs).toBe(80);
    // The search index starts its own figure before its line arrives: 8000 − 1536.
    expect(phases.marks).toEqual({ sync: 1000, bundling: 2620, rendering: 4200, postBuild: 5900, searchIndex: 6464, end: 8100 });
    expect(phases.windows).toEqual({
      'start-up': [0, 1000],
      sync: [1000, 2620],
      bundling: [2620, 4200],
      rendering: [4200, 5900],
      postBuild: [5900, 8020],
      searchIndex: [6464, 8000],
      'whole build': [0, 8100],
    });
  });

  it('groups routes by first path segment, with Astro’s figures and the arrival spans', () => {
    expect(phases.routes['og']).toEqual({ routes: 2, sumMs: 1280, spanMs: 1100 });
    expect(phases.routes['articles']).toEqual({ routes: 2, sumMs: 117, spanMs: 200 });
    expect(phases.routes['scripture']).toEqual({ routes: 1, sumMs: 90, spanMs: 100 });
    expect(phases.routes['other']).toEqual({ routes: 2, sumMs: 29, spanMs: 100 });
    expect(phases.renderSetupMs).toBe(100);
  });
});

// `node scripts/build.ts`: validation before Astro starts, Open Graph images drawn in a child process while
// Astro renders, Pagefind and the audit after Astro exits; our lines without an integration's [prefix].
const SCRIPT_LOG: [number, string][] = [
  [700, 'content: 250 content files valid: 198 published articles, 2 drafts, 50 authors (640 ms)'],
  [1100, '09:21:48 [content] Syncing content'],
  [2500, '09:21:48 [types] Generated 937ms'],
  [2620, '09:21:48 [build] Building static entrypoints...'],
  [4200, ' generating static routes '],
  [4300, '09:21:49   ├─ /404.html (+9ms) '],
  [4400, '09:21:49   ├─ /articles/a/index.html (+57ms) '],
  [4500, 'Open Graph images: 198 drawn, 0 from cache (3200 ms)'],
  [4600, '09:21:50   └─ /index.html (+20ms) '],
  [5900, '09:21:50 ✓ Completed in 1.70s.'],
  [6000, '09:21:50 [build] ✓ Completed in 9.51s.'],
  [6100, '09:21:50 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`'],
  [6150, '09:21:50 [build] 199 page(s) built in 5.1s'],
  [6200, '09:21:50 [build] Complete!'],
  [7900, 'search index: 198 article pages in 1500 ms'],
  [8100, 'audit: 198 article pages, no drafts in the output (180 ms)'],
];

describe('parseBuildLog on scripts/build.ts output', () => {
  const phases = parseBuildLog(SCRIPT_LOG.map(([t, text]) => ({ t, text })), 8200);

  it('reads our own lines without an integration prefix, in the order the script prints them', () => {
    expect(phases.contentValidationMs).toBe(640);
    expect(phases.ogImagesDrawn).toBe(198);
    expect(phases.ogImagesMs).toBe(3200);
    expect(phases.searchIndexMs).toBe(1500);
    expect(phases.indexedPages).toBe(198);
    expect(phases.auditMs).toBe(180);
    expect(phases.sitemapMs).toBeUndefined();
    expect(phases.renderingMs).toBe(1700);
    expect(phases.routes['articles']).toEqual({ routes: 1, sumMs: 57, spanMs: 100 });
  });

  it('gives overlapping windows: OG images beside rendering, Pagefind after Astro', () => {
    expect(phases.windows['ogImages']).toEqual([1300, 4500]);
    expect(phases.windows['rendering']).toEqual([4200, 5900]);
    expect(phases.windows['postBuild']).toEqual([5900, 6200]);
    expect(phases.windows['searchIndex']).toEqual([6400, 7900]);
    expect(phases.marks.searchIndex).toBe(6400);
  });

  it('times the audit by the gap before its line when it prints no figure', () => {
    const lines = [...SCRIPT_LOG.slice(0, -1), [8300, 'audit: 198 article pages, no drafts in the output'] as [number, string]];
    expect(parseBuildLog(lines.map(([t, text]) => ({ t, text })), 8400).auditMs).toBe(400);
  });
});

describe('a long build', () => {
  it('reads "✓ Completed in 6m 19s."', () => {
    const lines = [' generating static routes ', '09:38:43   ├─ /404.html (+39ms) ', '09:44:36 ✓ Completed in 6m 19s.', '09:44:36 [build] ✓ Completed in 6m 26s.', '09:44:48 [content-guard] audit: 9900 article pages, no drafts in the output'];
    const phases = parseBuildLog(lines.map((text, i) => ({ t: i * 1000, text })), 5000);
    expect(phases.renderingMs).toBe(2000);
    expect(phases.renderingReportedMs).toBe(379_000);
    expect(phases.auditMs).toBe(1000);
  });
});

describe('helpers', () => {
  it('parses durations', () => {
    expect(parseDuration('478ms')).toBe(478);
    expect(parseDuration('1.52s')).toBe(1520);
    expect(parseDuration('2m 3s')).toBe(123_000);
  });

  it('reads the Pagefind CLI summary', () => {
    const lines = ['Indexed 1 language', 'Indexed 198 pages', 'Indexed 10709 words', 'Finished in 2.345 seconds'].map((text, t) => ({ t, text }));
    expect(parsePagefindCli(lines)).toEqual({ finishedMs: 2345, indexedPages: 198 });
  });

  it('computes min, median and max', () => {
    expect(stats([3, 1, 2])).toMatchObject({ min: 1, median: 2, max: 3 });
    expect(stats([4, 1, 2, 3]).median).toBe(2.5);
  });
});
