/** The shapes every scripture module shares: a canon book, a passage, and a parse result. */

/** Old or New Testament. */
export type Testament = 'OT' | 'NT';

/** One book of the canon. */
export interface Book {
  /** OSIS id, e.g. `Matt`, `1John`, `Song`. */
  readonly id: string;
  /** Canonical English display name, e.g. `Song of Solomon`, `1 John`. */
  readonly name: string;
  /** URL segment: the name lowercased, spaces to hyphens, e.g. `1-john`. */
  readonly slug: string;
  /** The title the `kjv` package keys its verses by (`Solomon's Song` differs from `name`). */
  readonly kjvName: string;
  readonly testament: Testament;
  /** Position in the canon, 1 (Genesis) to 66 (Revelation). */
  readonly order: number;
  /** KJV verse count of each chapter; index 0 is chapter 1. */
  readonly verses: readonly number[];
}

/** A place in a book: a whole chapter (`verse: null`) or one verse. */
export type PassagePoint = { chapter: number; verse: number | null };

/**
 * One contiguous passage of one book. `start` and `end` are both null for the whole book, both
 * whole chapters, or both verses; `end` equals `start` for a single verse or chapter. In a
 * single-chapter book (Jude) parsing always yields verses or the whole book, never "chapter 1".
 */
export type Passage = {
  /** OSIS id of a canon book, e.g. `Luke`. */
  book: string;
  start: PassagePoint | null;
  end: PassagePoint | null;
};

/** A reference that parsed: its passages in the order written. */
export type ParseOk = { ok: true; passages: Passage[] };

/** A reference that did not parse: what is wrong, and how to fix it. */
export type ParseError = { ok: false; message: string; fix: string };
