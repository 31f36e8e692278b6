// The baseline's one collection: every article under <root>/content/articles, id = file name (as in our site).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const articles = defineCollection({
  loader: glob({
    base: './content/articles',
    pattern: '**/*.{md,mdx}',
    generateId: ({ entry }) => (entry.split('/').pop() ?? entry).replace(/\.mdx?$/, ''),
  }),
  // Permissive (zod 4 `.loose()`, formerly `.passthrough()`): accepts our frontmatter without checking it.
  schema: z
    .object({
      title: z.string(),
      date: z.coerce.date(),
      author: z.string(),
      draft: z.boolean().default(false),
    })
    .loose(),
});

export const collections = { articles };
