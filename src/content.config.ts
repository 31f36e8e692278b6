// Connects the content folders to the schemas in src/schema; no rules live here.
import { existsSync } from 'node:fs';
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { makeArticleSchema } from './schema/article.ts';
import { authorSchema, bioSchema } from './schema/author.ts';
import { personSchema } from './schema/newsroom.ts';
import { ARTICLES_DIR, ARTICLE_PATTERN, AUTHORS_DIR, AUTHOR_PATTERN, PEOPLE_DIR, idFromPath } from './lib/content/layout.ts';
import { draftExclusions } from './lib/content/drafts.ts';
import { scriptureLanguageOf } from './lib/editions/edition.ts';
import { site } from './site.config.ts';
// This run's edition and the article files it leaves out (drafts in a build, other editions'
// articles always), from the validated site (the site integration provides the module).
import { edition, excludedFiles } from 'virtual:watchman/site-content';

const lang = edition ?? site.editions.defaultLang;

const articles = defineCollection({
  // The contract: the id is the file name; folders do not change it. Drafts and other editions'
  // articles are left out before Astro renders anything (ids are unique within an edition only).
  // Pages read what a body says from validation's facts (factsOf), never the body: not keeping it
  // leaves it out of the data store every page imports (a quarter of the store, ~70 MB at 10,000 articles).
  loader: glob({
    base: `./${ARTICLES_DIR}`,
    pattern: [ARTICLE_PATTERN, ...draftExclusions(excludedFiles)],
    generateId: ({ entry }) => idFromPath(entry),
    retainBody: false,
  }),
  // image() gives the lead image's size and file to Astro's image pipeline; references are read in the edition's language.
  schema: ({ image }) => makeArticleSchema(reference('authors'), image(), scriptureLanguageOf(lang)),
});

const authors = defineCollection({
  loader: glob({ base: `./${AUTHORS_DIR}`, pattern: AUTHOR_PATTERN, generateId: ({ entry }) => idFromPath(entry) }),
  schema: authorSchema,
});

// An author's bio in this edition (content/authors/<lang>/<id>.md), keyed by the author's id; the
// default edition's bio is the author file's body, so its run has none here.
const biosGlob = glob({ base: `./${AUTHORS_DIR}`, pattern: `${lang}/${AUTHOR_PATTERN}`, generateId: ({ entry }) => idFromPath(entry) });
const bios = defineCollection({
  loader: {
    name: 'bios',
    load: async (context) => {
      if (lang !== site.editions.defaultLang && existsSync(new URL(`${AUTHORS_DIR}/${lang}/`, context.config.root))) await biosGlob.load(context);
      else context.store.clear();
    },
  },
  schema: bioSchema,
});

// content/people/ is optional: without the folder the collection is empty, not a warning on every build.
const peopleGlob = glob({ base: `./${PEOPLE_DIR}`, pattern: AUTHOR_PATTERN, generateId: ({ entry }) => idFromPath(entry) });
const people = defineCollection({
  loader: {
    name: 'people',
    load: async (context) => {
      if (existsSync(new URL(`${PEOPLE_DIR}/`, context.config.root))) await peopleGlob.load(context);
      else context.store.clear();
    },
  },
  schema: personSchema,
});

export const collections = { articles, authors, bios, people };
