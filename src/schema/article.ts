/**
 * Frontmatter of `content/articles/**\/*.md(x)`: the shape and the format of each value. Rules that
 * compare values (dates in order, topics or passages repeated) are in src/lib/validation/rules/.
 */
import { z } from 'astro/zod';
import { calendarDay, customIssue, httpUrl, name, text } from './fields.ts';
import { slugify } from '../lib/text/slug.ts';
import { ENGLISH, formatPassagesIn, parseReferenceIn, type Passage, type ScriptureLanguage } from '../lib/scripture/index.ts';
import { editionLangSchema, translationRefSchema } from './edition-fields.ts';
import { correctionsSchema, leadImageSchema, seriesSchema, updatesSchema } from './newsroom.ts';

/** Where the news came from; a bare string is shorthand for `{ name }`. */
export const sourceSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { name: value } : value),
  z
    .object({
      name: name(160)
        .superRefine((name, ctx) => {
          if (!slugify(name)) customIssue(ctx, `has no letters or digits, so it has no page address (/sources/…/)`, 'write the publication\'s name, e.g. Example Wire');
        })
        .describe('Publication name, e.g. `Example Wire`.'),
      url: httpUrl.optional().describe('Link to the original story, http(s).'),
      section: text(120).optional().describe('Section or desk, e.g. `World`.'),
    })
    .strict(),
);

/** A statement quoted from an official or analyst; its text must appear in the body. */
export const quoteSchema = z
  .object({
    text: text(2000).describe('The words quoted, as they appear in the body; `…` or `...` marks an elision.'),
    speaker: name(160).describe('Who said it.'),
    role: text(200).optional().describe('The speaker\'s role at the time, e.g. `Foreign minister`.'),
    date: calendarDay.optional().describe('When it was said, YYYY-MM-DD.'),
    url: httpUrl.optional().describe('Where it was said or reported, http(s).'),
  })
  .strict();

/** One `scripture` item as written, with the passages it names (one item may name several). */
export interface ScriptureCitation {
  /** The reference as the author wrote it. */
  reference: string;
  /** Canonical display form, e.g. `Luke 21:7–8`. */
  display: string;
  passages: Passage[];
}

/**
 * A passage reference in the article's language (`Luke 21:7-8`, German `Lk 21,7-8`), validated
 * against the 66-book canon with KJV chapter and verse counts; displayed in that language's form.
 */
export function scriptureItemSchemaIn(language: ScriptureLanguage) {
  return z.string().transform((value, ctx): ScriptureCitation => {
    const result = parseReferenceIn(language, value);
    if (!result.ok) {
      customIssue(ctx, result.message, result.fix, undefined, 'scripture-reference');
      return z.NEVER;
    }
    return { reference: value.trim(), display: formatPassagesIn(language, result.passages), passages: result.passages };
  });
}

/** A passage reference in English, the default edition's language. */
export const scriptureItemSchema = scriptureItemSchemaIn(ENGLISH);

/** Most list items an article may have: far above any real article, far below what slows a build. */
export const LIST_LIMITS = { topics: 30, scripture: 200, quotes: 200 } as const;

/** Topic display names, each of which must make a page address (two alike: the topic-clash rule). */
export const topicsSchema = z.array(name(80)).max(LIST_LIMITS.topics).superRefine((topics, ctx) => {
  topics.forEach((topic, index) => {
    if (!slugify(topic)) customIssue(ctx, 'topic has no letters or digits', 'use a name such as "Middle East"', [index]);
  });
});

/**
 * The article schema. `authorRef` is `reference('authors')` inside Astro and a plain string
 * schema in tests and scripts, so this module never imports `astro:content`; `imageSrc` likewise is
 * Astro's image() inside Astro and plain text elsewhere. `scriptureLanguage` reads the `scripture`
 * list: the language of the article's edition (`lang`), which the caller reads first
 * (src/lib/validation/context.ts; in Astro, the run's edition, which sees only its own articles).
 */
