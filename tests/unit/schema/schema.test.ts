// Every schema rule: one valid case, and each way it can fail with its field path and fix.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { articleSchema, authorSchema } from '../../../src/schema/index.ts';
import { issuesToFindings } from '../../../src/lib/validation/zod-problems.ts';
import { knownArticleFields } from '../../../src/lib/validation/context.ts';

const valid = {
  title: 'A Treaty Signed in Haste',
  kicker: 'Middle East',
  date: '2026-03-02',
  author: 'jane-doe',
  source: { name: 'Example Wire', url: 'https://example.org/story' },
  topics: ['Middle East', 'Diplomacy'],
  scripture: ['Daniel 9:27', '1 Thessalonians 5:3'],
  quotes: [{ text: 'This agreement changes everything.', speaker: 'A. Minister', role: 'Foreign minister' }],
};

/** The problems for one input, as `field: message (fix)`. */
function problemsOf(input: unknown): string[] {
  const result = articleSchema.safeParse(input);
  if (result.success) return [];
  return issuesToFindings(result.error.issues, { input, knownFields: knownArticleFields }).map(
    (p) => `${p.field}: ${p.message} (${p.fix})`,
  );
}

const without = (key: string) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key));

describe('article schema', () => {
  it('accepts the contract example and normalizes it', () => {
    const result = articleSchema.parse(valid);
    expect(result.date).toBe('2026-03-02');
    expect(result.draft).toBe(false);
    expect(result.source).toEqual({ name: 'Example Wire', url: 'https://example.org/story' });
    expect(result.scripture.map((c) => c.display)).toEqual(['Daniel 9:27', '1 Thessalonians 5:3']);
  });

  it('accepts the minimum: title, date, author, source as a string', () => {
    const result = articleSchema.parse({ title: 'T', date: new Date('2026-03-02T00:00:00Z'), author: 'a', source: 'Example Wire' });
    expect(result).toMatchObject({ date: '2026-03-02', source: { name: 'Example Wire' }, topics: [], scripture: [], quotes: [] });
  });

  it.each([
    ['title', 'title: is required but missing (add a headline, e.g. title: A Treaty Signed in Haste)'],
    ['date', 'date: is required but missing (expected YYYY-MM-DD, e.g. date: 2026-03-02)'],
    ['author', 'author: is required but missing (add the id of a file in content/authors/, e.g. author: jane-doe)'],
    ['source', 'source: is required but missing (add a publication name, e.g. source: Example Wire, or source: { name: Example Wire, url: "https://…" })'],
  ])('requires %s', (key, expected) => {
    expect(problemsOf(without(key))).toEqual([expected]);
  });

  it.each([
    [{ title: '   ' }, 'title: must not be empty (add a headline, e.g. title: A Treaty Signed in Haste)'],
    [{ title: 'x'.repeat(201) }, 'title: is 201 characters long; the limit is 200 (shorten it to at most 200 characters)'],
    [{ title: 42 }, 'title: expected text, found a number (add a headline, e.g. title: A Treaty Signed in Haste)'],
    [{ summary: 'y'.repeat(301) }, 'summary: is 301 characters long; the limit is 300 (shorten it to at most 300 characters)'],
    [{ date: '2023-02-30' }, 'date: 2023-02-30 is not a calendar day (February 2023 has 28 days)'],
    [{ updated: '2026-02-31' }, 'updated: 2026-02-31 is not a calendar day (February 2026 has 28 days)'],
    [{ source: { name: 'X', url: 'ftp://example.org' } }, 'source.url: not an http(s) URL (use a full address starting with https:// (or http://))'],
    [{ source: { name: 'X', url: 'javascript:alert(1)' } }, 'source.url: not an http(s) URL (use a full address starting with https:// (or http://))'],
    [{ source: { url: 'https://example.org' } }, 'source.name: is required but missing (add the publication name, e.g. name: Example Wire)'],
    [{ source: { name: 'X', publisher: 'Y' } }, 'source.publisher: unknown field "publisher" (known fields: name, url, section)'],
    [{ topics: 'Russia' }, 'topics: expected a list, found text (write a list, e.g. topics: [Middle East, Diplomacy])'],
    [{ topics: ['!!!'] }, 'topics[0]: topic has no letters or digits (use a name such as "Middle East")'],
    [{ quotes: [{ text: 'x' }] }, 'quotes[0].speaker: is required but missing (add who said it, e.g. speaker: A. Minister)'],
    [{ quotes: [{ text: '   ', speaker: 'S' }] }, 'quotes[0].text: must not be empty (add the quoted words exactly as in the body)'],
    [{ quotes: [{ text: 'x', speaker: 'S', url: 'www.example.org' }] }, 'quotes[0].url: not an http(s) URL (use a full address starting with https:// (or http://))'],
    [{ quotes: [{ text: 'x', speaker: 'S', date: '2026-13-01' }] }, 'quotes[0].date: month 13 does not exist (expected YYYY-MM-DD with a month from 01 to 12)'],
    [{ draft: 'yes' }, 'draft: expected true or false, found text (write draft: true or draft: false)'],
    [{ scripture: ['Luke 25:1'] }, 'scripture[0]: Luke has 24 chapters (use a chapter from 1 to 24)'],
  ])('rejects %j', (patch, expected) => {
    expect(problemsOf({ ...valid, ...patch })).toEqual([expected]);
  });

  it('suggests the intended field for a typo', () => {
    expect(problemsOf({ ...valid, draf: true })).toEqual(['draf: unknown field "draf" (did you mean "draft"?)']);
  });

  it('reports every problem of a file at once', () => {
    expect(problemsOf({ ...valid, title: '', date: '2023-02-30', source: { name: 'X', url: 'nope' } })).toHaveLength(3);
  });
});

