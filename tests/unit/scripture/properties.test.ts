import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOOKS } from '../../../src/lib/scripture/canon.ts';
import type { Book } from '../../../src/lib/scripture/types.ts';
import { formatPassage, formatPassages } from '../../../src/lib/scripture/format.ts';
import { comparePassages, overlapScore, passagesOverlap } from '../../../src/lib/scripture/overlap.ts';
import { parseReference } from '../../../src/lib/scripture/parse.ts';
import type { Passage } from '../../../src/lib/scripture/types.ts';

// One seed per file, printed, so any failure can be replayed with FC_SEED=<seed>.
const seed = process.env['FC_SEED'] ? Number(process.env['FC_SEED']) : Date.now() % 2_147_483_647;
console.log(`scripture properties: FC_SEED=${seed}`);
const settings = { numRuns: 1000, seed };

/** Any valid passage of one book, in the shapes parseReference yields. */
function passageIn(book: Book): fc.Arbitrary<Passage> {
  const chapters = book.verses.length;
  const versesIn = (chapter: number): number => book.verses[chapter - 1] ?? 1;
  const whole = fc.constant<Passage>({ book: book.id, start: null, end: null });
  const withinChapter = fc
    .integer({ min: 1, max: chapters })
    .chain((chapter) =>
      fc
        .tuple(fc.integer({ min: 1, max: versesIn(chapter) }), fc.integer({ min: 1, max: versesIn(chapter) }))
        .map(([a, b]): Passage => ({
          book: book.id,
          start: { chapter, verse: Math.min(a, b) },
          end: { chapter, verse: Math.max(a, b) },
        })),
    );
  const singleVerse = withinChapter.map((p): Passage => ({ ...p, end: p.start }));
  if (chapters === 1) return fc.oneof(whole, singleVerse, withinChapter);
  const chapterPair = fc
    .tuple(fc.integer({ min: 1, max: chapters }), fc.integer({ min: 1, max: chapters }))
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
  const wholeChapters = chapterPair.map(
    ([from, to]): Passage => ({ book: book.id, start: { chapter: from, verse: null }, end: { chapter: to, verse: null } }),
  );
  const oneChapter = wholeChapters.map((p): Passage => ({ ...p, end: p.start }));
  const acrossChapters = chapterPair
    .filter(([from, to]) => from < to)
    .chain(([from, to]) =>
      fc
        .tuple(fc.integer({ min: 1, max: versesIn(from) }), fc.integer({ min: 1, max: versesIn(to) }))
        .map(([v1, v2]): Passage => ({ book: book.id, start: { chapter: from, verse: v1 }, end: { chapter: to, verse: v2 } })),
    );
  return fc.oneof(whole, singleVerse, withinChapter, oneChapter, wholeChapters, acrossChapters);
}

const book = fc.constantFrom(...BOOKS);
const passage = book.chain(passageIn);
const sameBookPair = book.chain((b) => fc.tuple(passageIn(b), passageIn(b)));
const anyPair = fc.oneof(fc.tuple(passage, passage), sameBookPair);

/** The passage as an author might type it: OSIS id or name, any case, any dash, loose spaces. */
const messy = fc
  .record({
    p: passage,
    useId: fc.boolean(),
    upper: fc.boolean(),
    dash: fc.constantFrom('-', '–', '—', ' - '),
    colon: fc.constantFrom(':', ' : ', ':'),
    pad: fc.constantFrom('', ' ', '  '),
  })
  .map(({ p, useId, upper, dash, colon, pad }) => {
    const b = BOOKS.find((x) => x.id === p.book);
    if (!b) throw new Error(p.book);
    const rest = formatPassage(p)
      .slice((p.book === 'Ps' && p.start?.chapter === p.end?.chapter && p.start ? 'Psalm' : b.name).length)
      .replaceAll('–', dash)
      .replaceAll(':', colon);
    const text = `${pad}${useId ? b.id : b.name}${rest}${pad}`;
    return { p, text: upper ? text.toUpperCase() : text.toLowerCase() };
  });

function reparse(text: string): Passage[] {
  const result = parseReference(text);
  if (!result.ok) throw new Error(`${JSON.stringify(text)}: ${result.message} (${result.fix})`);
  return result.passages;
}

describe('properties', () => {
  it('format → parse gives back exactly the passage', () => {
    fc.assert(
      fc.property(passage, (p) => {
        expect(reparse(formatPassage(p))).toEqual([p]);
      }),
      settings,
    );
  });

  it('formatPassages → parse gives back exactly the list', () => {
    fc.assert(
      fc.property(fc.array(passage, { minLength: 1, maxLength: 4 }), fc.array(sameBookPair, { maxLength: 2 }), (list, pairs) => {
        const all = [...list, ...pairs.flat()];
        expect(reparse(formatPassages(all))).toEqual(all);
      }),
      settings,
    );
  });

  it('normalization is idempotent, also from messy author input', () => {
    fc.assert(
      fc.property(messy, ({ p, text }) => {
        const once = formatPassages(reparse(text));
        expect(once).toBe(formatPassage(p));
        expect(formatPassages(reparse(once))).toBe(once);
      }),
      settings,
    );
  });

  it('never throws on arbitrary text, and whatever it accepts formats and parses back the same', () => {
    const pieces = fc.constantFrom('Luke', 'Jude', '1', '2', '21', '7', '0', ':', '-', '–', ',', ';', ' ', '.', 'a', 'ff', 'John', 'I ', 'Ps', 'x');
    const text = fc.oneof(fc.string(), fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(text, (input) => {
        const result = parseReference(input);
        if (!result.ok) {
          expect(result.message).not.toBe('');
          expect(result.fix).not.toBe('');
          return;
        }
        expect(result.passages.length).toBeGreaterThan(0);
        expect(reparse(formatPassages(result.passages))).toEqual(result.passages);
      }),
      settings,
    );
  });

  it('overlap is symmetric, scores lie in [0, 1], and a passage overlaps itself with score 1', () => {
    fc.assert(
      fc.property(anyPair, ([a, b]) => {
        expect(passagesOverlap(a, b)).toBe(passagesOverlap(b, a));
        const score = overlapScore(a, b);
        expect(score).toBe(overlapScore(b, a));
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(score > 0).toBe(passagesOverlap(a, b));
        expect(passagesOverlap(a, a)).toBe(true);
        expect(overlapScore(a, a)).toBe(1);
      }),
      settings,
    );
  });

  it('comparePassages is antisymmetric and zero only for equal passages', () => {
    fc.assert(
      fc.property(anyPair, ([a, b]) => {
        expect(Math.sign(comparePassages(a, b))).toBe(-Math.sign(comparePassages(b, a)) || 0);
        expect(comparePassages(a, b) === 0).toBe(JSON.stringify(a) === JSON.stringify(b));
        expect(comparePassages(a, a)).toBe(0);
      }),
      settings,
    );
  });
});
