// The one passage model: frontmatter then prose, each passage once by its verses, marked cited or mention.
import { describe, expect, it } from 'vitest';
import { articlePassages, asCitations, passageKind } from '../../../src/lib/scripture/article-passages.ts';
import { findReferencesInText, formatPassage, parseReference, type Passage } from '../../../src/lib/scripture/index.ts';

const p = (reference: string): Passage[] => {
  const result = parseReference(reference);
  if (!result.ok) throw new Error(reference);
  return result.passages;
};
const citation = (reference: string) => ({ passages: p(reference) });
const prose = (text: string) => findReferencesInText(text).map((found) => ({ passages: found.passages }));

describe('articlePassages', () => {
  it('marks chapters and verses as cited and whole books (a one-chapter book without verses too) as mentions', () => {
    expect(passageKind(p('Revelation 13:16-17')[0]!)).toBe('cited');
    expect(passageKind(p('Ezekiel 38')[0]!)).toBe('cited');
    expect(passageKind(p('Ezekiel')[0]!)).toBe('mention');
    expect(passageKind(p('Jude')[0]!)).toBe('mention');
    expect(passageKind(p('Jude 3')[0]!)).toBe('cited');
  });

  it('reads the frontmatter first, then the prose, and keeps a passage the prose repeats (by its verses) once', () => {
    const passages = articlePassages([citation('Revelation 13:1-18; 17:3')], prose('As Revelation 13 says, and Daniel 7:7 before it, the book of Revelation…'));
    expect(passages.map((entry) => [formatPassage(entry.passage), entry.kind, entry.from])).toEqual([
      ['Revelation 13:1–18', 'cited', 'frontmatter'],
      ['Revelation 17:3', 'cited', 'frontmatter'],
      ['Daniel 7:7', 'cited', 'prose'],
      ['Revelation', 'mention', 'prose'],
    ]);
  });

  it('gives the citations of the kinds asked for, one passage each', () => {
    const passages = articlePassages([citation('Ezekiel'), citation('Ezekiel 38:1-6')], []);
    expect(asCitations(passages).map((c) => c.display)).toEqual(['Ezekiel', 'Ezekiel 38:1–6']);
    expect(asCitations(passages, ['cited']).map((c) => c.display)).toEqual(['Ezekiel 38:1–6']);
    expect(asCitations(passages, ['mention'])[0]!.passages).toEqual(p('Ezekiel'));
  });

  it('loses nothing: every passage of every citation is in the model', () => {
    const passages = articlePassages([citation('Luke 21:7-8; 21:25'), citation('Matthew 24')], prose('See Mark 13:7 and Luke 21:25.'));
    expect(passages).toHaveLength(4);
  });
});
