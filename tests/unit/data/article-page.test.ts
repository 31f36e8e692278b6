// The data of an article page, from in-memory entries: what the layout prints, computed without Astro.
import { describe, expect, it } from 'vitest';
import { articlePage, tableOfContents } from '../../../src/data/article-page.ts';
import { scriptureCited } from '../../../src/data/scripture-cited.ts';
import { article, author, context, ENGLISH_EDITION } from './entries.ts';
import { findReferencesInText } from '../../../src/lib/scripture/index.ts';

const older = article('older', { date: '2024-01-01', scripture: ['Luke 21:9'], topics: ['Wars'] });
const target = article('target', {
  date: '2024-02-01',
  kicker: 'Analysis',
  updated: '2024-02-03',
  scripture: ['Luke 21:7-8', 'Daniel 9:27; Ezekiel', 'Luke 21:7-8'],
  topics: ['Wars', 'Middle East'],
  source: { name: 'Example Wire', url: 'https://example.org/story' },
});
const newer = article('newer', { date: '2024-03-01', topics: ['Weather'], summary: 'A summary written by hand.' });
const ctx = context([older, target, newer], [author('ada', 'Ada Author', { role: 'Editor', url: 'https://ada.example/' })], 690);

describe('articlePage', () => {
  const page = articlePage(target, ctx);

  it('prints the header: title, kicker, dates, reading time, author and source', () => {
    expect(page).toMatchObject({ title: 'Title of target', kicker: 'Analysis', date: '2024-02-01', updated: '2024-02-03', year: 2024, minutes: 3 });
    expect(page.author).toEqual({ href: '/authors/ada/', name: 'Ada Author', role: 'Editor' });
    expect(page.source).toEqual({ name: 'Example Wire', url: 'https://example.org/story', moreHref: '/sources/example-wire/' });
  });

  it('uses the summary when written, else the opening of the body', () => {
    expect(page.description).toBe('Opening of target.');
    expect(articlePage(newer, ctx).description).toBe('A summary written by hand.');
  });

  it('links the neighbours in reading order (newest first)', () => {
    expect(page.newer).toEqual({ href: '/articles/newer/', title: 'Title of newer' });
    expect(page.older).toEqual({ href: '/articles/older/', title: 'Title of older' });
    expect(articlePage(newer, ctx).newer).toBeUndefined();
  });

  it('lists each cited book and chapter once for search, in the order first cited, and the topics with their pages', () => {
    expect(page.filters).toEqual({ books: ['Luke', 'Daniel', 'Ezekiel'], chapters: ['Luke 21', 'Daniel 9'] });
    expect(page.topics).toEqual([
      { name: 'Wars', href: '/topics/wars/' },
      { name: 'Middle East', href: '/topics/middle-east/' },
    ]);
  });

  it('describes the Open Graph card and the JSON-LD of the page', () => {
    expect(page.head.image).toEqual({ path: '/og/target.png', alt: expect.stringMatching(/^Analysis: Title of target\. By Ada Author, /), width: 1200, height: 630 });
    expect(page.head.jsonLd).toMatchObject({ headline: 'Title of target', description: 'Opening of target.', dateModified: '2024-02-03', image: ['https://watchman.example.org/og/target.png'] });
    expect(JSON.stringify(page.head.jsonLd)).toContain('https://ada.example/');
    expect(page.head.article).toEqual({ publishedTime: '2024-02-01', modifiedTime: '2024-02-03', author: 'Ada Author', section: 'Analysis', tags: ['Wars', 'Middle East'] });
  });

  it('finds related articles with the reason, never the article itself', () => {
    expect(page.related.map((r) => r.href)).toEqual(['/articles/older/']);
    expect(page.related[0]).toMatchObject({ title: 'Title of older', date: '2024-01-01', reason: expect.any(String) });
    expect(articlePage(target, ctx, { relatedLimit: 0 }).related).toEqual([]);
  });

  it('reads the one passage model: what the prose cites joins the filters, Scripture cited, JSON-LD mentions and related articles', () => {
    const quiet = article('quiet', { date: '2024-01-05', scripture: ['Daniel 2:41-43'] });
    const neighbour = article('neighbour', { date: '2024-01-02', scripture: ['Revelation 13:16-17'] });
    const mentioner = article('mentioner', { date: '2024-01-03', scripture: ['Revelation'] });
    const prose = { quiet: 'As Revelation 13:16-17 warns, and the book of Revelation repeats, Daniel 2:41-43 too.' } as Record<string, string>;
    const base = context([quiet, neighbour, mentioner]);
    const withProse = { ...base, factsOf: (entry: typeof quiet) => ({ ...base.factsOf(entry), citations: findReferencesInText(prose[entry.id] ?? '').map((found) => ({ passages: found.passages })) }) };
    const page = articlePage(quiet, withProse);
    expect(page.filters).toEqual({ books: ['Daniel', 'Revelation'], chapters: ['Daniel 2', 'Revelation 13'] });
    // Cited passages in the list (Daniel 2:41–43 once); a whole book the prose only mentions is no citation.
    expect(page.scripture.passages.flat().map((p) => p.label)).toEqual(['Daniel 2:41–43', 'Revelation 13:16–17']);
    expect((page.head.jsonLd.mentions as { name: string }[]).map((m) => m.name)).toEqual([quiet.data.scripture[0]!.display, 'Revelation 13:16–17', 'Revelation']);
    // Related by what it cites: the article citing the same verses, not the one mentioning the book as a whole.
    expect(page.related.map((r) => r.href)).toEqual(['/articles/neighbour/']);
  });

  it('fails, naming the article, when its author is unknown', () => {
    expect(() => articlePage(article('orphan', { date: '2024-01-01', author: 'nobody' }), ctx)).toThrow('orphan: unknown author nobody');
  });
});

