/**
 * The edition fields of an article: `lang` (which edition it belongs to) and `translationOf` (the
 * same article in another edition). Whether a translation's target exists is a cross-file rule
 * (src/lib/validation/rules/translation-of.ts); here only the form.
 */
import { z } from 'astro/zod';
import { SITE_EDITIONS, type EditionLang } from '../lib/editions/config.ts';
import { ID_PATTERN } from '../lib/content/layout.ts';
import { customIssue } from './fields.ts';

/** The languages the site has editions for (src/site.config.ts), the default first. */
export const EDITION_LANGS: readonly EditionLang[] = [SITE_EDITIONS.defaultLang, ...SITE_EDITIONS.editions.map((edition) => edition.lang).filter((lang) => lang !== SITE_EDITIONS.defaultLang)];

/** Whether `value` is the language of one of the site's editions. */
export function isEditionLang(value: unknown): value is EditionLang {
  return typeof value === 'string' && (EDITION_LANGS as readonly string[]).includes(value);
}

/** `lang`: one of the site's editions; absent means the default edition. */
export const editionLangSchema = z
  .string()
  .trim()
  .default(SITE_EDITIONS.defaultLang)
  .transform((value, ctx): EditionLang => {
    if (isEditionLang(value)) return value;
    customIssue(ctx, `"${value}" is not an edition of this site`, `use one of: ${EDITION_LANGS.join(', ')} (the editions in src/site.config.ts); leave lang out for the default edition (${SITE_EDITIONS.defaultLang})`, undefined, 'edition-lang');
    return z.NEVER;
  });

/** A reference to an article of an edition, `<lang>/<id>`, split in two. */
export type TranslationRef = { lang: string; id: string };

/** Reads `de/treaty-signed` as `{ lang: 'de', id: 'treaty-signed' }`; undefined when it is not of that form. */
export function parseTranslationRef(value: string): TranslationRef | undefined {
  const match = /^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\/([^/]+)$/.exec(value.trim());
  if (!match || !ID_PATTERN.test(match[2]!)) return undefined;
  return { lang: match[1]!, id: match[2]! };
}

/** `translationOf`: `<lang>/<id>`; the rule translation-of checks that the article exists in another edition. */
export const translationRefSchema = z
  .string()
  .trim()
  .transform((value, ctx): TranslationRef => {
    const ref = parseTranslationRef(value);
    if (ref) return ref;
    customIssue(ctx, 'is not of the form <lang>/<id>', `write the edition's language and the article's id, e.g. translationOf: ${SITE_EDITIONS.defaultLang}/a-treaty-signed-in-haste`);
    return z.NEVER;
  });
