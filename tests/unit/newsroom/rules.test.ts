// The newsroom fields and rules: corrections, updates, series, people files; each valid and each way it fails, with the message.
import { describe, expect, it } from 'vitest';
import { articleSchema, personSchema } from '../../../src/schema/index.ts';
import { issuesToFindings } from '../../../src/lib/validation/zod-problems.ts';
import { knownArticleFields } from '../../../src/lib/validation/context.ts';
import { validateContent, type SourceFile } from '../../../src/lib/validation/run.ts';
import { lastUpdated, latestNote, newestFirst } from '../../../src/lib/newsroom/dated-notes.ts';
import { groupSeries } from '../../../src/lib/newsroom/series.ts';
import { groupPeople } from '../../../src/lib/newsroom/people.ts';
import { formatProblem } from '../../../src/lib/validation/problems.ts';

const valid = { title: 'T', date: '2026-06-10', author: 'a', source: 'Example Wire' };

function problemsOf(input: unknown): string[] {
  const result = articleSchema.safeParse(input);
  if (result.success) return [];
  return issuesToFindings(result.error.issues, { input, knownFields: knownArticleFields }).map((p) => `${p.field}: ${p.message} (${p.fix})`);
}

const AUTHOR = { path: 'content/authors/a.md', text: '---\nname: A\n---\nBio.\n' };
/** An article file; its extra frontmatter starts on line 6. */
const file = (id: string, front: string, body = 'Text.'): SourceFile => ({ path: `content/articles/${id}.md`, text: `---\ntitle: ${id}\ndate: 2026-06-10\nauthor: a\nsource: Wire\n${front}---\n${body}\n` });
/** The problems one rule reports over these files, as the terminal prints them. */
function reported(rule: string, articles: SourceFile[], people: SourceFile[] = [], fileExists?: (path: string) => boolean): string[] {
  const result = validateContent({ authors: [AUTHOR], articles, people, ...(fileExists ? { fileExists } : {}) });
  return result.problems.filter((p) => p.rule === rule).map(formatProblem);
}

describe('corrections', () => {
  it('accepts a list of { date, text } and leaves it empty by default', () => {
    expect(articleSchema.parse(valid).corrections).toEqual([]);
    const data = articleSchema.parse({ ...valid, updated: '2026-06-12', corrections: [{ date: new Date('2026-06-12T00:00:00Z'), text: 'Fixed a title.' }] });
    expect(data.corrections).toEqual([{ date: '2026-06-12', text: 'Fixed a title.' }]);
    expect(reported('corrections-dates', [file('x', 'updated: 2026-06-12\ncorrections: [{ date: 2026-06-12, text: Fixed a title. }]\n')])).toEqual([]);
  });

  it.each([
    [{ corrections: [{ date: '2026-06-12' }] }, 'corrections[0].text: is required but missing (say what was corrected, e.g. text: An earlier version gave the wrong date.)'],
    [{ corrections: [{ date: '2026-06-31', text: 'x' }] }, 'corrections[0].date: 2026-06-31 is not a calendar day (June 2026 has 30 days)'],
    [{ corrections: [{ date: '2026-06-12', text: 'x'.repeat(501) }] }, 'corrections[0].text: is 501 characters long; the limit is 500 (shorten it to at most 500 characters)'],
    [{ corrections: [{ date: '2026-06-12', text: 'x', dat: 'y' }] }, 'corrections[0].dat: unknown field "dat" (did you mean "date"?)'],
    [{ corrections: 'Fixed a title' }, 'corrections: expected a list, found text (write a list, e.g. corrections: [{ date: 2026-06-12, text: "An earlier version gave the wrong date." }])'],
  ])('rejects %j', (patch, expected) => {
    expect(problemsOf({ ...valid, ...patch })).toEqual([expected]);
  });

  it('requires updated on or after the latest correction, naming the fix', () => {
    const corrections = 'corrections:\n  - date: 2026-06-12\n    text: a\n  - date: 2026-06-11\n    text: b\n';
    expect(reported('corrections-dates', [file('x', `updated: 2026-06-11\n${corrections}`)])).toEqual([
      'content/articles/x.md:6  updated  is before the latest correction (2026-06-12) (found 2026-06-11)  (fix: set updated: 2026-06-12 (or a later day))  [corrections-dates]',
    ]);
    expect(reported('corrections-dates', [file('x', corrections)])).toEqual([
      'content/articles/x.md:6  updated  is missing, but the article was corrected on 2026-06-12  (fix: add updated: 2026-06-12 (or a later day))  [corrections-dates]',
    ]);
    expect(reported('corrections-dates', [file('x', `updated: 2026-06-12\n${corrections}`)])).toEqual([]);
  });

  it('refuses a correction dated before publication', () => {
    expect(reported('corrections-dates', [file('x', 'updated: 2026-06-10\ncorrections:\n  - date: 2026-06-09\n    text: a\n')])).toEqual([
      'content/articles/x.md:8  corrections[0].date  is before the publication date 2026-06-10 (found 2026-06-09)  (fix: use the day the correction was made, on or after 2026-06-10)  [corrections-dates]',
    ]);
  });

  it('orders newest first, same-day corrections as written', () => {
    const list = [{ date: '2026-01-02', text: 'a' }, { date: '2026-01-05', text: 'b' }, { date: '2026-01-05', text: 'c' }];
    expect(newestFirst(list).map((c) => c.text)).toEqual(['b', 'c', 'a']);
    expect(latestNote(list)?.text).toBe('c');
  });
});

