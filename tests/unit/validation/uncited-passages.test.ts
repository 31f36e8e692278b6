import { describe, expect, it } from 'vitest';
import { passageContains, uncitedPassageSuggestions } from '../../../src/lib/validation/rules/uncited-passages.ts';
import { parseReference, type Passage } from '../../../src/lib/scripture/index.ts';
import { bodyFacts } from '../../../src/lib/facts/body-facts.ts';

const citationsIn = (text: string) => bodyFacts(text).citations;

const passages = (text: string): Passage[] => {
  const result = parseReference(text);
  if (!result.ok) throw new Error(result.message);
  return result.passages;
};

describe('passageContains', () => {
  it.each([
    ['Luke 21', 'Luke 21:9', true],
    ['Luke', 'Luke 21:9', true],
    ['Luke 21:7-8', 'Luke 21:7', true],
    ['Luke 21:7-8', 'Luke 21:7-9', false],
    ['Matthew 24', 'Luke 21:9', false],
    ['Daniel 7:1-8:2', 'Daniel 8:1', true],
  ])('%s contains %s: %s', (outer, inner, expected) => {
    expect(passageContains(passages(outer)[0]!, passages(inner)[0]!)).toBe(expected);
  });
});

describe('uncitedPassageSuggestions', () => {
  const body = 'Jesus spoke of wars (Luke 21:9) and of signs (Matthew 24:6-7). Compare Luke 21:9 again, and Daniel 9:27.';

  it('suggests each passage the text cites and the frontmatter lacks, once', () => {
    const problems = uncitedPassageSuggestions(passages('Luke 21'), citationsIn(body));
    expect(problems.map((p) => [p.field, p.message, p.fix])).toEqual([
      ['scripture', 'the text cites Matthew 24:6–7, which the frontmatter scripture list does not include', 'add "Matthew 24:6–7" to scripture (or a passage that contains it)'],
      ['scripture', 'the text cites Daniel 9:27, which the frontmatter scripture list does not include', 'add "Daniel 9:27" to scripture (or a passage that contains it)'],
    ]);
  });

  it('counts a book named as a whole as covered by any passage of that book', () => {
    expect(uncitedPassageSuggestions(passages('Revelation 6:5-6'), citationsIn('As we read in Revelation, the seals open.'))).toEqual([]);
    expect(uncitedPassageSuggestions(passages('Daniel 9:27'), citationsIn('As we read in Revelation, the seals open.'))).toHaveLength(1);
  });

  it('says nothing when the frontmatter covers every citation', () => {
    expect(uncitedPassageSuggestions([...passages('Luke 21; Matthew 24'), ...passages('Daniel 9')], citationsIn(body))).toEqual([]);
  });
});
