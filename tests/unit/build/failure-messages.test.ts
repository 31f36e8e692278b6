// What a failed build says: the page that did not finish rendering (the watchdog), the audit's problems
// with their files, content that changed during the build, a file-system error, an injected fault.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageClock, pageTimeLimitMs, renderFailureMessage, stalledPageMessage } from '../../../src/lib/build/steps/render.ts';
import { auditFailureMessage } from '../../../src/lib/build/steps/audit.ts';
import { contentChangedMessage, contentChanges, snapshotContent } from '../../../src/lib/build/steps/content-snapshot.ts';
import { FAULT_STEPS, injectedFault } from '../../../src/lib/build/steps/interrupt.ts';
import { BuildFailure, failureText } from '../../../src/lib/build/failure.ts';

describe('the page clock (per-page render time limit)', () => {
  it('knows the page Astro started and not yet finished, across chunks and other lines', () => {
    const clock = pageClock();
    clock.see(' generating static routes \n  ├─ /404.html', 0);
    expect(clock.overdue(5000, 1000)).toBe('/404.html');
    clock.see(' (+45ms) \n', 10);
    expect(clock.overdue(5000, 1000)).toBeUndefined();
    clock.see('\x1b[34m  ├─\x1b[39m \x1b[2m/articles/loop/index.html\x1b[22m', 100);
    // A warning line while the page renders does not end it.
    clock.see('\n[WARN] something\n', 200);
    expect(clock.overdue(1050, 1000)).toBeUndefined();
    expect(clock.overdue(1101, 1000)).toBe('/articles/loop/index.html');
  });

  it('reads a page path split between two chunks', () => {
    const clock = pageClock();
    clock.see('  ├─ /articles/lo', 0);
    clock.see('op/index.html', 1);
    expect(clock.overdue(2000, 1000)).toBe('/articles/loop/index.html');
    clock.see(' (+2.1s)\n  └─ /z/index.html (+1ms)\n', 3000);
    expect(clock.overdue(9000, 1000)).toBeUndefined();
  });

  it('follows pages built four at a time: a page that blocks the thread silences the others, and the last one started is named', () => {
    const clock = pageClock();
    // Kept pages restored while others render; their lines interleave, and every page finished.
    clock.see('  ├─ /a/index.html  ├─ /b/index.html (restored)\n (+3ms)\n  ├─ /c/index.html (cached)\n', 0);
    expect(clock.overdue(60_000, 1000)).toBeUndefined();
    // Two pages in flight, one finishes, then nothing: the other one hangs.
    clock.see('  ├─ /d/index.html  ├─ /articles/loop/index.html (+2ms)\n', 100);
    expect(clock.overdue(1000, 1000)).toBeUndefined();
    expect(clock.overdue(1101, 1000)).toBe('/articles/loop/index.html');
    // A page finishing is progress: the silence starts again.
    clock.see(' (+1.2s)\n', 1200);
    expect(clock.overdue(1500, 1000)).toBeUndefined();
  });

  it('knows that no page is in flight once Astro says the page phase completed, even after a page end it did not recognise', () => {
    const clock = pageClock();
    clock.see('  ├─ /a/index.html (skipped for a reason this clock does not know)\n', 0);
    expect(clock.overdue(2000, 1000)).toBe('/a/index.html');
    clock.see('12:00:00 ✓ Completed in 1m 8s.\n', 2100);
    expect(clock.overdue(60_000, 1000)).toBeUndefined();
  });

  it('takes its limit from WATCHMAN_PAGE_TIME_LIMIT in seconds (60 by default), refusing what is not a positive number', () => {
    expect(pageTimeLimitMs(undefined)).toBe(60_000);
    expect(pageTimeLimitMs('')).toBe(60_000);
    expect(pageTimeLimitMs('2.5')).toBe(2500);
    for (const bad of ['0', '-1', 'ten', 'Infinity']) expect(() => pageTimeLimitMs(bad)).toThrow(BuildFailure);
    expect(() => pageTimeLimitMs('ten')).toThrow('WATCHMAN_PAGE_TIME_LIMIT="ten" is not a number of seconds above 0 (the default is 60).');
  });

  it('names the article file of a page that did not finish, and the fix', () => {
    const files = { loop: 'content/articles/2026/loop.mdx', slow: 'content/articles/slow.md' };
    const message = stalledPageMessage('/articles/loop/index.html', 3000, files);
    expect(message.split('\n')[0]).toBe('Page /articles/loop/ did not finish rendering within 3 s; nothing was built.');
    expect(message).toContain('content/articles/2026/loop.mdx  body  the page was still rendering after 3 s (the per-page limit)  (fix: the MDX code in this file');
    expect(message).toContain('WATCHMAN_PAGE_TIME_LIMIT=<seconds>');
    expect(stalledPageMessage('/articles/slow/index.html', 3000, files)).toContain('content/articles/slow.md  body');
    expect(stalledPageMessage('/topics/index.html', 3000, files)).toBe(
      'Page /topics/ did not finish rendering within 3 s (the per-page limit); nothing was built.\nFix: find what never returns on that page; or, if the page is only slow, raise the limit: WATCHMAN_PAGE_TIME_LIMIT=<seconds> npm run build.',
    );
    expect(renderFailureMessage(null, '', files, { page: '/articles/loop/index.html', limitMs: 3000 })).toBe(message);
  });
});

