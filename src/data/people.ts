/**
 * Page data for people quoted: each speaker grouped into a person (merged by content/people/ files),
 * computed once per build. People files have no drafts, so they are read here directly.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { groupPeople, personIndex, speakerSlug, type Person } from '../lib/newsroom/people.ts';
import { publishedArticles, type Article } from './query.ts';

export type PersonEntry = CollectionEntry<'people'>;
export type PersonQuoted = Person<Article, PersonEntry>;

let cached: Promise<{ people: PersonQuoted[]; index: Map<string, string> }> | undefined;

function load() {
  cached ??= Promise.all([publishedArticles(), getCollection('people')]).then(([articles, files]) => ({
    people: groupPeople(articles, files),
    index: personIndex(files),
  }));
  return cached;
}

/** Everyone quoted in a published article, by name, each with their quotes newest first. */
export async function peopleQuoted(): Promise<PersonQuoted[]> {
  return (await load()).people;
}

/** The address of the page of whoever is quoted as `speaker`. */
export async function personHref(speaker: string): Promise<string> {
  return `/people/${speakerSlug(speaker, (await load()).index)}/`;
}
