/**
 * People quoted: every quote speaker mapped to a person (a `content/people/<slug>.md` file by its
 * slug, name or an alias, or else the speaker's own name) and their quotes newest first. The rules
 * people-name-clash and people-near-duplicate check the names.
 */
import { slugify } from '../text/slug.ts';
import { compareForDisplay, compareText } from '../text/text-order.ts';
import { isUnnamedSpeaker, nameWithoutHonorifics } from './person-names.ts';

/** What people pages need of an article. */
export interface QuotingArticle {
  id: string;
  file?: string;
  data: { title: string; date: string; quotes: readonly { text: string; speaker: string; role?: string | undefined; date?: string | undefined }[] };
}

/** What people pages need of a person file. */
export interface PersonFile {
  /** File name without extension: the page address. */
  id: string;
  file?: string;
  data: { name: string; aliases: readonly string[]; description?: string | undefined; url?: string | undefined };
}

export interface QuoteByPerson<A> {
  article: A;
  /** Position of the quote in the article's `quotes` (the page anchors `#quote-<n>` from 1). */
  index: number;
  text: string;
  role?: string | undefined;
  /** When it was said: the quote's date, else the article's. */
  date: string;
}

export interface Person<A, P> {
  slug: string;
  name: string;
  /** The person's file, when there is one. */
  file?: P;
  quotes: QuoteByPerson<A>[];
}

/** Slug → person id for every name and alias in the person files (first file wins a clash; the check reports it). */
export function personIndex(people: readonly Pick<PersonFile, 'id' | 'data'>[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const person of people) {
    for (const key of [person.id, person.data.name, ...person.data.aliases]) {
      const slug = slugify(key);
      if (slug && !index.has(slug)) index.set(slug, person.id);
    }
  }
  return index;
}

/** The page slug a speaker's quotes go to. */
export function speakerSlug(speaker: string, index: ReadonlyMap<string, string>): string {
  const slug = slugify(speaker);
  return index.get(slug) ?? slug;
}

/** Whether a speaker has a people page: a person file names them, or the speaker is a name, not a description ("a spokesperson"). */
export function hasPersonPage(speaker: string, index: ReadonlyMap<string, string>): boolean {
  return index.has(slugify(speaker)) || !isUnnamedSpeaker(speaker);
}

/**
 * Everyone named who is quoted, by name without honorifics ("Rev. Anita Castellanos" under A); each person's quotes newest first (same day: article id, then
 * order in the article). Person files nobody quotes get no page: a page with no quotes says nothing.
 */
export function groupPeople<A extends QuotingArticle, P extends PersonFile>(articles: readonly A[], people: readonly P[]): Person<A, P>[] {
  const index = personIndex(people);
  const files = new Map(people.map((p) => [p.id, p]));
  const bySlug = new Map<string, { names: Map<string, number>; quotes: QuoteByPerson<A>[] }>();
  for (const article of articles) {
    article.data.quotes.forEach((quote, position) => {
      const slug = speakerSlug(quote.speaker, index);
      if (!slug || !hasPersonPage(quote.speaker, index)) return;
      const entry = bySlug.get(slug) ?? { names: new Map<string, number>(), quotes: [] };
      entry.names.set(quote.speaker, (entry.names.get(quote.speaker) ?? 0) + 1);
      entry.quotes.push({ article, index: position, text: quote.text, role: quote.role, date: quote.date ?? article.data.date });
      bySlug.set(slug, entry);
    });
  }
  return [...bySlug.entries()]
    .map(([slug, entry]) => {
      const file = files.get(slug);
      // Without a file, the spelling used most often (then the first in code order) names the person.
      const name = file?.data.name ?? [...entry.names.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]![0];
      const quotes = entry.quotes.sort((a, b) => compareText(b.date, a.date) || compareText(a.article.id, b.article.id) || a.index - b.index);
      return { slug, name, ...(file ? { file } : {}), quotes };
    })
    .sort((a, b) => compareForDisplay(nameWithoutHonorifics(a.name), nameWithoutHonorifics(b.name)) || compareForDisplay(a.name, b.name) || compareText(a.slug, b.slug));
}
