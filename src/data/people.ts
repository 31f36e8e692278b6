/** Page data for people quoted: each speaker grouped into a person (merged by content/people/ files), computed once per build. */
import type { Article, Person } from './entries.ts';
import type { PageContext } from './page-context.ts';
import type { PageEdition } from '../lib/editions/page-edition.ts';
import { groupPeople, hasPersonPage, personIndex, speakerSlug, type Person as Quoted } from '../lib/newsroom/people.ts';

export type PersonQuoted = Quoted<Article, Person>;

const indexes = new WeakMap<readonly Person[], Map<string, string>>();
const grouped = new WeakMap<readonly Article[], PersonQuoted[]>();

/** Everyone quoted in a published article, by name, each with their quotes newest first. */
export function peopleQuoted(context: Pick<PageContext, 'published' | 'people'>): PersonQuoted[] {
  let people = grouped.get(context.published);
  if (!people) {
    people = groupPeople(context.published, context.people);
    grouped.set(context.published, people);
  }
  return people;
}

/** The address of the page of whoever is quoted as `speaker`, in the context's edition when it has one; undefined for a speaker not named ("a spokesperson"), who has no page. */
export function personHref(speaker: string, context: Pick<PageContext, 'people'> & { edition?: Pick<PageEdition, 'path'> }): string | undefined {
  let index = indexes.get(context.people);
  if (!index) {
    index = personIndex(context.people);
    indexes.set(context.people, index);
  }
  if (!hasPersonPage(speaker, index)) return undefined;
  const route = `/people/${speakerSlug(speaker, index)}/`;
  return context.edition ? context.edition.path(route) : route;
}
