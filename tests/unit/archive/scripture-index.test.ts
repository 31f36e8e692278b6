// The scripture index: books in canonical order, chapters, whole-book citations, counts and passage text layout.
import { describe, expect, it } from 'vitest';
import { buildScriptureIndex, chapterLabel, chaptersOf, citedVerseRuns, firstVerseIn, passageReading, scriptureUrl, type PassageReading } from '../../../src/lib/archive/scripture-index.ts';
import { bookById, formatPassage, formatPassages, GERMAN, parseReference, type Passage } from '../../../src/lib/scripture/index.ts';
import { LUTHER_1912 } from '../../../src/lib/scripture/verse-source.ts';

function passages(reference: string): Passage[] {
  const result = parseReference(reference);
  if (!result.ok) throw new Error(`${reference}: ${result.message}`);
  return result.passages;
}

function article(id: string, date: string, references: string[]) {
  return {
    id,
    data: {
      title: `Title of ${id}`,
      date,
      scripture: references.map((reference) => {
        const parsed = passages(reference);
        return { reference, display: formatPassages(parsed), passages: parsed };
      }),
    },
  };
}

const articles = [
  article('signs', '2025-03-01', ['Luke 21:7-8', 'Matthew 24:6–7']),
  article('gog', '2025-01-10', ['Ezekiel', 'Ezekiel 38:1-9', 'Luke 21:9']),
  article('beasts', '2025-05-01', ['Daniel 7:1-8:2', 'Revelation 13:1-18; 17:3']),
  article('discourse', '2024-12-01', ['Matthew 24-25', 'Matthew 24:6']),
  article('no-scripture', '2025-06-01', []),
];

describe('buildScriptureIndex', () => {
  const index = buildScriptureIndex(articles);
  const book = (name: string) => index.books.find((entry) => entry.book.name === name)!;
  const ids = (list: { id: string }[]) => list.map((a) => a.id);

  it('lists only cited books, in canonical order, with distinct-article counts', () => {
    expect(index.books.map((entry) => [entry.book.name, entry.articles.length])).toEqual([
      ['Ezekiel', 1],
      ['Daniel', 1],
      ['Matthew', 2],
      ['Luke', 2],
      ['Revelation', 1],
    ]);
    expect(index.articleCount).toBe(4);
    expect(book('Luke').url).toBe('/scripture/luke/');
  });

  it('splits the books by testament, Old first, and leaves out an empty testament', () => {
    expect(index.testaments.map((t) => [t.testament, t.books.map((entry) => entry.book.slug)])).toEqual([
      ['OT', ['ezekiel', 'daniel']],
      ['NT', ['matthew', 'luke', 'revelation']],
    ]);
    expect(buildScriptureIndex([articles[0]!]).testaments.map((t) => t.testament)).toEqual(['NT']);
    expect(buildScriptureIndex([])).toEqual({ books: [], testaments: [], articleCount: 0 });
  });

  it('keeps whole-book citations apart from the chapters', () => {
    const ezekiel = book('Ezekiel');
    expect(ezekiel.wholeBook.map((c) => [c.article.id, c.passages.map(formatPassage)])).toEqual([['gog', ['Ezekiel']]]);
    expect(ezekiel.chapters.map((c) => [c.chapter, c.label, c.url])).toEqual([[38, 'Ezekiel 38', '/scripture/ezekiel/38/']]);
    expect(ezekiel.chapters[0]!.citing[0]!.passages.map(formatPassage)).toEqual(['Ezekiel 38:1–9']);
    expect(book('Luke').wholeBook).toEqual([]);
  });

  it('lists a verse range under the book and its chapter: Matthew 24:6–7 under Matthew and Matthew 24', () => {
    const matthew = book('Matthew');
    expect(ids(matthew.articles)).toContain('signs');
    const chapter24 = matthew.chapters.find((c) => c.chapter === 24)!;
    expect(chapter24.citing.find((c) => c.article.id === 'signs')!.passages.map(formatPassage)).toEqual(['Matthew 24:6–7']);
  });

  it('lists a cross-chapter range and a chapter range under every chapter they touch', () => {
    expect(book('Daniel').chapters.map((c) => [c.chapter, ids(c.citing.map((x) => x.article))])).toEqual([
      [7, ['beasts']],
      [8, ['beasts']],
    ]);
    expect(book('Matthew').chapters.map((c) => c.chapter)).toEqual([24, 25]);
    expect(ids(book('Matthew').chapters[1]!.citing.map((c) => c.article))).toEqual(['discourse']);
  });

  it('gives each (article, chapter) its passages there, in canonical order, each once', () => {
    const chapter24 = book('Matthew').chapters[0]!;
    expect(chapter24.citing.map((c) => [c.article.id, c.passages.map(formatPassage)])).toEqual([
      ['signs', ['Matthew 24:6–7']],
      ['discourse', ['Matthew 24–25', 'Matthew 24:6']],
    ]);
    const twice = buildScriptureIndex([article('twice', '2025-01-01', ['Luke 21:9', 'Luke 21:9', 'Luke 21:1'])]);
    expect(twice.books[0]!.chapters[0]!.citing[0]!.passages.map(formatPassage)).toEqual(['Luke 21:1', 'Luke 21:9']);
    const revelation = book('Revelation');
    expect(revelation.chapters.map((c) => c.chapter)).toEqual([13, 17]);
  });

  it('sorts articles newest first within a book and a chapter, then by title and id', () => {
    expect(ids(book('Luke').articles)).toEqual(['signs', 'gog']);
    expect(ids(book('Luke').chapters[0]!.citing.map((c) => c.article))).toEqual(['signs', 'gog']);
    const sameDay = buildScriptureIndex([article('b', '2025-01-01', ['Jude 3']), article('a', '2025-01-01', ['Jude 4'])]);
    expect(ids(sameDay.books[0]!.articles)).toEqual(['a', 'b']);
  });

  it('files a single-chapter book by its only chapter, as passageUrl does', () => {
    const jude = buildScriptureIndex([article('j', '2025-01-01', ['Jude 3'])]).books[0]!;
    expect(jude.chapters.map((c) => [c.chapter, c.label, c.url])).toEqual([[1, 'Jude 1', '/scripture/jude/1/']]);
  });
});

