import { describe, expect, it } from 'vitest';
import { BOOKS } from '../../../src/lib/scripture/canon.ts';
import { createReferenceFinder } from '../../../src/lib/scripture/find-in-text.ts';
import { formatPassage, formatPassageIn, formatPassagesIn, passageRoute, passageUrl } from '../../../src/lib/scripture/format.ts';
import { GERMAN } from '../../../src/lib/scripture/languages/de.ts';
import { parseReference, parseReferenceIn } from '../../../src/lib/scripture/parse.ts';
import { slugify } from '../../../src/lib/text/slug.ts';

const findGerman = createReferenceFinder(GERMAN);

describe('German references in frontmatter', () => {
  it.each([
    ['Mt 24,6-7', 'Matthäus 24,6–7', 'Matt.24.6-Matt.24.7'],
    ['Offb 13,16–18', 'Offenbarung 13,16–18', 'Rev.13.16-Rev.13.18'],
    ['1. Mose 3,15', '1. Mose 3,15', 'Gen.3.15'],
    ['1Mo 3,15', '1. Mose 3,15', 'Gen.3.15'],
    ['5. Mose 18,15', '5. Mose 18,15', 'Deut.18.15'],
    ['Hes 38–39', 'Hesekiel 38–39', 'Ezek.38-Ezek.39'],
    ['1. Thess 5,3', '1. Thessalonicher 5,3', '1Thess.5.3'],
    ['Ps 122,6', 'Psalm 122,6', 'Ps.122.6'],
    ['Dan 9,24–27', 'Daniel 9,24–27', 'Dan.9.24-Dan.9.27'],
    ['Mt 24,3-8 und Lk 21,8', 'Matthäus 24,3–8; Lukas 21,8', 'Matt.24.3-Matt.24.8 Luke.21.8'],
    ['Sach 14,4', 'Sacharja 14,4', 'Zech.14.4'],
    ['2. Tim 3,1-5', '2. Timotheus 3,1–5', '2Tim.3.1-2Tim.3.5'],
    ['Jesaja 17,1', 'Jesaja 17,1', 'Isa.17.1'],
    ['Matthäus 24,6–7', 'Matthäus 24,6–7', 'Matt.24.6-Matt.24.7'],
    ['Joh 3,16.18', 'Johannes 3,16; 3,18', 'John.3.16 John.3.18'],
    ['Offb 13,1-18; 17,3', 'Offenbarung 13,1–18; 17,3', 'Rev.13.1-Rev.13.18 Rev.17.3'],
    ['Jud 3', 'Judas 3', 'Jude.1.3'],
    ['Ps 120-134', 'Psalmen 120–134', 'Ps.120-Ps.134'],
    ['Mt 24:6', 'Matthäus 24,6', 'Matt.24.6'],
  ])('%s → %s', (written, display, keys) => {
    const result = parseReferenceIn(GERMAN, written);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(formatPassagesIn(GERMAN, result.passages)).toBe(display);
    const osis = result.passages.map((p) => {
      const point = (q: { chapter: number; verse: number | null }) => `${p.book}.${q.chapter}${q.verse === null ? '' : `.${q.verse}`}`;
      return p.start && p.end ? (point(p.start) === point(p.end) ? point(p.start) : `${point(p.start)}-${point(p.end)}`) : p.book;
    });
    expect(osis.join(' ')).toBe(keys);
  });

  it('means the same passages as the English form', () => {
    const pairs = [['Offb 13,16–18', 'Revelation 13:16-18'], ['1. Mose 3,15', 'Genesis 3:15'], ['Hes 38–39', 'Ezekiel 38-39']] as const;
    for (const [german, english] of pairs) {
      expect(parseReferenceIn(GERMAN, german)).toEqual(parseReference(english));
    }
  });

  it('explains errors with German examples and book names', () => {
    expect(parseReferenceIn(GERMAN, 'Lk 21,7-50')).toEqual({ ok: false, message: 'Lukas 21 has 38 verses', fix: 'use a verse from 1 to 38' });
    const unknown = parseReferenceIn(GERMAN, 'Offenbarungg 13,1');
    expect(unknown).toMatchObject({ ok: false, message: 'unknown book "Offenbarungg"', fix: 'did you mean "Offenbarung 13,1"?' });
    const backwards = parseReferenceIn(GERMAN, 'Mt 24,8-6');
    expect(backwards).toMatchObject({ ok: false, fix: 'write the earlier verse first: "Matthäus 24,6–8"' });
    expect(parseReferenceIn(GERMAN, '24,6')).toMatchObject({ ok: false, fix: 'start with the book, e.g. "Joh 3,16"' });
    expect(parseReferenceIn(GERMAN, 'Tobit 1,1')).toMatchObject({ ok: false, message: '"Tobit" is not in the 66-book Protestant canon' });
  });
});

