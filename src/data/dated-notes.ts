/**
 * Page data for dated notes, corrections and updates alike: an article's own list, and every note of
 * one kind in the site's archive (/corrections/, /updates/), newest first.
 */
import type { Article } from './entries.ts';
import type { PageContext } from './page-context.ts';
import { newestFirst } from '../lib/newsroom/dated-notes.ts';
import { compareText } from '../lib/text/text-order.ts';
import type { DatedNote } from '../schema/newsroom.ts';
import type { PageEdition } from '../lib/editions/page-edition.ts';
import type { MessageKey, Messages } from '../lib/i18n/index.ts';

/** Which kind of note: the frontmatter field that lists them. */
export type NoteField = 'corrections' | 'updates';

export interface ArchiveNote extends DatedNote {
  article: Article;
}

/** An article's notes of one kind, newest first (the first correction is the one its notice names). */
export function notesOf(article: Article, field: NoteField): DatedNote[] {
  return newestFirst(article.data[field]);
}

/** Every note of one kind of every published article: newest first, same day by article id, then as written. */
export function allNotes(context: Pick<PageContext, 'published'>, field: NoteField): ArchiveNote[] {
  return context.published
    .flatMap((article) => notesOf(article, field).map((note, order) => ({ ...note, article, order })))
    .sort((a, b) => compareText(b.date, a.date) || compareText(a.article.id, b.article.id) || a.order - b.order)
    .map(({ order: _order, ...note }) => note);
}

/** What the site says about one kind of note, in an edition's words. */
export interface NoteText {
  heading: string;
  /** The link from an article's list to the archive. */
  more: string;
  /** What the archive's feed follows: `Follow updates by RSS`. */
  feedName: string;
  intro: string;
  empty: string;
  description: (count: number) => string;
}

/** The words of one kind of note from an edition's strings table. */
export function noteText(messages: Messages, kind: NoteField): NoteText {
  if (kind === 'corrections') {
    return {
      heading: messages['corrections.heading'],
      more: messages['corrections.all'],
      feedName: messages['corrections.heading'],
      intro: messages['corrections.intro'],
      empty: messages['corrections.none'],
      description: messages['corrections.description'],
    };
  }
  return {
    heading: messages['updates.heading'],
    more: messages['updates.all'],
    feedName: messages['updates.feed-name'],
    intro: messages['updates.intro'],
    empty: messages['updates.none'],
    description: messages['updates.description'],
  };
}

/** The archive of one kind of note: `/corrections/`, `/updates/`. */
export const archivePath = (field: NoteField): string => `/${field}/`;

/** A list of dated notes on an article page, as DatedNoteList shows it (nothing when `items` is empty). */
export interface NoteListData {
  kind: NoteField;
  heading: string;
  items: DatedNote[];
  more: { href: string; text: string };
}

/** The heading and archive link of an article's notes, in the page's language. */
const NOTE_LIST_KEYS = {
  corrections: { heading: 'corrections.heading', more: 'corrections.all' },
  updates: { heading: 'article.updates', more: 'article.all-updates' },
} as const satisfies Record<NoteField, { heading: MessageKey; more: MessageKey }>;

/** An article's list of one kind of note, newest first, with its heading and the link to the archive, in the page's edition. */
export function noteList(article: Article, kind: NoteField, edition: Pick<PageEdition, 'messages' | 'path'>): NoteListData {
  const keys = NOTE_LIST_KEYS[kind];
  return { kind, heading: edition.messages[keys.heading], items: notesOf(article, kind), more: { href: edition.path(archivePath(kind)), text: edition.messages[keys.more] } };
}
