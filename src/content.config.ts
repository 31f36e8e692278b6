// Connects the content folders to the schemas in src/schema; no rules live here.
import { existsSync } from 'node:fs';
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { makeArticleSchema } from './schema/article.ts';
import { authorSchema } from './schema/author.ts';
import { personSchema } from './schema/newsroom.ts';
import { ARTICLES_DIR, ARTICLE_PATTERN, AUTHORS_DIR, AUTHOR_PATTERN, PEOPLE_DIR, idFromPath } from './lib/content/layout.ts';
import { draftExclusions } from './lib/content/drafts.ts';
// The validated site's draft files, in a build (the site integration provides the module).
import { draftFiles } from 'virtual:watchman/site-content';

const articles = defineCollection({
  // The contract: the id is the file name; folders do not change it. Drafts are left out of a
  // build before Astro renders anything.
  loader: glob({ base: `./${ARTICLES_DIR}`, pattern: [ARTICLE_PATTERN, ...draftExclusions(draftFiles)], generateId: ({ entry }) => idFromPath(entry) }),
  // image() gives the lead image's size and file to Astro's image pipeline.
  schema: ({ image }) => makeArticleSchema(reference('authors'), image()),
});

const authors = defineCollection({
  loader: glob({ base: `./${AUTHORS_DIR}`, pattern: AUTHOR_PATTERN, generateId: ({ entry }) => idFromPath(entry) }),
  schema: authorSchema,
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

export const collections = { articles, authors, people };
