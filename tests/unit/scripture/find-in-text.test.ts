import { describe, expect, it } from 'vitest';
import { findReferencesInText } from '../../../src/lib/scripture/find-in-text.ts';

/** Each found reference as `[text as written, display]`. */
function found(text: string, context?: { book?: string; chapter?: number }): Array<[string, string]> {
  return findReferencesInText(text, context).map((reference) => [reference.text, reference.display]);
}

// [prose, the references in it as [matched text, display]]; [] = nothing may be found.
const cases: Array<[string, Array<[string, string]>]> = [
  // --- what must be found -----------------------------------------------------------------------
  ['as Jesus warned (Luke 21:7-8).', [['Luke 21:7-8', 'Luke 21:7–8']]],
  ['Luke 21:7–8', [['Luke 21:7–8', 'Luke 21:7–8']]],
  ['the whole of Matthew 24 is', [['Matthew 24', 'Matthew 24']]],
  ['Daniel 9:27, where', [['Daniel 9:27', 'Daniel 9:27']]],
  ['straight to Daniel\n9:27, where', [['Daniel\n9:27', 'Daniel 9:27']]],
  ['(1 Thess. 5:3)', [['1 Thess. 5:3', '1 Thessalonians 5:3']]],
  ['1 Thessalonians 5:1-3', [['1 Thessalonians 5:1-3', '1 Thessalonians 5:1–3']]],
  ['1Thess 5:3', [['1Thess 5:3', '1 Thessalonians 5:3']]],
  ['Rev 13:16-17', [['Rev 13:16-17', 'Revelation 13:16–17']]],
  ['Rev 13', [['Rev 13', 'Revelation 13']]],
  ['Revelation 13:1-18; 17:3', [['Revelation 13:1-18; 17:3', 'Revelation 13:1–18; 17:3']]],
  ['Matthew 24:6, 7', [['Matthew 24:6, 7', 'Matthew 24:6; 24:7']]],
  ['Matthew 24:6,7', [['Matthew 24:6,7', 'Matthew 24:6; 24:7']]],
  ['Psalm 2', [['Psalm 2', 'Psalm 2']]],
  ['Ps 2', [['Ps 2', 'Psalm 2']]],
  ['Psalm 119:105', [['Psalm 119:105', 'Psalm 119:105']]],
  ['Song of Solomon 2:1', [['Song of Solomon 2:1', 'Song of Solomon 2:1']]],
  ['Song of Songs 2:1', [['Song of Songs 2:1', 'Song of Solomon 2:1']]],
  ['Jude 3', [['Jude 3', 'Jude 3']]],
  ['Obadiah 15', [['Obadiah 15', 'Obadiah 15']]],
  ['3 John 4', [['3 John 4', '3 John 4']]],
  ['Job 3:1', [['Job 3:1', 'Job 3:1']]],
  ['Acts 1:7', [['Acts 1:7', 'Acts 1:7']]],
  ['Phil 4:13', [['Phil 4:13', 'Philippians 4:13']]],
  ['Gen 3:15', [['Gen 3:15', 'Genesis 3:15']]],
  ['Dan. 2:41-43', [['Dan. 2:41-43', 'Daniel 2:41–43']]],
  ['Matt. 24:14', [['Matt. 24:14', 'Matthew 24:14']]],
  ['Mt 24:3', [['Mt 24:3', 'Matthew 24:3']]],
  ['Lk 21:25', [['Lk 21:25', 'Luke 21:25']]],
  ['II Kings 2:11', [['II Kings 2:11', '2 Kings 2:11']]],
  ['I John 2:18', [['I John 2:18', '1 John 2:18']]],
  ['First Corinthians 15', [['First Corinthians 15', '1 Corinthians 15']]],
  ['Luke 21:37-22:1', [['Luke 21:37-22:1', 'Luke 21:37–22:1']]],
  ['Ezekiel 38–39', [['Ezekiel 38–39', 'Ezekiel 38–39']]],
  ['Daniel 9:24-27; 12:1', [['Daniel 9:24-27; 12:1', 'Daniel 9:24–27; 12:1']]],
  ['Matthew 24:6, 1 John 2:18', [['Matthew 24:6', 'Matthew 24:6'], ['1 John 2:18', '1 John 2:18']]],
  ['Matthew chapter 24, verse 36', [['Matthew chapter 24, verse 36', 'Matthew 24:36']]],
  ['Matthew 24:36. Next', [['Matthew 24:36', 'Matthew 24:36']]],
  ["Psalm 23's comfort", [['Psalm 23', 'Psalm 23']]],
  // contextual verses and chapters
  [
    'In Luke 21 Jesus answers (verses 6-7), warns (v. 8), and in verse 12 and vv. 9–11 says more.',
    [['Luke 21', 'Luke 21'], ['verses 6-7', 'Luke 21:6–7'], ['v. 8', 'Luke 21:8'], ['verse 12', 'Luke 21:12'], ['vv. 9–11', 'Luke 21:9–11']],
  ],
  ['Luke 21 (see also vv.25-26)', [['Luke 21', 'Luke 21'], ['vv.25-26', 'Luke 21:25–26']]],
  ['Luke 21, verses 6 and 7', [['Luke 21, verses 6 and 7', 'Luke 21:6; 21:7']]],
  ['Luke 21 saw it; verses 6 and 7 say', [['Luke 21', 'Luke 21'], ['verses 6 and 7', 'Luke 21:6; 21:7']]],
  ['Matthew 24. In chapter 25, verse 31 the', [['Matthew 24', 'Matthew 24'], ['chapter 25, verse 31', 'Matthew 25:31']]],
  ['Jude 3 and verse 14', [['Jude 3', 'Jude 3'], ['verse 14', 'Jude 14']]],
  ['Matthew records it. In chapter 24 Jesus', [['chapter 24', 'Matthew 24']]],
  ['readers of Ezekiel turn to chapters 38 and 39', [['chapters 38 and 39', 'Ezekiel 38; 39']]],
  ['Luke 21. Daniel said verse 3 was', [['Luke 21', 'Luke 21']]],
  ['Matthew 24. Chapter 25 continues', [['Matthew 24', 'Matthew 24'], ['Chapter 25', 'Matthew 25']]],
  // a book alone, when the words before say it is a book
  ['the book of Ezekiel', [['Ezekiel', 'Ezekiel']]],
  ['the Book of Daniel', [['Daniel', 'Daniel']]],
  ['the book of Job', [['Job', 'Job']]],
  ['the gospel of Mark', [['Mark', 'Mark']]],
  ['as in Ezekiel, the nations', [['Ezekiel', 'Ezekiel']]],
  ['When the seal is opened in Revelation, John sees', [['Revelation', 'Revelation']]],
  ['often in the Psalms', [['Psalms', 'Psalms']]],
  ['in 1 Corinthians, Paul', [['1 Corinthians', '1 Corinthians']]],

  // --- what must not be found -------------------------------------------------------------------
  ['he found a new job', []],
  ['Job losses rose in March', []],
  ['Job 3 of the programme', []],
  ['acts of war', []],
  ['the Acts passed in 2024', []],
  ['Acts 2 and 3 of the play', []],
  ['Mark Rutte said on Tuesday', []],
  ['Mark Carney 3 times', []],
  ['to mark 10 years', []],
  ['Mark 10 years on', []],
  ['Amos Hochstein, the envoy', []],
  ['numbers 1 to 5', []],
  ['Numbers rose 3 percent', []],
  ['Numbers 3', []],
  ['Daniel Okafor said', []],
  ['Daniel Okafor, 9', []],
  ['John 3 people were hurt', []],
  ['Luke 21 years old', []],
  ['a Luke 21-year-old striker', []],
  ['this Is 2 much', []],
  ['it is 2 degrees', []],
  ['Am 3 late', []],
  ['Song 2 on the album', []],
  ['Jo 5 goals', []],
  ['his ex 1 year later', []],
  ['Ex 1', []],
  ['col 3 of the table', []],
  ['Col 3', []],
  ['Phil 4 said', []],
  ['Jer and Lam were there', []],
  ['Gal 4', []],
  ['Heb', []],
  ['ROM 2', []],
  ['Rom 2', []],
  ['rev 13', []],
  ['Gen Z and Gen 3 phones', []],
  ['Dan 3 and Hab 2', []],
  ['at 2:30 the score was 3-1', []],
  ['in 2024', []],
  ['John 2024', []],
  ['John 3,000 times', []],
  ['Mark 2:30 pm', []],
  ['Luke 1:30 a.m.', []],
  ['the company filed for Chapter 11 bankruptcy', []],
  ['Matthew 24. It filed for Chapter 11.', [['Matthew 24', 'Matthew 24']]],
  ['Title 42 expired', []],
  ['it was a revelation to many', []],
  ['Revelation came slowly', []],
  ["Ezekiel's vision", []],
  ['every empire in Daniel', []],
  ['Rev. Anita Castellanos said', []],
  ['Kings 110-102 Lakers', []],
  ['Peter 3:1', []],
  ['verse 3 of the anthem', []],
  ['Luke 25', []],
  ['Luke 21:39', []],
  ['Jude 30', []],
  ['Jude 3 people', []],
  ['Luke 21. Verse 2 of the anthem', [['Luke 21', 'Luke 21']]],
  ['Luke 21, 3 disciples asked', [['Luke 21', 'Luke 21']]],
  ['Luke 21:7, 8 of them', [['Luke 21:7', 'Luke 21:7']]],
  ['John 3.5 million', []],
  ['John 3% up', []],
  ['LUKE 21:7', []],
];