describe('updates', () => {
  it('accepts a list of { date, text } without updated, and leaves it empty by default', () => {
    expect(articleSchema.parse(valid).updates).toEqual([]);
    const data = articleSchema.parse({ ...valid, updates: [{ date: new Date('2026-06-12T00:00:00Z'), text: 'Added the council statement.' }] });
    expect(data.updates).toEqual([{ date: '2026-06-12', text: 'Added the council statement.' }]);
    // Unquoted YAML dates are dates here, not text mistaken for one.
    const files = [file('x', 'updates:\n  - date: 2026-06-12\n    text: Added the council statement.\n'), file('y', 'updated: 2026-06-14\nupdates: [{ date: 2026-06-12, text: Added a map. }]\n')];
    expect(validateContent({ authors: [AUTHOR], articles: files, people: [] }).problems).toEqual([]);
  });

  it.each([
    [{ updates: [{ date: '2026-06-12' }] }, "updates[0].text: is required but missing (say what the update added, e.g. text: Added the ministry's statement issued after publication.)"],
    [{ updates: [{ date: '2026-06-31', text: 'x' }] }, 'updates[0].date: 2026-06-31 is not a calendar day (June 2026 has 30 days)'],
    [{ updates: [{ date: '2026-06-12', text: 'x'.repeat(501) }] }, 'updates[0].text: is 501 characters long; the limit is 500 (shorten it to at most 500 characters)'],
    [{ updates: [{ date: '2026-06-12', text: 'x', dat: 'y' }] }, 'updates[0].dat: unknown field "dat" (did you mean "date"?)'],
    [{ updates: 'Added a map' }, `updates: expected a list, found text (write a list, e.g. updates: [{ date: 2026-06-12, text: "Added the ministry's statement issued after publication." }])`],
  ])('rejects %j', (patch, expected) => {
    expect(problemsOf({ ...valid, ...patch })).toEqual([expected]);
  });

  it('allows at most 50 updates', () => {
    const updates = (n: number) => Array.from({ length: n }, () => ({ date: '2026-06-12', text: 'More.' }));
    expect(articleSchema.safeParse({ ...valid, updates: updates(50) }).success).toBe(true);
    expect(articleSchema.safeParse({ ...valid, updates: updates(51) }).success).toBe(false);
  });

  it('wants a given updated on or after the latest update, and derives it when absent', () => {
    const updates = 'updates:\n  - date: 2026-06-12\n    text: a\n  - date: 2026-06-11\n    text: b\n';
    expect(reported('updates-dates', [file('x', `updated: 2026-06-11\n${updates}`)])).toEqual([
      'content/articles/x.md:6  updated  is before the latest update (2026-06-12) (found 2026-06-11)  (fix: set updated: 2026-06-12 (or a later day), or remove updated: the latest update then counts as the last change)  [updates-dates]',
    ]);
    expect(reported('updates-dates', [file('x', updates)])).toEqual([]);
    expect(reported('updates-dates', [file('x', `updated: 2026-06-12\n${updates}`)])).toEqual([]);
  });

  it('refuses an update dated before publication', () => {
    expect(reported('updates-dates', [file('x', 'updates:\n  - date: 2026-06-11\n    text: a\n  - date: 2026-06-09\n    text: b\n')])).toEqual([
      'content/articles/x.md:9  updates[1].date  is before the publication date 2026-06-10 (found 2026-06-09)  (fix: use the day of the update, on or after 2026-06-10)  [updates-dates]',
    ]);
  });

  it('checks corrections and updates apart: an update does not excuse a correction from updated', () => {
    const front = 'updates:\n  - date: 2026-06-14\n    text: a\ncorrections:\n  - date: 2026-06-12\n    text: b\n';
    expect(reported('corrections-dates', [file('x', front)])).toHaveLength(1);
    expect(reported('updates-dates', [file('x', front)])).toEqual([]);
  });

  it('makes the latest of updated and the updates the last change', () => {
    expect(lastUpdated({})).toBeUndefined();
    expect(lastUpdated({ updated: '2026-06-11', updates: [] })).toBe('2026-06-11');
    expect(lastUpdated({ updates: [{ date: '2026-06-12', text: 'a' }, { date: '2026-06-14', text: 'b' }, { date: '2026-06-13', text: 'c' }] })).toBe('2026-06-14');
    expect(lastUpdated({ updated: '2026-06-20', updates: [{ date: '2026-06-14', text: 'b' }] })).toBe('2026-06-20');
    expect(lastUpdated({ updated: '2026-06-11', updates: [{ date: '2026-06-14', text: 'b' }] })).toBe('2026-06-14');
  });
});