describe('chaptersOf and chapterLabel', () => {
  it.each([
    ['Ezekiel', []],
    ['Luke 21', [21]],
    ['Luke 21:7-8', [21]],
    ['Daniel 7:1-8:2', [7, 8]],
    ['Matthew 24-25', [24, 25]],
  ])('%s touches chapters %j', (reference, chapters) => {
    expect(chaptersOf(passages(reference)[0]!)).toEqual(chapters);
  });

  it('names one psalm "Psalm"', () => {
    expect(chapterLabel(bookById('Ps')!, 2)).toBe('Psalm 2');
    expect(chapterLabel(bookById('1John')!, 3)).toBe('1 John 3');
  });
});

describe('passageReading', () => {
  const read = (reference: string, options?: { collapseAfter?: number; maxVerses?: number }): PassageReading | undefined => {
    const reading = passageReading(passages(reference)[0]!, options);
    if (reading && 'kind' in reading) throw new Error('the KJV has text');
    return reading;
  };

  it('gives verse numbers and marks the supplied words', () => {
    const reading = read('Luke 21:7-8')!;
    expect(reading.verseCount).toBe(2);
    expect(reading.collapsed).toBe(false);
    const verses = reading.paragraphs.flat();
    expect(verses.map((v) => v.label)).toEqual(['7', '8']);
    expect(verses[0]!.segments).toContainEqual({ text: 'will there be', supplied: true });
  });

  it('collapses passages longer than collapseAfter verses', () => {
    expect(read('Luke 21:7-9')!.collapsed).toBe(false);
    expect(read('Luke 21:7-10')!.collapsed).toBe(true);
    expect(read('Luke 21:7-8', { collapseAfter: 1 })!.collapsed).toBe(true);
  });

  it('puts the chapter in the verse number where a range crosses chapters', () => {
    const labels = read('Daniel 7:27-8:2')!.paragraphs.flat().map((v) => v.label);
    expect(labels).toEqual(['7:27', '28', '8:1', '2']);
  });

  it('starts a new paragraph where the 1769 text marks one', () => {
    // Matthew 24:1 and 24:3 begin paragraphs in the 1769 text.
    const reading = read('Matthew 24:1-4')!;
    expect(reading.paragraphs.length).toBeGreaterThan(1);
    expect(reading.paragraphs.flat().map((v) => v.label)).toEqual(['1', '2', '3', '4']);
  });

  it('stops at maxVerses and says so; a whole book has no text', () => {
    const reading = read('Psalm 119', { maxVerses: 10 })!;
    expect([reading.verseCount, reading.truncated]).toEqual([10, true]);
    expect(read('Ezekiel')).toBeUndefined();
  });
});

