// The types of the content entries pages read (type-only: importing this loads nothing of Astro).
import type { CollectionEntry } from 'astro:content';

export type Article = CollectionEntry<'articles'>;
export type Author = CollectionEntry<'authors'>;
/** content/people/<slug>.md: a person quoted, with other spellings of the name. */
export type Person = CollectionEntry<'people'>;