describe('series', () => {
  it('accepts a name or { name, part }', () => {
    expect(articleSchema.parse({ ...valid, series: 'The Watchtower Letters' }).series).toEqual({ name: 'The Watchtower Letters' });
    expect(articleSchema.parse({ ...valid, series: { name: 'The Watchtower Letters', part: 2 } }).series).toEqual({ name: 'The Watchtower Letters', part: 2 });
  });

  it.each([
    [{ series: { name: 'S', part: '2' } }, 'series.part: expected number, found text (write a whole number from 1, e.g. part: 2)'],
    [{ series: { name: 'S', part: 0 } }, 'series.part: 0 is not a part number (write a whole number from 1 to 1000, e.g. part: 2)'],
    [{ series: { name: 'S', part: 1.5 } }, 'series.part: 1.5 is not a part number (write a whole number from 1 to 1000, e.g. part: 2)'],
    [{ series: '!!!' }, 'series.name: has no letters or digits, so the series has no page address (/series/…/) (write the series name, e.g. The Message of Nahum)'],
    [{ series: { part: 1 } }, 'series.name: is required but missing (write the series name, e.g. name: The Message of Nahum)'],
    [{ series: { name: 'S', number: 1 } }, 'series.number: unknown field "number" (known fields: name, part)'],
  ])('rejects %j', (patch, expected) => {
    expect(problemsOf({ ...valid, ...patch })).toEqual([expected]);
  });

  it('names both files when two articles claim one part', () => {
    const files = [
      file('a', 'series: { name: Letters, part: 2 }\n'),
      file('b', 'series: { name: letters, part: 2 }\n'),
      file('c', 'series: { name: Letters, part: 3 }\n'),
      file('d', 'series: Letters\n'),
    ];
    expect(reported('series-duplicate-part', files)).toEqual([
      'content/articles/a.md:6  series.part  part 2 of "Letters" is also claimed by content/articles/b.md (found 2)  (fix: give each article of the series its own part number)  [series-duplicate-part]',
      'content/articles/b.md:6  series.part  part 2 of "letters" is also claimed by content/articles/a.md (found 2)  (fix: give each article of the series its own part number)  [series-duplicate-part]',
    ]);
  });

  it('orders numbered parts by number, unnamed ones by date, and counts the parts', () => {
    const art = (id: string, date: string, part?: number) => ({ id, data: { title: id, date, series: { name: 'Letters', ...(part ? { part } : {}) } } });
    const [series] = groupSeries([art('c', '2026-01-01', 3), art('a', '2026-03-01', 1), art('b', '2026-02-01', 2), { id: 'x', data: { title: 'x', date: '2026-01-01' } }]);
    expect(series!.slug).toBe('letters');
    expect(series!.parts.map((p) => `${p.number}:${p.article.id}`)).toEqual(['1:a', '2:b', '3:c']);
    expect(series!.total).toBe(3);
    const [byDate] = groupSeries([art('late', '2026-05-01'), art('early', '2026-04-01')]);
    expect(byDate!.parts.map((p) => `${p.number}:${p.article.id}`)).toEqual(['1:early', '2:late']);
  });
});

