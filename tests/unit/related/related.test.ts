// Related articles: shared verses first, then synoptic parallels, then same chapter, then topics; never the article itself.
import { describe, expect, it } from 'vitest';
import { de } from '../../../src/lib/i18n/de.ts';
import { en } from '../../../src/lib/i18n/en.ts';
import { PARALLELS, parallelScore, relatedArticles, relatedReasonText } from '../../../src/lib/related/index.ts';
import { uniqueDisplays } from '../../../src/lib/related/rank.ts';
import { parseReference, type Passage } from '../../../src/lib/scripture/index.ts';

function one(reference: string): Passage {
  const result = parseReference(reference);
  if (!result.ok || result.passages.length !== 1) throw new Error(`${reference} is not one passage`);
  return result.passages[0]!;
}

function article(id: string, date: string, references: string[], topics: string[] = []) {
  return {
    id,
    data: {
      title: `Title of ${id}`,
      date,
      topics,
      scripture: references.map((reference) => {
        const result = parseReference(reference);
        if (!result.ok) throw new Error(result.message);
        return { reference, display: reference, passages: result.passages };
      }),
    },
  };
}

type Fixture = ReturnType<typeof article>;
const ids = (list: { article: Fixture }[]) => list.map((r) => r.article.id);

describe('relatedArticles', () => {
  const target = article('target', '2025-03-01', ['Luke 21:7-8'], ['Wars', 'Israel']);
  const all = [
    target,
    article('unrelated-new', '2026-01-01', ['Genesis 1:1'], ['Weather']),
    article('luke-21', '2025-05-01', ['Luke 21']),
    article('luke-21-8-9', '2024-01-10', ['Luke 21:8-9']),
    article('matthew-24', '2025-06-01', ['Matthew 24:6-7']),
    article('topic-two', '2025-07-01', ['Revelation 13:16-17'], ['wars', 'Israel']),
    article('topic-one', '2025-08-01', [], ['Wars']),
  ];

  it('ranks articles citing Luke 21 or Matthew 24 before unrelated ones, and drops the unrelated', () => {
    const related = relatedArticles(target, all);
    expect(ids(related)).toEqual(['luke-21-8-9', 'luke-21', 'matthew-24', 'topic-two', 'topic-one']);
    expect(ids(related)).not.toContain('unrelated-new');
  });

  it('ranks direct overlaps by closeness, not by date', () => {
    const [closest, wider] = relatedArticles(target, all);
    expect(closest).toMatchObject({ reason: 'scripture', shared: ['Luke 21:8–9'] });
    expect(closest!.score).toBeCloseTo(1 / 3);
    expect(wider).toMatchObject({ reason: 'scripture', shared: ['Luke 21'] });
    expect(wider!.score).toBeCloseTo(2 / 38);
  });

  it('counts the synoptic parallel (Luke 21 ↔ Matthew 24 ↔ Mark 13) below any direct overlap', () => {
    const withBook = [...all, article('whole-luke', '2020-01-01', ['Luke'])];
    const related = relatedArticles(target, withBook, { limit: 10 });
    // Even citing the whole of Luke is a direct overlap, which outranks the parallel.
    expect(ids(related).indexOf('whole-luke')).toBeLessThan(ids(related).indexOf('matthew-24'));
    expect(related.find((r) => r.article.id === 'matthew-24')).toMatchObject({ reason: 'parallel', shared: ['Matthew 24:6–7'] });
    const mark = relatedArticles(article('m', '2025-01-01', ['Mark 13:7']), [article('l', '2025-01-01', ['Luke 21:9'])]);
    expect(mark).toMatchObject([{ reason: 'parallel', shared: ['Luke 21:9'] }]);
  });

  it('prefers a parallel in the same section of the discourse', () => {
    const signs = article('signs', '2024-01-01', ['Matthew 24:6']);
    const fig = article('fig', '2025-01-01', ['Matthew 24:32']);
    const related = relatedArticles(target, [signs, fig]);
    expect(ids(related)).toEqual(['signs', 'fig']);
    expect(related.map((r) => r.reason)).toEqual(['parallel', 'parallel']);
    expect(related[0]!.score).toBeGreaterThan(related[1]!.score);
  });

  it('relates another part of the same chapter below parallels, nearer verses first', () => {
    const near = article('near', '2024-01-01', ['Luke 21:10']);
    const far = article('far', '2025-01-01', ['Luke 21:1']);
    const parallel = article('parallel', '2023-01-01', ['Mark 13:3-8']);
    const related = relatedArticles(target, [far, near, parallel]);
    expect(related.map((r) => [r.article.id, r.reason])).toEqual([
      ['parallel', 'parallel'],
      ['near', 'chapter'],
      ['far', 'chapter'],
    ]);
  });

  it('breaks ties by date (newer first), then id', () => {
    const list = [
      article('b-old', '2024-01-01', ['Luke 21:7-8']),
      article('b-new', '2025-01-01', ['Luke 21:7-8']),
      article('a-new', '2025-01-01', ['Luke 21:7-8']),
    ];
    expect(ids(relatedArticles(target, list))).toEqual(['a-new', 'b-new', 'b-old']);
  });

  it('fills with shared topics, more shared first, then newer; topics compare by slug', () => {
    const related = relatedArticles(target, all);
    expect(related.slice(3).map((r) => [r.article.id, r.reason, r.shared, r.score])).toEqual([
      ['topic-two', 'topic', ['Wars', 'Israel'], 2],
      ['topic-one', 'topic', ['Wars'], 1],
    ]);
  });

  it('never includes the article itself, even when passed as a copy', () => {
    expect(ids(relatedArticles(target, all, { limit: 50 }))).not.toContain('target');
    expect(ids(relatedArticles({ ...target }, all, { limit: 50 }))).not.toContain('target');
  });

  it('returns at most limit (default 5) and nothing for an article with no links', () => {
    const many = Array.from({ length: 8 }, (_, i) => article(`a${i}`, `2025-01-0${i + 1}`, ['Luke 21:7']));
    expect(relatedArticles(target, many)).toHaveLength(5);
    expect(relatedArticles(target, many, { limit: 2 })).toHaveLength(2);
    expect(relatedArticles(article('alone', '2025-01-01', ['Obadiah 1'], ['Edom']), all)).toEqual([]);
  });

  it('gives the same answer from the cached index on a second call', () => {
    expect(relatedArticles(target, all)).toEqual(relatedArticles(target, all));
  });
});