describe('the scripture index in German', () => {
  const index = buildScriptureIndex(articles, GERMAN);
  const entry = (id: string) => index.books.find((candidate) => candidate.book.id === id)!;

  it('names books and chapters the German way, under /bibel/ with German slugs', () => {
    expect(index.books.map((candidate) => candidate.name)).toEqual(['Hesekiel', 'Daniel', 'Matthäus', 'Lukas', 'Offenbarung']);
    expect(entry('Matt').url).toBe('/bibel/matthaeus/');
    expect(entry('Matt').chapters.map((chapter) => [chapter.label, chapter.url])).toEqual([
      ['Matthäus 24', '/bibel/matthaeus/24/'],
      ['Matthäus 25', '/bibel/matthaeus/25/'],
    ]);
    expect(chapterLabel(bookById('Ps')!, 2, GERMAN)).toBe('Psalm 2');
    expect(chapterLabel(bookById('1John')!, 3, GERMAN)).toBe('1. Johannes 3');
    expect(chapterLabel(bookById('Gen')!, 3, GERMAN)).toBe('1. Mose 3');
    expect(scriptureUrl(bookById('Jude')!, 1, GERMAN)).toBe('/bibel/judas/1/');
    expect(scriptureUrl(bookById('Gen')!, undefined, GERMAN)).toBe('/bibel/1-mose/');
  });

  it('counts the same articles in every language', () => {
    const english = buildScriptureIndex(articles);
    expect(index.books.map((candidate) => [candidate.book.id, candidate.articles.length, candidate.chapters.map((chapter) => chapter.citing.length)])).toEqual(
      english.books.map((candidate) => [candidate.book.id, candidate.articles.length, candidate.chapters.map((chapter) => chapter.citing.length)]),
    );
  });

  it('gives no English text for a translation the site has no text of, and says which one is missing', () => {
    const reading = passageReading(passages('Matthew 24:6-7')[0]!, { verses: LUTHER_1912, language: GERMAN });
    expect(reading).toEqual({ kind: 'no-text', translation: LUTHER_1912.translation });
    expect(citedVerseRuns(bookById('Matt')!, 24, [{ passages: passages('Matthew 24:6-7') }], LUTHER_1912)).toEqual([]);
  });
});

describe('citedVerseRuns and firstVerseIn', () => {
  const daniel = bookById('Dan')!;
  it('prints each cited verse of a chapter once, in runs, however many articles cite it', () => {
    const citing = [{ passages: passages('Daniel 7:1-8:2') }, { passages: passages('Daniel 8:5') }, { passages: passages('Daniel 8:6-7; 8:5-6') }, { passages: passages('Daniel 8:27') }];
    const runs = citedVerseRuns(daniel, 8, citing);
    expect(runs.map((run) => [run.first, run.last, run.paragraphs.flat().map((verse) => verse.label)])).toEqual([
      [1, 2, ['1', '2']],
      [5, 7, ['5', '6', '7']],
      [27, 27, ['27']],
    ]);
    expect(citedVerseRuns(bookById('Luke')!, 21, [{ passages: passages('Luke 21') }, { passages: passages('Luke 21:7') }]).map((run) => [run.first, run.last])).toEqual([[1, 38]]);
    expect(citedVerseRuns(daniel, 9, citing)).toEqual([]);
  });

  it('finds where a passage starts inside a chapter', () => {
    expect(firstVerseIn(passages('Daniel 7:1-8:2')[0]!, 8)).toBe(1);
    expect(firstVerseIn(passages('Daniel 8:5')[0]!, 8)).toBe(5);
    expect(firstVerseIn(passages('Daniel 8')[0]!, 8)).toBe(1);
  });
});