describe('people quoted', () => {
  const quote = (speaker: string, extra: Record<string, string> = {}) => ({ text: 'x', speaker, ...extra });
  const articles = [
    { id: 'one', file: 'content/articles/one.md', data: { title: 'One', date: '2026-01-01', quotes: [quote('Mason Richey', { role: 'Professor' }), quote('A. Minister')] } },
    { id: 'two', file: 'content/articles/two.md', data: { title: 'Two', date: '2026-03-01', quotes: [quote('Mason Richey', { date: '2026-02-27' })] } },
    { id: 'three', file: 'content/articles/three.md', data: { title: 'Three', date: '2026-02-01', quotes: [quote('Mason Ritchey'), quote('B. Minister')] } },
  ];

  it('accepts a person file and rejects one without a name', () => {
    expect(personSchema.parse({ name: 'Mason Richey' })).toEqual({ name: 'Mason Richey', aliases: [] });
    expect(personSchema.safeParse({ aliases: ['x'] }).success).toBe(false);
    expect(personSchema.safeParse({ name: 'M', url: 'ftp://x' }).success).toBe(false);
  });

  it('gives each speaker a person with their quotes newest first', () => {
    const people = groupPeople(articles, []);
    expect(people.map((p) => `${p.slug}:${p.quotes.length}`)).toEqual(['a-minister:1', 'b-minister:1', 'mason-richey:2', 'mason-ritchey:1']);
    expect(people[2]!.quotes.map((q) => `${q.article.id}@${q.date}`)).toEqual(['two@2026-02-27', 'one@2026-01-01']);
    expect(people[2]!.quotes[1]!.role).toBe('Professor');
  });

  it('sorts by the name without honorifics and gives speakers who are not named no page', () => {
    const quoted = [{ id: 'four', file: 'content/articles/four.md', data: { title: 'Four', date: '2026-01-01', quotes: [quote('Rev. Anna Abbott'), quote('Mason Richey'), quote('An unnamed delegate'), quote('officials'), quote('Dr Zara Young'), quote('Carla Baker'), quote('a spokesperson')] } }];
    expect(groupPeople(quoted, []).map((p) => p.name)).toEqual(['Rev. Anna Abbott', 'Carla Baker', 'Mason Richey', 'Dr Zara Young']);
    // A person file makes even a description a person with a page.
    const file = { id: 'a-spokesperson', data: { name: 'a spokesperson', aliases: [] } };
    expect(groupPeople(quoted, [file]).map((p) => p.slug)).toContain('a-spokesperson');
  });

  it('merges spellings through a person file', () => {
    const file = { id: 'mason-richey', data: { name: 'Mason Richey', aliases: ['Mason Ritchey'], description: 'Professor' } };
    const people = groupPeople(articles, [file]);
    const mason = people.find((p) => p.slug === 'mason-richey')!;
    expect(mason.quotes.map((q) => q.article.id)).toEqual(['two', 'three', 'one']);
    expect(mason.file).toBe(file);
    expect(people.some((p) => p.slug === 'mason-ritchey')).toBe(false);
  });

  const quoting = (id: string, date: string, speakers: string[]) =>
    file(id, `quotes:\n${speakers.map((speaker) => `  - text: Text\n    speaker: ${speaker}\n`).join('')}`.replace('date: 2026-06-10', `date: ${date}`));
  const quotingFiles = [quoting('one', '2026-01-01', ['Mason Richey', 'A. Minister']), quoting('two', '2026-03-01', ['Mason Richey']), quoting('three', '2026-02-01', ['Mason Ritchey', 'B. Minister'])];
  const personFile = (id: string, front: string): SourceFile => ({ path: `content/people/${id}.md`, text: `---\n${front}---\n` });

  it('suggests merging near-identical speakers, not different people with one surname', () => {
    expect(reported('people-near-duplicate', quotingFiles)).toEqual([
      'content/articles/three.md  quotes[0].speaker  suggestion: looks like "Mason Richey" (quoted in content/articles/one.md); as written they get two people pages (found "Mason Ritchey")  (fix: if they are one person, write the name the same way, or add content/people/mason-richey.md with name: Mason Richey and aliases: [Mason Ritchey])  [people-near-duplicate]',
    ]);
    expect(reported('people-near-duplicate', quotingFiles, [personFile('mason-richey', 'name: Mason Richey\naliases: [Mason Ritchey]\n')])).toEqual([]);
  });

  it('refuses two person files claiming one spelling', () => {
    const people = [personFile('mason-richey', 'name: Mason Richey\n'), personFile('m-ritchey', 'name: M. Ritchey\naliases: [Mason Richey]\n')];
    const result = validateContent({ authors: [AUTHOR], articles: [], people });
    expect(result.problems.filter((p) => p.rule === 'people-name-clash').map(formatProblem)).toEqual([
      'content/people/m-ritchey.md  aliases[0]  "Mason Richey" already names content/people/mason-richey.md, so quotes by it cannot go to both (found "Mason Richey")  (fix: keep the spelling in one person file only (merge the two files if they are one person))  [people-name-clash]',
    ]);
    // The clashing file is not a person the pages can use.
    expect(result.people.map((p) => p.id)).toEqual(['mason-richey']);
  });
});

