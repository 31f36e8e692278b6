/**
 * The "Scripture cited" section of an article (ScriptureList, PassageText) in the page's edition: each
 * passage's link (the edition's scripture index), its reference in the edition's form, its in-page id and
 * its text in the edition's translation, folded when longer than three verses. A passage cited twice is
 * printed twice but carries its id once (ids are unique); whole books get a link and no text. Where the
 * site has no text of the edition's translation, no passage gets text (never another translation's) and
 * the section says once which text is missing.
 */
import type { Article } from './entries.ts';
import { citedPassageId, passageReading, type PassageReading } from '../lib/archive/scripture-index.ts';
import { formatPassageIn, isWholeBook, passageRoute } from '../lib/scripture/index.ts';
import { countFor } from '../lib/i18n/index.ts';
import type { PageEdition } from '../lib/editions/page-edition.ts';

/** A passage's text as PassageText prints it, with its words. */
export interface PassageTextData {
  reading: PassageReading;
  /** `Show the text`, then (visually hidden) ` of Luke 21:7–10`, then `(4 verses)`; used when folded. */
  show: string;
  showOf: string;
  verseCount: string;
  /** Said under a passage cut at the page's limit. */
  continues?: string | undefined;
}

export interface CitedPassageData {
  /** `passage-<key>`, the target of in-text references (src/plugins/scripture-links.ts); once per page. */
  id?: string | undefined;
  href: string;
  label: string;
  wholeBook: boolean;
  /** The text to print, when the passage is not a whole book and the site has the edition's text. */
  text?: PassageTextData | undefined;
}

export interface ScriptureCitedData {
  heading: string;
  /** Said after a whole book's link: `(the whole book)`. */
  wholeBookNote: string;
  /** Which text is missing, when the site has no text of the edition's translation (said once). */
  missingText?: string | undefined;
  /** One entry per frontmatter citation, each with its passages. */
  passages: CitedPassageData[][];
}

/**
 * `citations` are the article's frontmatter passages, printed with their text; `proseCitations` (what the
 * body cites besides them) are listed after them with a link only: the verse box beside each reference in the
 * body already prints their words, and a page says each thing once.
 */
export function scriptureCited(citations: Article['data']['scripture'], edition: PageEdition, { collapseAfter = 3 } = {}, proseCitations: Article['data']['scripture'] = []): ScriptureCitedData {
  const m = edition.messages;
  const anchored = new Set<string>();
  let missing = false;
  const printed = citations.length;
  const passages = [...citations, ...proseCitations].map((citation, index) =>
    citation.passages.map((passage): CitedPassageData => {
      const wholeBook = isWholeBook(passage);
      const id = citedPassageId(passage);
      const anchor = !wholeBook && !anchored.has(id);
      if (anchor) anchored.add(id);
      const label = formatPassageIn(edition.scripture, passage);
      const reading = index < printed ? passageReading(passage, { collapseAfter, verses: edition.verses, language: edition.scripture }) : undefined;
      if (reading && 'kind' in reading) missing = true;
      return {
        id: anchor ? id : undefined,
        href: edition.path(passageRoute(edition.scripture, passage)),
        label,
        wholeBook,
        text:
          reading && !('kind' in reading)
            ? {
                reading,
                show: m['passage.show'],
                showOf: m['passage.show-of'](label),
                verseCount: countFor(m, edition.locale, 'count.verse', reading.verseCount),
                continues: reading.truncated ? m['passage.continues'](reading.verseCount) : undefined,
              }
            : undefined,
      };
    }),
  );
  return {
    heading: m['article.scripture'],
    wholeBookNote: m['article.whole-book'],
    missingText: missing ? m['passage.no-text'](edition.verses.translation.name) : undefined,
    passages,
  };
}
