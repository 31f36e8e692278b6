/**
 * German: Luther names (`Matthäus`, `1. Mose`, `Offenbarung`), the comma between chapter and verse
 * (`Mt 24,6-7`), the dot between verses of a chapter (`Joh 3,16.18`), `und` between references,
 * and the scripture index under `/bibel/`.
 */
import * as library from 'bible-passage-reference-parser/esm/lang/de.js';
import { GERMAN_FINDER } from '../find-in-text-rules-de.ts';
import { germanBookName, germanBookSlug } from './de-books.ts';
import type { ScriptureLanguage } from './types.ts';

export const GERMAN: ScriptureLanguage = {
  code: 'de',
  // `eu`: `Offb 13,16-18` is Rev 13:16-18, not chapters 13, 16, 17 and 18.
  library: { module: library, options: { punctuation_strategy: 'eu' } },
  // The colon some German writers use is read too; the comma is written.
  chapterVerse: [',', ':'],
  verseList: '.',
  joinWords: ['und'],
  bookName: germanBookName,
  onePsalm: 'Psalm',
  bookSlug: germanBookSlug,
  indexSegment: 'bibel',
  bookNumbers: '[1-5]',
  examples: {
    reference: 'Lk 21,7-8',
    twoReferences: 'Lk 21,7; 22,1',
    verse: 'Joh 3,16',
    twoBooks: '1. Mose 50; 2. Mose 1',
    chapterVerseMark: 'a comma',
  },
  apocrypha: {
    Tob: 'Tobit',
    Jdt: 'Judit',
    GkEsth: 'Stücke zu Ester',
    Wis: 'Weisheit',
    Sir: 'Jesus Sirach',
    Bar: 'Baruch',
    PrAzar: 'Gebet Asarjas',
    Sus: 'Susanna',
    Bel: 'Bel und der Drache',
    SgThree: 'Gesang der drei Männer im Feuerofen',
    EpJer: 'Brief des Jeremia',
    '1Macc': '1. Makkabäer',
    '2Macc': '2. Makkabäer',
    '3Macc': '3. Makkabäer',
    '4Macc': '4. Makkabäer',
    '1Esd': '3. Esra',
    '2Esd': '4. Esra',
    PrMan: 'Gebet Manasses',
    Ps151: 'Psalm 151',
  },
  extraSpellings: [
    ['Psalm', 'Ps'],
    ['Genesis', 'Gen'],
    ['Exodus', 'Exod'],
    ['Levitikus', 'Lev'],
    ['Numeri', 'Num'],
    ['Deuteronomium', 'Deut'],
    ['Ijob', 'Job'],
    ['Kohelet', 'Eccl'],
    ['Hohelied', 'Song'],
    ['Ezechiel', 'Ezek'],
    ['Offenbarungen', 'Rev'],
    ['Apokalypse', 'Rev'],
  ],
  finder: GERMAN_FINDER,
};