describe('lead image', () => {
  const image = { src: './photo.jpg', alt: 'Gates at low tide' };
  const exists = (path: string) => path === 'content/articles/2026/photo.jpg';

  it('accepts { src, alt, caption?, credit?, license? } with a picture beside the article', () => {
    expect(articleSchema.parse({ ...valid, image: { ...image, caption: 'C', credit: 'Photo: A', license: 'CC BY 4.0' } }).image).toEqual({ ...image, caption: 'C', credit: 'Photo: A', license: 'CC BY 4.0' });
    expect(reported('lead-image-src', [{ ...file('x', 'image: { src: ./photo.jpg, alt: Gates }\n'), path: 'content/articles/2026/x.md' }], [], exists)).toEqual([]);
  });

  it.each([
    [{ image: { src: './photo.jpg' } }, 'image.alt: is required but missing (describe what the picture shows, e.g. alt: Flood barrier gates at low tide)'],
    [{ image: { src: './photo.jpg', alt: '  ' } }, 'image.alt: must not be empty (describe what the picture shows, e.g. alt: Flood barrier gates at low tide)'],
    [{ image: { alt: 'x' } }, 'image.src: is required but missing (write the path of the picture beside the article, e.g. src: ./photo.jpg)'],
    [{ image: { ...image, credits: 'x' } }, 'image.credits: unknown field "credits" (did you mean "credit"?)'],
  ])('rejects %j', (patch, expected) => {
    expect(problemsOf({ ...valid, ...patch })).toEqual([expected]);
  });

  it.each([
    ['https://cdn.example.org/p.jpg', "is an address on another site: readers' browsers would fetch it from there"],
    ['//cdn.example.org/p.jpg', "is an address on another site: readers' browsers would fetch it from there"],
    ['/images/p.jpg', 'is an absolute path; the picture is found relative to the article'],
    ['./notes.txt', 'is not a picture file'],
    ['./missing.jpg', 'no such file (looked for content/articles/2026/missing.jpg)'],
    ['../../../../outside.jpg', 'no such file (looked for a path outside the project)'],
  ])('refuses src %s', (src, message) => {
    const result = validateContent({ authors: [AUTHOR], articles: [{ ...file('x', `updated: 2026-06-10\nimage:\n  alt: Gates\n  src: "${src}"\n`), path: 'content/articles/2026/x.md' }], fileExists: exists });
    expect(result.problems.map((p) => [p.rule, p.line, p.field, p.message])).toEqual([['lead-image-src', 9, 'image.src', message]]);
  });

  it('is checked outside the cache, so deleting the picture is reported on the next run', () => {
    const files = { authors: [{ path: 'content/authors/a.md', text: '---\nname: A\n---\n' }], articles: [{ path: 'content/articles/x.md', text: '---\ntitle: X\ndate: 2026-06-10\nauthor: a\nsource: Wire\nimage: { src: ./p.jpg, alt: A picture }\n---\nText.\n' }] };
    const store = new Map<string, unknown>();
    const cache = { get: (key: string) => store.get(key), set: (key: string, value: unknown) => void store.set(key, value) } as never;
    expect(validateContent({ ...files, fileExists: (p) => p === 'content/articles/p.jpg' }, { cache }).problems).toEqual([]);
    expect(store.size).toBe(1);
    expect(validateContent({ ...files, fileExists: () => false }, { cache }).problems.map(formatProblem)).toEqual([
      'content/articles/x.md:6  image.src  no such file (looked for content/articles/p.jpg) (found "./p.jpg")  (fix: check the file name and its folder: the path is relative to the article)  [lead-image-src]',
    ]);
  });
});