describe('author schema', () => {
  it('accepts a name alone and all optional fields', () => {
    expect(authorSchema.parse({ name: 'Jane Doe' })).toEqual({ name: 'Jane Doe' });
    expect(authorSchema.parse({ name: 'J', role: 'Editor', organization: 'Org', url: 'https://example.org' })).toMatchObject({ url: 'https://example.org' });
  });

  it.each([
    [{}, 'name'],
    [{ name: 'J', url: 'example.org' }, 'url'],
    [{ name: 'J', bio: 'x' }, 'bio'],
  ])('rejects %j at %s', (input, field) => {
    const result = authorSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => (i.code === 'unrecognized_keys' ? i.keys[0] : i.path.join('.')))).toEqual([field]);
  });
});

describe('one text for one name: NFC, no bidirectional controls, no invisible characters in names', () => {
  const base = { title: 'T', date: '2026-01-02', author: 'a', source: 'Example Wire' };

  it('stores text in NFC, so two spellings of one name are one name', () => {
    const decomposed = articleSchema.parse({ ...base, topics: ['Cafe\u0301 Society'], title: 'Cafe\u0301' });
    expect(decomposed.topics).toEqual(['Café Society']);
    expect(decomposed.title).toBe('Café');
  });

  it.each([
    ['a zero-width space in a topic', { topics: ['Rus\u200bsia'] }, 'topics.0', /invisible character \(U\+200B\)/],
    ['a zero-width joiner in a speaker', { quotes: [{ text: 'x', speaker: 'Ann\u200d Lee' }] }, 'quotes.0.speaker', /invisible character \(U\+200D\)/],
    ['a byte-order mark inside a source name', { source: 'Example\ufeff Wire' }, 'source.name', /invisible character \(U\+FEFF\)/],
    ['a right-to-left override in a topic', { topics: ['\u202eRussia'] }, 'topics.0', /bidirectional control character \(U\+202E\)/],
    ['a bidi isolate in a title', { title: 'Peace \u2066talks\u2069' }, 'title', /bidirectional control character \(U\+2066\)/],
  ])('refuses %s', (_name, patch, path, message) => {
    const result = articleSchema.safeParse({ ...base, ...patch });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join('.') === path);
    expect(issue?.message).toMatch(message);
  });

  it('lets three lookalike "Russia" topics map to one page or one error each', () => {
    const lookalikes = ['Russia', 'Rus\u200bsia', '\u202eRussia', 'Russi\u0061\u200c'];
    const valid = lookalikes.filter((topic) => articleSchema.safeParse({ ...base, topics: [topic] }).success);
    expect(valid).toEqual(['Russia']);
  });
});

describe('list limits', () => {
  const base = { title: 'T', date: '2026-01-02', author: 'a', source: 'Example Wire' };
  const problemsOf = (data: object) => {
    const result = articleSchema.safeParse({ ...base, ...data });
    return result.success ? [] : issuesToFindings(result.error.issues, { input: { ...base, ...data }, lineOf: () => 1, knownFields: knownArticleFields });
  };

  it.each([
    ['scripture', Array.from({ length: 201 }, (_, i) => `Psalm ${i % 150 + 1}:${Math.floor(i / 150) + 1}`), 200],
    ['quotes', Array.from({ length: 201 }, () => ({ text: 'x', speaker: 'y' })), 200],
    ['topics', Array.from({ length: 31 }, (_, i) => `Topic ${i}`), 30],
  ])('refuses more than the limit of %s', (field, items, max) => {
    const problems = problemsOf({ [field]: items });
    const problem = problems.find((p) => p.field === field);
    expect(problem?.message, JSON.stringify(problems.slice(0, 3))).toContain(`the limit is ${max}`);
    expect(problem?.fix).toBeTruthy();
  });
});

describe('joiners where they do work', () => {
  const base = { title: 'T', date: '2026-01-02', author: 'a', source: 'Example Wire' };
  it.each([['👨‍👩‍👧 Families'], ['می‌خواهم'], ['क्‍ष'], ['🏳️‍🌈 Pride']])('accepts %s', (topic) => {
    expect(articleSchema.safeParse({ ...base, topics: [topic] }).success).toBe(true);
  });
  it.each([['Rus\u200dsia'], ['Rus\u200csia'], ['Russia\u200d'], ['\u200dRussia']])('refuses %j', (topic) => {
    expect(articleSchema.safeParse({ ...base, topics: [topic] }).success).toBe(false);
  });
});

describe('look-alike names (property): visually identical topics make one page or one error', () => {
  const base = { title: 'T', date: '2026-01-02', author: 'a', source: 'Example Wire' };
  const hidden = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u202d', '\u2066', '\u200e', '\u061c');
  it('inserting invisible or bidi characters anywhere never yields a second, different topic', () => {
    fc.assert(
      fc.property(fc.constantFrom('Russia', 'North Korea', 'Middle East', 'Jerusalem'), fc.array(fc.tuple(fc.nat(), hidden), { minLength: 1, maxLength: 3 }), (name, insertions) => {
        let text = name;
        for (const [at, char] of insertions) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + char + text.slice(i);
        }
        const result = articleSchema.safeParse({ ...base, topics: [text] });
        if (result.success) expect(result.data.topics[0]).toBe(name);
      }),
      { numRuns: 500 },
    );
  });

  it('composed and decomposed spellings are one topic', () => {
    fc.assert(
      fc.property(fc.constantFrom('Café', 'Señor', 'Zürich', 'Ångström'), (name) => {
        const composed = articleSchema.parse({ ...base, topics: [name.normalize('NFC')] }).topics[0];
        const decomposed = articleSchema.parse({ ...base, topics: [name.normalize('NFD')] }).topics[0];
        expect(decomposed).toBe(composed);
      }),
    );
  });
});