export function makeArticleSchema<Author extends z.ZodType, ImageSrc extends z.ZodType = z.ZodString>(authorRef: Author, imageSrc?: ImageSrc, scriptureLanguage: ScriptureLanguage = ENGLISH) {
  return z
    .object({
      title: text(200).describe('Headline, 1–200 characters.'),
      kicker: name(60).optional().describe('Short label above the title: a region or subject, e.g. `North Korea`.'),
      date: calendarDay.describe('Publication date, YYYY-MM-DD.'),
      updated: calendarDay.optional().describe('Date of the last substantive update, YYYY-MM-DD, not before `date`; when absent the latest of `updates` counts.'),
      author: authorRef.describe('Id of a file in content/authors/.'),
      summary: text(300).optional().describe('Up to 300 characters; the opening of the body is used when absent.'),
      source: sourceSchema.describe('The news source: a publication name, or `{ name, url?, section? }`.'),
      topics: topicsSchema.default([]).describe('Display names of topics, e.g. `[North Korea, Russia]`.'),
      scripture: z
        .array(scriptureLanguage === ENGLISH ? scriptureItemSchema : scriptureItemSchemaIn(scriptureLanguage))
        .max(LIST_LIMITS.scripture)
        .default([]).describe('Passage references: `Ezekiel`, `Matthew 24`, `Luke 21:7-8`, `Revelation 13:1-18; 17:3`.'),
      quotes: z.array(quoteSchema).max(LIST_LIMITS.quotes).default([]).describe('Statements quoted in the body.'),
      corrections: correctionsSchema.default([]).describe('Corrections made after publication: `[{ date, text }]`, each shown on the page and at /corrections/.'),
      updates: updatesSchema.default([]).describe('Updates after publication that are not corrections (new facts, a follow-up): `[{ date, text }]`, each shown on the page and at /updates/.'),
      image: leadImageSchema((imageSrc ?? z.string().trim().min(1)) as ImageSrc).optional().describe('Lead image shown at the top and used as the Open Graph image: `{ src, alt, caption?, credit?, license? }`.'),
      series: seriesSchema.optional().describe('The series this article is part of: a name, or `{ name, part }`.'),
      draft: z.boolean().default(false).describe('`true` keeps the article out of the built site entirely.'),
      lang: editionLangSchema.describe('The article\'s edition: a language of the site config\'s editions (`en`, `de`); the default edition when absent.'),
      translationOf: translationRefSchema.optional().describe('The same article in another edition: `<lang>/<id>`, e.g. `en/treaty-signed`; linked both ways.'),
    })
    .strict();
}

/** Article schema as scripts and tests use it: `author` is a plain id, checked against the authors by the rules. */
export const articleSchema = makeArticleSchema(z.string().trim().min(1));

const schemasByLanguage = new Map<ScriptureLanguage, typeof articleSchema>([[ENGLISH, articleSchema]]);

/** The article schema whose `scripture` list reads references in `language` (one schema per language, made once). */
export function articleSchemaIn(language: ScriptureLanguage): typeof articleSchema {
  const known = schemasByLanguage.get(language);
  if (known) return known;
  const schema = makeArticleSchema(z.string().trim().min(1), z.string().trim().min(1), language);
  schemasByLanguage.set(language, schema);
  return schema;
}

export type ArticleInput = z.input<typeof articleSchema>;
export type ArticleData = z.output<typeof articleSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Quote = z.output<typeof quoteSchema>;
export const ARTICLE_FIELDS = ['title', 'kicker', 'date', 'updated', 'author', 'summary', 'source', 'topics', 'scripture', 'quotes', 'corrections', 'updates', 'image', 'series', 'draft', 'lang', 'translationOf'];
export const SOURCE_FIELDS = ['name', 'url', 'section'];
export const QUOTE_FIELDS = ['text', 'speaker', 'role', 'date', 'url'];
