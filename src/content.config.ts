// Connects the content folders to the schemas in src/schema; no rules live here.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { makeArticleSchema } from './schema/article.ts';
import { authorSchema } from './schema/author.ts';
import { ARTICLES_DIR, ARTICLE_PATTERN, AUTHORS_DIR, AUTHOR_PATTERN, idFromPath } from './lib/content/layout.ts';
import { draftExclusions } from './lib/build/drafts.ts';
import { handoff } from './lib/build/handoff.ts';

const articles = defineCollection({
  // The contract: the id is the file name; folders do not change it. Drafts are left out of a
  // build before Astro renders anything (the site integration lists them).
  loader: glob({ base: `./${ARTICLES_DIR}`, pattern: [ARTICLE_PATTERN, ...draftExclusions(handoff().draftFiles)], generateId: ({ entry }) => idFromPath(entry) }),
  schema: makeArticleSchema(reference('authors')),
});

const authors = defineCollection({
  loader: glob({ base: `./${AUTHORS_DIR}`, pattern: AUTHOR_PATTERN, generateId: ({ entry }) => idFromPath(entry) }),
  schema: authorSchema,
});

export const collections = { articles, authors };
