/** Frontmatter of `content/authors/<id>.md`; the body is the biography. */
import { z } from 'astro/zod';
import { httpUrl, text } from './fields.ts';

export const authorSchema = z
  .object({
    /** Display name, e.g. `Miriam Hale`. */
    name: text(120),
    /** Position, e.g. `Senior editor`. */
    role: text(120).optional(),
    /** Organisation the author writes for. */
    organization: text(160).optional(),
    /** Personal or profile page, http(s). */
    url: httpUrl.optional(),
  })
  .strict();

export type AuthorInput = z.input<typeof authorSchema>;
export type AuthorData = z.output<typeof authorSchema>;
export const AUTHOR_FIELDS = Object.keys(authorSchema.shape);
