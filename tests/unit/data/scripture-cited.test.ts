// The "Scripture cited" section in the German edition: German references and /de/bibel/ links, German
// words, and no English verse text: the section says once which text the site lacks.
import { describe, expect, it } from 'vitest';
import { scriptureCited } from '../../../src/data/scripture-cited.ts';
import { pageEdition } from '../../../src/lib/editions/page-edition.ts';
import { SITE_EDITIONS } from '../../../src/lib/editions/config.ts';
import { article, ENGLISH_EDITION } from './entries.ts';

const GERMAN_EDITION = pageEdition(SITE_EDITIONS, 'de', 'https://watchman.example.org');
const target = article('target', { date: '2024-02-01', scripture: ['Matthew 24:6-7', 'Genesis 3:15; Ezekiel', 'Revelation 13:16-18', 'Psalm 2'] });

describe('scriptureCited in German', () => {
  const cited = scriptureCited(target.data.scripture, GERMAN_EDITION);

  it('writes references in the German form, linked to the German scripture index', () => {
    expect(cited.passages.map((citation) => citation.map((passage) => [passage.label, passage.href]))).toEqual([
      [['Matthäus 24,6–7', '/de/bibel/matthaeus/24/']],
      [['1. Mose 3,15', '/de/bibel/1-mose/3/'], ['Hesekiel', '/de/bibel/hesekiel/']],
      [['Offenbarung 13,16–18', '/de/bibel/offenbarung/13/']],
      [['Psalm 2', '/de/bibel/psalmen/2/']],
    ]);
    expect(cited.passages[0]![0]!.id).toBe('passage-Matt_24_6-Matt_24_7');
  });

  it('prints no verse text and says once which text is missing, in German', () => {
    expect(cited.passages.flat().map((passage) => passage.text)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(cited).toMatchObject({
      heading: 'Bibelstellen',
      wholeBookNote: '(das ganze Buch)',
      missingText: 'Der Text der Lutherbibel 1912 liegt auf dieser Website nicht vor.',
    });
  });

  it('says nothing is missing where only whole books are cited', () => {
    expect(scriptureCited(article('b', { date: '2024-01-01', scripture: ['Ezekiel'] }).data.scripture, GERMAN_EDITION).missingText).toBeUndefined();
  });

  it('gives the English edition the KJV text with its English words', () => {
    const english = scriptureCited(article('long', { date: '2024-01-01', scripture: ['Luke 21:7-10'] }).data.scripture, ENGLISH_EDITION);
    expect(english.missingText).toBeUndefined();
    expect(english.passages[0]![0]!.text).toMatchObject({ show: 'Show the text', showOf: ' of Luke 21:7–10', verseCount: '4 verses', continues: undefined, reading: { collapsed: true } });
  });

  it('lists what the body cites besides the frontmatter after it, linked, without text: its verse boxes print the words', () => {
    const frontmatter = article('fm', { date: '2024-01-01', scripture: ['Luke 21:7-8'] }).data.scripture;
    const prose = article('prose', { date: '2024-01-01', scripture: ['Mark 13:7'] }).data.scripture;
    const cited = scriptureCited(frontmatter, ENGLISH_EDITION, {}, prose).passages;
    expect(cited.map((entry) => entry.map((passage) => passage.label))).toEqual([['Luke 21:7–8'], ['Mark 13:7']]);
    expect(cited[0]![0]!.text).toBeDefined();
    expect(cited[1]![0]).toMatchObject({ href: '/scripture/mark/13/', text: undefined });
  });
});
