/**
 * The one passage model of an article: every passage it names, from its frontmatter `scripture` and from
 * its prose (the citations body facts found), each marked as
 * - `cited`: a chapter or verses (`Revelation 13:16–17`, `Ezekiel 38`), or
 * - `mention`: a whole book (`Ezekiel` in the frontmatter, "…in Revelation…" in the text).
 *
 * The declared counting, which every reader of the model keeps (the scripture index and its chapter
 * pages, the search filters and passage files, "Scripture cited", related articles, JSON-LD):
 * a chapter counts the articles CITING a passage that touches it; a mention never counts for a
 * chapter. A mention counts for its book (the book page's "whole book" list, the book filter) and is
 * shown by passage search after every citing article, labelled as a mention.
 *
 * Each passage appears once, by the verses it covers (`Revelation 13` in the prose repeats a frontmatter
 * `Revelation 13:1–18`), frontmatter first, then prose in reading order. Pure.
 */
import { formatPassage, isWholeBook } from './format.ts';
import { verseSpan } from './overlap.ts';
import type { Passage } from './types.ts';

export type PassageKind = 'cited' | 'mention';

export interface ArticlePassage {
  passage: Passage;
  kind: PassageKind;
  /** Where the article names it first. */
  from: 'frontmatter' | 'prose';
}

/** A citation as the frontmatter schema and body facts both give it. */
export interface CitationLike {
  readonly passages: readonly Passage[];
}

/** The kind of one passage: a whole book (a one-chapter book without verses included) is a mention. */
export function passageKind(passage: Passage): PassageKind {
  return isWholeBook(passage) ? 'mention' : 'cited';
}

/** Every passage of an article, each once, frontmatter first: the model every page and index reads. */
export function articlePassages(frontmatter: readonly CitationLike[], prose: readonly CitationLike[]): ArticlePassage[] {
  const seen = new Set<string>();
  const out: ArticlePassage[] = [];
  const add = (citations: readonly CitationLike[], from: ArticlePassage['from']) => {
    for (const citation of citations) {
      for (const passage of citation.passages) {
        const span = verseSpan(passage);
        const key = `${span.book} ${span.first}-${span.last}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ passage, kind: passageKind(passage), from });
      }
    }
  };
  add(frontmatter, 'frontmatter');
  add(prose, 'prose');
  return out;
}

/** A citation of one passage, in the frontmatter's shape (reference and display in the canonical English form). */
export interface ModelCitation {
  reference: string;
  display: string;
  passages: Passage[];
}

/** The model (or the kinds asked for) as citations of one passage each: the shape the index, filters and ranking read. */
export function asCitations(passages: readonly ArticlePassage[], kinds: readonly PassageKind[] = ['cited', 'mention']): ModelCitation[] {
  return passages.filter((p) => kinds.includes(p.kind)).map((p) => {
    const display = formatPassage(p.passage);
    return { reference: display, display, passages: [p.passage] };
  });
}
