/** English: the canon's own names, `Luke 21:7-8`, `/scripture/…`; what the site has always done. */
import * as library from 'bible-passage-reference-parser/esm/lang/en.js';
import { ENGLISH_FINDER } from '../find-in-text-rules.ts';
import type { ScriptureLanguage } from './types.ts';

export const ENGLISH: ScriptureLanguage = {
  code: 'en',
  library: {
    module: library,
    options: {},
    // The KJV's own title for the Song; the library only knows it when the apostrophe is dropped.
    books: { books: [{ osis: ['Song'], regexp: /Solomon['’]?s\s*Song/ }] },
  },
  chapterVerse: [':', '.'],
  verseList: ',',
  joinWords: [],
  bookName: (book) => book.name,
  onePsalm: 'Psalm',
  bookSlug: (book) => book.slug,
  indexSegment: 'scripture',
  bookNumbers: '[1-3]',
  examples: {
    reference: 'Luke 21:7-8',
    twoReferences: 'Luke 21:7; 22:1',
    verse: 'John 3:16',
    twoBooks: 'Genesis 50; Exodus 1',
    chapterVerseMark: 'a colon',
  },
  apocrypha: {
    Tob: 'Tobit',
    Jdt: 'Judith',
    GkEsth: 'Greek Esther',
    Wis: 'Wisdom of Solomon',
    Sir: 'Sirach',
    Bar: 'Baruch',
    PrAzar: 'Prayer of Azariah',
    Sus: 'Susanna',
    Bel: 'Bel and the Dragon',
    SgThree: 'Song of the Three Young Men',
    EpJer: 'Letter of Jeremiah',
    '1Macc': '1 Maccabees',
    '2Macc': '2 Maccabees',
    '3Macc': '3 Maccabees',
    '4Macc': '4 Maccabees',
    '1Esd': '1 Esdras',
    '2Esd': '2 Esdras',
    PrMan: 'Prayer of Manasseh',
    Ps151: 'Psalm 151',
  },
  extraSpellings: [
    ['Psalm', 'Ps'],
    ['Song of Songs', 'Song'],
    ["Solomon's Song", 'Song'],
    ['Revelations', 'Rev'],
    ['Apocalypse', 'Rev'],
    ['Canticles', 'Song'],
    ['Qoheleth', 'Eccl'],
  ],
  finder: ENGLISH_FINDER,
};
