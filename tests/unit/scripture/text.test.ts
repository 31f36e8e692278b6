import { describe, expect, it } from 'vitest';
import { passageText, toVerseText } from '../../../src/lib/scripture/text.ts';
import { parseReference } from '../../../src/lib/scripture/parse.ts';
import type { Passage } from '../../../src/lib/scripture/types.ts';

function one(input: string): Passage {
  const result = parseReference(input);
  if (!result.ok || result.passages.length !== 1 || !result.passages[0]) throw new Error(`${input} is not one passage`);
  return result.passages[0];
}

describe('passageText', () => {
  it('gives John 3:16 without its paragraph mark', () => {
    const { verses, truncated } = passageText(one('John 3:16'));
    expect(truncated).toBe(false);
    expect(verses).toHaveLength(1);
    expect(verses[0]).toMatchObject({
      chapter: 3,
      verse: 16,
      paragraph: true,
      text: 'For God so loved the world, that he gave his only begotten Son, that whosoever believeth in him should not perish, but have everlasting life.',
    });
  });

  it('marks supplied words as segments and keeps them, unbracketed, in the plain text', () => {
    const { verses } = passageText(one('Luke 21:7'));
    expect(verses[0]?.segments).toEqual([
      { text: 'And they asked him, saying, Master, but when shall these things be? and what sign ', supplied: false },
      { text: 'will there be', supplied: true },
      { text: ' when these things shall come to pass?', supplied: false },
    ]);
    expect(verses[0]?.text).toBe(
      'And they asked him, saying, Master, but when shall these things be? and what sign will there be when these things shall come to pass?',
    );
    expect(verses[0]?.paragraph).toBe(false);
  });

  it('gives two verses for Luke 21:7-8', () => {
    const { verses, truncated } = passageText(one('Luke 21:7-8'));
    expect(verses.map((v) => `${v.chapter}:${v.verse}`)).toEqual(['21:7', '21:8']);
    expect(truncated).toBe(false);
  });

  it('crosses chapters', () => {
    const { verses } = passageText(one('Daniel 7:27-8:2'));
    expect(verses.map((v) => `${v.chapter}:${v.verse}`)).toEqual(['7:27', '7:28', '8:1', '8:2']);
  });

  it('gives a whole chapter, and stops at maxVerses', () => {
    expect(passageText(one('Psalm 117')).verses).toHaveLength(2);
    expect(passageText(one('Luke 21')).verses).toHaveLength(38);
    const cut = passageText(one('Luke 21'), { maxVerses: 5 });
    expect(cut.verses.map((v) => v.verse)).toEqual([1, 2, 3, 4, 5]);
    expect(cut.truncated).toBe(true);
    expect(passageText(one('Luke 21:7-8'), { maxVerses: 2 }).truncated).toBe(false);
  });

  it('reads the Song of Solomon under its 1769 title and single-chapter books by verse', () => {
    expect(passageText(one('Song of Solomon 2:1')).verses[0]?.text).toMatch(/^I am the rose of Sharon/);
    expect(passageText(one('Jude 3')).verses[0]?.text).toMatch(/^Beloved, when I gave all diligence/);
    expect(passageText(one('Revelation 22:21')).verses[0]?.text).toBe('The grace of our Lord Jesus Christ be with you all. Amen.');
  });

  it('returns no text for a whole book', () => {
    expect(passageText(one('Ezekiel'))).toEqual({ verses: [], truncated: true });
  });
});

describe('toVerseText', () => {
  it('handles a verse that is all supplied words at the start', () => {
    expect(toVerseText(1, 1, '[Our] friends salute thee.').segments).toEqual([
      { text: 'Our', supplied: true },
      { text: ' friends salute thee.', supplied: false },
    ]);
  });
});
