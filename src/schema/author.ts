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

/**
 * Frontmatter of an author's bio in another edition, `content/authors/<lang>/<id>.md`: the body is
 * the bio in that edition's language; the role may be given in it too. The name and links are the
 * author's, from content/authors/<id>.md.
 */
export const bioSchema = z
  .object({
    role: text(120).optional().describe('Position in this edition\'s language, e.g. `Chefredakteurin`.'),
  })
  .strict();

export type BioData = z.output<typeof bioSchema>;
export const BIO_FIELDS = Object.keys(bioSchema.shape);