describe('validateContent runs the newsroom rules', () => {
  const author = { path: 'content/authors/a.md', text: '---\nname: A\n---\nBio.\n' };
  const article = (id: string, front: string, body = 'Text.') => ({ path: `content/articles/${id}.md`, text: `---\ntitle: ${id}\ndate: 2026-06-10\nauthor: a\nsource: Wire\n${front}---\n${body}\n` });

  it('reports correction dates with the line, duplicate series parts across files, and bad person files', () => {
    const result = validateContent({
      authors: [author],
      articles: [
        article('fixed', 'updated: 2026-06-11\ncorrections:\n  - date: 2026-06-12\n    text: Fixed.\n'),
        article('p1', 'series: { name: Letters, part: 1 }\n'),
        article('p1b', 'series: { name: Letters, part: 1 }\n'),
      ],
      people: [{ path: 'content/people/x.md', text: '---\nnme: X\n---\n' }],
    });
    expect(result.problems.map(formatProblem).sort()).toEqual([
      'content/articles/fixed.md:6  updated  is before the latest correction (2026-06-12) (found 2026-06-11)  (fix: set updated: 2026-06-12 (or a later day))  [corrections-dates]',
      'content/articles/p1.md:6  series.part  part 1 of "Letters" is also claimed by content/articles/p1b.md (found 1)  (fix: give each article of the series its own part number)  [series-duplicate-part]',
      'content/articles/p1b.md:6  series.part  part 1 of "Letters" is also claimed by content/articles/p1.md (found 1)  (fix: give each article of the series its own part number)  [series-duplicate-part]',
      'content/people/x.md:2  name  is required but missing  (fix: add the display name, e.g. name: Jane Doe)  [frontmatter-schema]',
      'content/people/x.md:2  nme  unknown field "nme"  (fix: did you mean "name"?)  [unknown-field]',
    ]);
  });
});
