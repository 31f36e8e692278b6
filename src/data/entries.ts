// The types of the content entries pages read (type-only: importing this loads nothing of Astro).
import type { CollectionEntry } from 'astro:content';

export type Article = CollectionEntry<'articles'>;
export type Author = CollectionEntry<'authors'>;
