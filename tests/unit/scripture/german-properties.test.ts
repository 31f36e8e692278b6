import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOOKS } from '../../../src/lib/scripture/canon.ts';
import { createReferenceFinder } from '../../../src/lib/scripture/find-in-text.ts';
import { formatPassageIn, formatPassagesIn } from '../../../src/lib/scripture/format.ts';
import { GERMAN } from '../../../src/lib/scripture/languages/de.ts';
import { parseReferenceIn } from '../../../src/lib/scripture/parse.ts';
import type { Book, Passage } from '../../../src/lib/scripture/types.ts';

// One seed per file, printed, so any failure can be replayed with FC_SEED=<seed>.
const seed = process.env['FC_SEED'] ? Number(process.env['FC_SEED']) : Date.now() % 2_147_483_647;
console.log(`German scripture properties: FC_SEED=${seed}`);
const settings = { numRuns: 1000, seed };

/** Any valid passage of one book, in the shapes the parser yields (whole book, chapters, verses). */
function passageIn(book: Book): fc.Arbitrary<Passage> {
  const chapters = book.verses.length;
  const versesIn = (chapter: number): number => book.verses[chapter - 1] ?? 1;
  const point = fc.integer({ min: 1, max: chapters }).chain((chapter) => fc.integer({ min: 1, max: versesIn(chapter) }).map((verse) => ({ chapter, verse })));
  const ordered = (a: { chapter: number; verse: number }, b: { chapter: number; verse: number }) =>
    a.chapter < b.chapter || (a.chapter === b.chapter && a.verse <= b.verse) ? [a, b] : [b, a];
  const verses = fc.tuple(point, point).map(([a, b]): Passage => {
    const [start, end] = ordered(a, b);
    return { book: book.id, start: start!, end: end! };
  });
  const whole = fc.constant<Passage>({ book: book.id, start: null, end: null });
  if (chapters === 1) return fc.oneof(whole, verses.filter((p) => p.start!.chapter === 1));
  const chapterRange = fc
    .tuple(fc.integer({ min: 1, max: chapters }), fc.integer({ min: 1, max: chapters }))
    .map(([a, b]): Passage => ({ book: book.id, start: { chapter: Math.min(a, b), verse: null }, end: { chapter: Math.max(a, b), verse: null } }));
  return fc.oneof(whole, verses, chapterRange);
}

const passage = fc.constantFrom(...BOOKS).chain(passageIn);
const findGerman = createReferenceFinder(GERMAN);

function reparse(text: string): Passage[] {
  const result = parseReferenceIn(GERMAN, text);
  if (!result.ok) throw new Error(`${JSON.stringify(text)}: ${result.message} (${result.fix})`);
  return result.passages;
}

describe('German scripture properties', () => {
  it('German display → German parse gives back exactly the passage', () => {
    fc.assert(
      fc.property(passage, (p) => {
        expect(reparse(formatPassageIn(GERMAN, p))).toEqual([p]);
      }),
      settings,
    );
  });

  it('a German list gives back exactly the list', () => {
    fc.assert(
      fc.property(fc.array(passage, { minLength: 1, maxLength: 4 }), (list) => {
        expect(reparse(formatPassagesIn(GERMAN, list))).toEqual(list);
      }),
      settings,
    );
  });

  it('a passage with a chapter, written in German prose, is found as itself', () => {
    // `Richter` is also a common word and a surname: like English `Judges`, it needs a verse (rule 4).
    const withChapter = passage.filter((p) => p.start !== null && !(p.book === 'Judg' && p.start.verse === null));
    fc.assert(
      fc.property(withChapter, (p) => {
        const display = formatPassageIn(GERMAN, p);
        const found = findGerman(`Wie es in ${display} heißt.`);
        expect(found.map((reference) => reference.passages)).toEqual([[p]]);
        expect(found[0]?.text).toBe(display);
      }),
      settings,
    );
  });

  it('never throws on arbitrary text, and whatever it accepts formats and parses back the same', () => {
    const pieces = fc.constantFrom('Mt', 'Offb', '1.', ' Mose', 'Jud', '1', '2', '21', '7', '0', ',', '.', '-', '–', ';', ' ', 'und ', 'a', 'Markus', 'Ps', ':');
    const text = fc.oneof(fc.string(), fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(text, (input) => {
        const result = parseReferenceIn(GERMAN, input);
        if (!result.ok) {
          expect(result.message).not.toBe('');
          expect(result.fix).not.toBe('');
          return;
        }
        expect(reparse(formatPassagesIn(GERMAN, result.passages))).toEqual(result.passages);
        findGerman(input);
      }),
      settings,
    );
  });
});