describe('scriptureCited', () => {
  it('gives each passage its link and text, and its in-page id only once; whole books get no text', () => {
    const cited = scriptureCited(target.data.scripture, ENGLISH_EDITION).passages;
    expect(cited.map((citation) => citation.map((p) => p.label))).toEqual([['Luke 21:7–8'], ['Daniel 9:27', 'Ezekiel'], ['Luke 21:7–8']]);
    const [[luke], [daniel, ezekiel], [lukeAgain]] = cited as [[any], [any, any], [any]];
    expect(luke).toMatchObject({ id: 'passage-Luke_21_7-Luke_21_8', href: '/scripture/luke/21/', wholeBook: false });
    expect(luke.text.reading.paragraphs.flat().map((v: { label: string }) => v.label)).toEqual(['7', '8']);
    expect(lukeAgain.id).toBeUndefined();
    expect(daniel.id).toBe('passage-Dan_9_27');
    expect(ezekiel).toMatchObject({ id: undefined, wholeBook: true, text: undefined });
  });
});

describe('tableOfContents', () => {
  const h = (depth: number, text: string) => ({ depth, slug: text.toLowerCase(), text });
  it('keeps h2 and h3 headings when there are at least three', () => {
    expect(tableOfContents([h(2, 'A'), h(4, 'Deep'), h(3, 'B'), h(2, 'C')]).map((x) => x.text)).toEqual(['A', 'B', 'C']);
    expect(tableOfContents([h(2, 'A'), h(3, 'B'), h(4, 'C')])).toEqual([]);
  });
});

describe('articlePage with updates', () => {
  const withUpdates = (updated?: string) =>
    article('updated-story', { date: '2024-02-01', ...(updated ? { updated } : {}), updates: [{ date: '2024-02-05', text: 'The council met again.' }, { date: '2024-02-09', text: 'The vote was held.' }] });

  it('lists the updates newest first under the header, with a link to all updates', () => {
    const page = articlePage(withUpdates(), ctx);
    expect(page.updateList).toEqual({
      kind: 'updates',
      heading: 'Updates',
      items: [{ date: '2024-02-09', text: 'The vote was held.' }, { date: '2024-02-05', text: 'The council met again.' }],
      more: { href: '/updates/', text: 'All updates on this site' },
    });
    expect(page.correctionList).toMatchObject({ kind: 'corrections', heading: 'Corrections', items: [], more: { href: '/corrections/' } });
  });

  it('takes the last change from the latest update when updated is absent or older', () => {
    for (const page of [articlePage(withUpdates(), ctx), articlePage(withUpdates('2024-02-06'), ctx)]) {
      expect(page.updated).toBe('2024-02-09');
      expect(page.head.jsonLd.dateModified).toBe('2024-02-09');
      expect(page.head.article.modifiedTime).toBe('2024-02-09');
    }
    expect(articlePage(withUpdates('2024-02-20'), ctx).updated).toBe('2024-02-20');
    // Without updates nothing changes: no updated, no modified time, dateModified is the publication day.
    const plain = articlePage(article('plain', { date: '2024-02-01' }), ctx);
    expect([plain.updated, plain.head.article.modifiedTime, plain.head.jsonLd.dateModified]).toEqual([undefined, undefined, '2024-02-01']);
  });
});
