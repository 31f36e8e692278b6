// What a verse box shows and where a reference leads (src/lib/scripture/verse-preview.ts).
import { describe, expect, it } from 'vitest';
import { boxText, printedVerseKeys, referenceRoute, verseKey } from '../../../src/lib/scripture/verse-preview.ts';
import { parseReference, parseReferenceIn, type Passage } from '../../../src/lib/scripture/parse.ts';
import { ENGLISH } from '../../../src/lib/scripture/languages/en.ts';
import { GERMAN } from '../../../src/lib/scripture/languages/de.ts';
import { KJV, LUTHER_1912 } from '../../../src/lib/scripture/verse-source.ts';

function passages(reference: string): Passage[] {
  const parsed = parseReference(reference);
  if (!parsed.ok) throw new Error(reference);
  return parsed.passages;
}

describe('verse boxes', () => {
  it('keys a verse by its OSIS id', () => {
    expect(verseKey('1Thess', 5, 3)).toBe('1Thess.5.3');
  });

  it('prints a verse\'s words once: the first box prints them, later boxes point at them', () => {
    const printed = new Set<string>();
    const first = boxText(passages('Luke 21:7-8'), KJV, ENGLISH, printed, 4)!;
    expect(first.verses.map((v) => [v.key, v.label, v.elsewhere])).toEqual([
      ['Luke.21.7', '7', false],
      ['Luke.21.8', '8', false],
    ]);
    expect(first.verses[0]!.verse.text).toMatch(/^And they asked him/);
    const second = boxText(passages('Luke 21:8-9'), KJV, ENGLISH, printed, 4)!;
    expect(second.verses.map((v) => [v.key, v.elsewhere])).toEqual([
      ['Luke.21.8', true],
      ['Luke.21.9', false],
    ]);
    expect([...printed]).toEqual(['Luke.21.7', 'Luke.21.8', 'Luke.21.9']);
  });

  it('treats the verses "Scripture cited" prints as printed, whole books aside', () => {
    const keys = printedVerseKeys([...passages('Matthew 24:6-7'), ...passages('Ezekiel')], KJV, 200);
    expect([...keys]).toEqual(['Matt.24.6', 'Matt.24.7']);
    // Only as many verses as the list prints of a passage.
    expect(printedVerseKeys(passages('Psalm 119'), KJV, 3).size).toBe(3);
    const box = boxText(passages('Matthew 24:7'), KJV, ENGLISH, keys, 4)!;
    expect(box.verses.map((v) => v.elsewhere)).toEqual([true]);
  });

  it('shows at most maxVerses verses, across passages, and says when it cut some', () => {
    const box = boxText(passages('Revelation 13:1-18; 17:3'), KJV, ENGLISH, new Set(), 4)!;
    expect(box.verses).toHaveLength(4);
    expect(box.truncated).toBe(true);
    expect(boxText(passages('John 3:16'), KJV, ENGLISH, new Set(), 4)!.truncated).toBe(false);
  });

  it('labels verses with their chapter when a box spans chapters, in the edition\'s form', () => {
    const box = boxText(passages('Daniel 7:28-8:1'), KJV, ENGLISH, new Set(), 4)!;
    expect(box.verses.map((v) => v.label)).toEqual(['7:28', '8:1']);
    const german = boxText(passages('Daniel 7:28-8:1'), KJV, GERMAN, new Set(), 4)!;
    expect(german.verses.map((v) => v.label)).toEqual(['7,28', '8,1']);
  });

  it('has no text where the edition has none, and marks nothing printed', () => {
    const printed = new Set<string>();
    expect(boxText(passages('Luke 21:7'), LUTHER_1912, GERMAN, printed, 4)).toBeUndefined();
    expect(printed.size).toBe(0);
    expect(printedVerseKeys(passages('Luke 21:7'), LUTHER_1912, 200).size).toBe(0);
  });
});

describe('a reference\'s address', () => {
  it('is its chapter page at its first verse when the edition has text', () => {
    expect(referenceRoute(ENGLISH, passages('Matthew 24:6-7')[0]!, true)).toBe('/scripture/matthew/24/#v6');
    expect(referenceRoute(ENGLISH, passages('Daniel 7:1-8:2')[0]!, true)).toBe('/scripture/daniel/7/#v1');
  });

  it('is the chapter page alone for a whole chapter, or without text (no verse anchors there)', () => {
    expect(referenceRoute(ENGLISH, passages('Matthew 24')[0]!, true)).toBe('/scripture/matthew/24/');
    const german = parseReferenceIn(GERMAN, 'Mt 24,6');
    if (!german.ok) throw new Error('Mt 24,6');
    expect(referenceRoute(GERMAN, german.passages[0]!, false)).toBe('/bibel/matthaeus/24/');
  });

  it('is the book page for a whole book', () => {
    expect(referenceRoute(ENGLISH, passages('Ezekiel')[0]!, true)).toBe('/scripture/ezekiel/');
  });
});