describe('parallelScore', () => {
  it('is undefined within one book or outside the parallel', () => {
    expect(parallelScore(one('Luke 21:7'), one('Luke 21:8'))).toBeUndefined();
    expect(parallelScore(one('Luke 21:1'), one('Matthew 24:1'))).toBeUndefined(); // the widow's mites precede the discourse
    expect(parallelScore(one('Luke 20:1'), one('Matthew 24:1'))).toBeUndefined();
  });

  it('is highest when both passages fill the same section', () => {
    expect(parallelScore(one('Luke 21:7-11'), one('Mark 13:3-8'))).toBe(1);
    expect(parallelScore(one('Luke 21:7'), one('Mark 13:3-8'))).toBeCloseTo(1 / 5);
    expect(parallelScore(one('Luke 21:7'), one('Mark 13:32'))).toBe(0);
    expect(parallelScore(one('Matthew 24'), one('Mark 13:7'))).toBeGreaterThan(0);
  });

  it('has a table whose sections cover each gospel in order', () => {
    for (const parallel of PARALLELS) {
      for (const book of Object.keys(parallel.whole)) {
        const sections = parallel.sections.map((s) => s[book]!);
        expect(sections[0]!.start).toEqual(parallel.whole[book]!.start);
        expect(sections.at(-1)!.end).toEqual(parallel.whole[book]!.end);
        for (let i = 1; i < sections.length; i++) expect(sections[i]!.start!.verse).toBe(sections[i - 1]!.end!.verse! + 1);
      }
    }
  });
});

describe('the passages behind a reason', () => {
  it('keep the most specific of passages holding one another, and every passage that holds none', () => {
    expect(uniqueDisplays([one('Matthew 24'), one('Matthew 24:6-7')])).toEqual(['Matthew 24:6–7']);
    expect(uniqueDisplays([one('Matthew 24:1-14'), one('Matthew 24:6-7'), one('Matthew 24:6-7'), one('Matthew 25:1')])).toEqual(['Matthew 24:6–7', 'Matthew 25:1']);
    expect(uniqueDisplays([one('Luke 21:1'), one('Luke 21:34')])).toEqual(['Luke 21:1', 'Luke 21:34']);
  });

  it('say a redundant reason once, in the line under a related article', () => {
    const target = article('t', '2024-01-01', ['Matthew 24:6-7']);
    const other = article('o', '2024-01-02', ['Matthew 24', 'Matthew 24:6-7']);
    const [related] = relatedArticles(target, [target, other]);
    expect(relatedReasonText(related!, en)).toBe('Also cites Matthew 24:6–7');
  });
});

describe('relatedReasonText', () => {
  it.each([
    [{ reason: 'scripture', shared: ['Luke 21:9–11'] }, 'Also cites Luke 21:9–11'],
    [{ reason: 'chapter', shared: ['Luke 21:1', 'Luke 21:34'] }, 'Also cites Luke 21:1; Luke 21:34'],
    [{ reason: 'parallel', shared: ['Mark 13:7'] }, 'Parallel passage: Mark 13:7'],
    [{ reason: 'topic', shared: ['Russia', 'Security'] }, 'Also on Russia, Security'],
    [{ reason: 'topic', shared: ['A', 'B', 'C', 'D'] }, 'Also on A, B, C, …'],
  ] as const)('%j → %s', (related, text) => {
    expect(relatedReasonText({ reason: related.reason, shared: [...related.shared] }, en)).toBe(text);
  });

  it.each([
    [{ reason: 'scripture', shared: ['Lukas 21,9–11'] }, 'Zitiert ebenfalls Lukas 21,9–11'],
    [{ reason: 'parallel', shared: ['Markus 13,7'] }, 'Parallelstelle: Markus 13,7'],
    [{ reason: 'topic', shared: ['A', 'B', 'C', 'D'] }, 'Ebenfalls zu A, B, C, …'],
  ] as const)('in German: %j → %s', (related, text) => {
    expect(relatedReasonText({ reason: related.reason, shared: [...related.shared] }, de)).toBe(text);
  });
});