describe('German display and index routes', () => {
  it('names every canon book, with a unique ASCII slug under /bibel/', () => {
    const slugs = BOOKS.map((book) => GERMAN.bookSlug(book));
    expect(new Set(slugs).size).toBe(66);
    for (const slug of slugs) expect(slug).toMatch(/^[1-5]?-?[a-z]+$/);
    expect(slugs.slice(0, 5)).toEqual(['1-mose', '2-mose', '3-mose', '4-mose', '5-mose']);
    expect(slugs).toContain('matthaeus');
    expect(slugs).toContain('1-koenige');
    expect(slugs).toContain('hebraeer');
  });

  it('routes a passage to /bibel/<book>/<chapter>/, English to /scripture/ unchanged', () => {
    const matthew = parseReferenceIn(GERMAN, 'Mt 24,6');
    if (!matthew.ok) throw new Error('parse');
    expect(passageRoute(GERMAN, matthew.passages[0]!)).toBe('/bibel/matthaeus/24/');
    expect(passageUrl(matthew.passages[0]!)).toBe('/scripture/matthew/24/');
    expect(formatPassage(matthew.passages[0]!)).toBe('Matthew 24:6');
    expect(formatPassageIn(GERMAN, { book: 'Ezek', start: null, end: null })).toBe('Hesekiel');
    expect(passageRoute(GERMAN, { book: 'Song', start: null, end: null })).toBe('/bibel/hoheslied/');
    expect(slugify('Matthäus', 'de')).toBe('matthaeus');
  });
});

describe('German references in prose', () => {
  const found = (text: string) => findGerman(text).map((reference) => [reference.text, reference.display]);

  it('finds the issue’s forms', () => {
    expect(found('Wie Jesus in Mt 24,6-7 sagt, und in Offb 13,16–18.')).toEqual([
      ['Mt 24,6-7', 'Matthäus 24,6–7'],
      ['Offb 13,16–18', 'Offenbarung 13,16–18'],
    ]);
    expect(found('Siehe 1. Mose 3,15, Hes 38–39 und 1. Thess 5,3; vgl. Ps 122,6.')).toEqual([
      ['1. Mose 3,15', '1. Mose 3,15'],
      ['Hes 38–39', 'Hesekiel 38–39'],
      ['1. Thess 5,3', '1. Thessalonicher 5,3'],
      ['Ps 122,6', 'Psalm 122,6'],
    ]);
    expect(found('Vgl. Mt 24,3-8 und Lk 21,8.')).toEqual([['Mt 24,3-8', 'Matthäus 24,3–8'], ['Lk 21,8', 'Lukas 21,8']]);
    expect(found('Dan 9,24–27, Sach 14,4, 2. Tim 3,1-5 und Jesaja 17,1')).toEqual([
      ['Dan 9,24–27', 'Daniel 9,24–27'],
      ['Sach 14,4', 'Sacharja 14,4'],
      ['2. Tim 3,1-5', '2. Timotheus 3,1–5'],
      ['Jesaja 17,1', 'Jesaja 17,1'],
    ]);
    expect(found('In Joh 3,16.18 steht es.')).toEqual([['Joh 3,16.18', 'Johannes 3,16; 3,18']]);
    expect(found('Ps 119,105.106 und Matthäus 5.000 Menschen')).toEqual([['Ps 119,105.106', 'Psalm 119,105; 119,106']]);
  });

  it('takes first names for people, not books: Markus Söder, Daniel Günther, Johannes alone', () => {
    expect(found('Markus Söder sagte, die Lage sei ernst.')).toEqual([]);
    expect(found('Daniel Günther meinte dazu nichts.')).toEqual([]);
    expect(found('Johannes war schon da.')).toEqual([]);
    expect(found('Jakobus Meier sagte es.')).toEqual([]);
    expect(found('Es starben Daniel 3 Menschen.')).toEqual([]);
    expect(found('Am 3. Mai um 10:30 Uhr, Mi 3.4. gewählt.')).toEqual([]);
    // With a chapter they are books, as in English.
    expect(found('Markus 13 ist die kleine Apokalypse.')).toEqual([['Markus 13', 'Markus 13']]);
    expect(found('Jakobus 4,14 sagt es.')).toEqual([['Jakobus 4,14', 'Jakobus 4,14']]);
  });

  it('reads a book alone only where the words say it is one, and verses and chapters in context', () => {
    expect(found('Das Buch Daniel ist alt.')).toEqual([['Daniel', 'Daniel']]);
    expect(found('Im Evangelium nach Markus steht es.')).toEqual([['Markus', 'Markus']]);
    expect(found('wie in Sacharja und bei Hesekiel')).toEqual([['Sacharja', 'Sacharja'], ['Hesekiel', 'Hesekiel']]);
    expect(found('Die Offenbarung war groß. Kapitel 3 folgt.')).toEqual([]);
    expect(found('In Daniel 9 der Engel Gabriel; dann Vers 24.')).toEqual([['Daniel 9', 'Daniel 9'], ['Vers 24', 'Daniel 9,24']]);
    expect(found('Johannes 3,16. Dann Kapitel 4, Vers 2.')).toEqual([['Johannes 3,16', 'Johannes 3,16'], ['Kapitel 4, Vers 2', 'Johannes 4,2']]);
  });
});