describe('findReferencesInText', () => {
  it('has a large table', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives offsets into the text and the passages', () => {
    const text = 'Paul wrote (1 Thess. 5:3) and John saw Revelation 13:1-18; 17:3.';
    const [first, second, ...rest] = findReferencesInText(text);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ start: 12, end: 24, text: '1 Thess. 5:3', context: { book: '1Thess', chapter: 5 } });
    expect(text.slice(first?.start, first?.end)).toBe('1 Thess. 5:3');
    expect(second?.passages).toEqual([
      { book: 'Rev', start: { chapter: 13, verse: 1 }, end: { chapter: 13, verse: 18 } },
      { book: 'Rev', start: { chapter: 17, verse: 3 }, end: { chapter: 17, verse: 3 } },
    ]);
    expect(second?.context).toEqual({ book: 'Rev', chapter: 17 });
  });

  it('links a whole book to no chapter', () => {
    const [reference] = findReferencesInText('the book of Ezekiel');
    expect(reference?.passages).toEqual([{ book: 'Ezek', start: null, end: null }]);
    expect(reference?.context).toEqual({ book: 'Ezek', chapter: null });
  });

  it('returns the context at the end, to carry across the texts of one document', () => {
    const first = findReferencesInText('Jesus spoke of wars in Luke 21.');
    expect(first.context).toEqual({ book: 'Luke', chapter: 21 });
    const second = findReferencesInText('And (verses 9-11) go on.', first.context);
    expect(second.map((r) => r.display)).toEqual(['Luke 21:9–11']);
    expect(findReferencesInText('And verse 9.', { book: 'Luke' }).length).toBe(0);
    expect(findReferencesInText('And verse 9.', { book: 'Luke', chapter: 21 }).map((r) => r.display)).toEqual(['Luke 21:9']);
    // The context may name the book by name as well as by OSIS id.
    expect(findReferencesInText('In chapter 24', { book: 'Matthew' }).map((r) => r.display)).toEqual(['Matthew 24']);
  });

  it('stops resolving verses after another book is named without a chapter', () => {
    expect(found('Luke 21 is long. Daniel saw it too; verse 12 says')).toEqual([['Luke 21', 'Luke 21']]);
    expect(findReferencesInText('Luke 21 is long. Ezekiel saw it too.').context).toEqual({ book: 'Ezek' });
    // A word that names no single book forgets the book as well.
    expect(findReferencesInText('Luke 21. Acts of war followed.').context).toEqual({});
    // A person (first name and surname) changes nothing.
    expect(found('Luke 21. Mark Rutte said verse 12 was')).toEqual([['Luke 21', 'Luke 21'], ['verse 12', 'Luke 21:12']]);
  });

  it('needs a context for contextual forms', () => {
    expect(found('verse 12 and chapter 3')).toEqual([]);
    expect(found('chapter 2', { book: 'Jude' })).toEqual([]);
  });
});