describe('the audit failure message', () => {
  it('lists each problem with the source file of the article it names, and says nothing was published', () => {
    const message = auditFailureMessage(['article "a" has no page at /articles/a/', 'draft "secret" appears in rss.xml', 'source maps shipped: _astro/x.js.map'], { a: 'content/articles/a.md' });
    expect(message.split('\n')).toEqual([
      'The built site failed its audit (3 problems); nothing was published, the output folder is as it was before this build:',
      '  - article "a" has no page at /articles/a/  (source: content/articles/a.md)',
      '  - draft "secret" appears in rss.xml',
      '  - source maps shipped: _astro/x.js.map',
      expect.stringMatching(/^The content passed validation, so each problem above is in what the site code/),
    ]);
    expect(message).not.toContain('a bug in the site');
  });
});

describe('content changed during the build', () => {
  it('names files deleted, added and edited since the snapshot, and nothing when none was', () => {
    const root = mkdtempSync(join(tmpdir(), 'snapshot-'));
    mkdirSync(join(root, 'content/articles'), { recursive: true });
    writeFileSync(join(root, 'content/articles/a.md'), 'a');
    writeFileSync(join(root, 'content/articles/b.md'), 'b');
    const before = snapshotContent(root);
    expect(contentChanges(before, snapshotContent(root))).toEqual([]);
    rmSync(join(root, 'content/articles/a.md'));
    writeFileSync(join(root, 'content/articles/b.md'), 'bb');
    writeFileSync(join(root, 'content/articles/c.md'), 'c');
    const changes = contentChanges(before, snapshotContent(root));
    expect(changes).toEqual(['content/articles/a.md was deleted or moved', 'content/articles/b.md was changed', 'content/articles/c.md was added']);
    expect(contentChangedMessage(changes, 'dist')).toMatch(/^The content changed while the build ran, so what was checked is not what was built; nothing was published \(dist is as it was before this build\):\n  - content\/articles\/a\.md was deleted or moved\n/);
  });
});

describe('failure text', () => {
  it('a file-system error is one line naming the file, without a stack trace', () => {
    const error = Object.assign(new Error("ENOENT: no such file or directory, open '/x/content/a.md'"), { code: 'ENOENT', path: '/x/content/a.md' });
    expect(failureText(error)).toBe('build failed on "/x/content/a.md": it was not found (deleted or moved while the build ran?) (ENOENT); nothing was published. Fix: make the file available and build again.');
    expect(failureText(new BuildFailure('said'))).toBe('said');
    expect(failureText(new Error('a bug'))).toMatch(/^build failed: Error: a bug\n\s+at /);
  });

  it('a fault is injected only after the step named', () => {
    for (const step of FAULT_STEPS) {
      expect(() => injectedFault(step, undefined)).not.toThrow();
      expect(() => injectedFault(step, step)).toThrow(new BuildFailure(`fault injected after the ${step} step (WATCHMAN_INJECT_FAULT=${step}); nothing was published.`));
    }
  });
});
