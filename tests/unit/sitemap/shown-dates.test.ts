import { describe, expect, it } from 'vitest';
import { datesOfShownPages, pathsShown } from '../../../src/lib/sitemap/shown-dates.ts';

describe('pathsShown', () => {
  it('reads the page links of <main> only, without query or fragment, once each', () => {
    const html = '<header><a href="/topics/">Topics</a></header><main><a href="/articles/a/#q1">A</a> <a href="/articles/a/">A</a> <a href="https://x.example/">x</a> <a href="//cdn.example/">c</a> <a href="/scripture/luke/rss.xml">feed</a> <a href="/scripture/luke/21/?v=7">21</a></main>';
    expect(pathsShown(html)).toEqual(['/articles/a/', '/scripture/luke/21/']);
  });
});

describe('datesOfShownPages', () => {
  const isItem = (path: string) => path.startsWith('/articles/');
  const known = new Map([['/articles/a/', '2026-01-05'], ['/articles/b/', '2026-03-01'], ['/', '2026-03-01']]);

  it('takes the newest shown article, through the pages below', () => {
    const shown = new Map([
      ['/scripture/', ['/scripture/luke/', '/scripture/mark/']],
      ['/scripture/luke/', ['/scripture/', '/scripture/luke/21/']],
      ['/scripture/luke/21/', ['/scripture/', '/articles/a/']],
      ['/scripture/mark/', ['/scripture/mark/13/']],
      ['/scripture/mark/13/', ['/articles/b/', '/articles/a/']],
    ]);
    const dates = datesOfShownPages(shown, known, isItem);
    expect(Object.fromEntries(dates)).toEqual({ '/scripture/': '2026-03-01', '/scripture/luke/': '2026-01-05', '/scripture/luke/21/': '2026-01-05', '/scripture/mark/': '2026-03-01', '/scripture/mark/13/': '2026-03-01' });
  });

  it('never borrows a date from a page above or beside it, and dates nothing that shows nothing dated', () => {
    const shown = new Map([
      ['/people/', ['/', '/topics/']],
      ['/corrections/', []],
    ]);
    expect(datesOfShownPages(shown, new Map([...known, ['/topics/', '2026-03-01']]), isItem).size).toBe(0);
  });
});
