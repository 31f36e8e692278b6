/** Frontmatter of `content/authors/<id>.md`; the body is the biography. */
import { z } from 'astro/zod';
import { httpUrl, name, text } from './fields.ts';

export const authorSchema = z
  .object({
    name: name(120).describe('Display name, e.g. `Miriam Hale`.'),
    role: text(120).optional().describe('Position, e.g. `Senior editor`.'),
    organization: text(160).optional().describe('Organisation the author writes for.'),
    url: httpUrl.optional().describe('Personal or profile page, http(s).'),
  })
  .strict();

export type AuthorInput = z.input<typeof authorSchema>;
export type AuthorData = z.output<typeof authorSchema>;
export const AUTHOR_FIELDS = Object.keys(authorSchema.shape);
