/**
 * The "Scripture cited" section of an article (ScriptureList, PassageText): each passage's link, its
 * in-page id and its KJV text, folded when longer than three verses. A passage cited twice is printed
 * twice but carries its id once (ids are unique); whole books get a link and no text.
 */
import type { Article } from './entries.ts';
import { citedPassageId, passageReading, type PassageReading } from '../lib/archive/scripture-index.ts';
import { formatPassage, isWholeBook, passageUrl } from '../lib/scripture/index.ts';

export interface CitedPassageData {
  /** `passage-<key>`, the target of in-text references (src/plugins/scripture-links.ts); once per page. */
  id?: string | undefined;
  href: string;
  label: string;
  wholeBook: boolean;
  /** The KJV text to print, when the passage is not a whole book. */
  reading?: PassageReading | undefined;
}

/** One entry per frontmatter citation, each with its passages. */
export function scriptureCited(citations: Article['data']['scripture'], { collapseAfter = 3 } = {}): CitedPassageData[][] {
  const anchored = new Set<string>();
  return citations.map((citation) =>
    citation.passages.map((passage) => {
      const wholeBook = isWholeBook(passage);
      const id = citedPassageId(passage);
      const anchor = !wholeBook && !anchored.has(id);
      if (anchor) anchored.add(id);
      return {
        id: anchor ? id : undefined,
        href: passageUrl(passage),
        label: formatPassage(passage),
        wholeBook,
        reading: passageReading(passage, { collapseAfter }),
      };
    }),
  );
}
