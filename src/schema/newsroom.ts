/** Frontmatter fields of the newsroom additions: corrections, updates, series, and the people-quoted files. */
import { z } from 'astro/zod';
import { calendarDay, customIssue, httpUrl, name, text } from './fields.ts';
import { slugify } from '../lib/text/slug.ts';

/** Most corrections one article may list: a story corrected more often needs rewriting, not a longer list. */
export const MAX_CORRECTIONS = 50;
/** Most updates one article may list: a story that keeps moving deserves a new article, not a longer list. */
export const MAX_UPDATES = 50;

/** A dated note added after publication (a correction, an update): `{ date, text }`, described for its kind. */
function datedNoteSchema(describe: { date: string; text: string }) {
  return z
    .object({
      date: calendarDay.describe(describe.date),
      text: text(500).describe(describe.text),
    })
    .strict();
}

/** One published correction: when it was made and what was wrong. */
export const correctionSchema = datedNoteSchema({
  date: 'Day the correction was made, YYYY-MM-DD, on or after the publication date.',
  text: 'What was corrected, 1–500 characters, e.g. `An earlier version gave the envoy\'s title as minister.`',
});

export const correctionsSchema = z.array(correctionSchema).max(MAX_CORRECTIONS);

/** One update that is not a correction (new facts, a follow-up): when it was made and what it added. */
export const updateSchema = datedNoteSchema({
  date: 'Day of the update, YYYY-MM-DD, on or after the publication date.',
  text: 'What the update added or changed, 1–500 characters, e.g. `Added the ministry\'s statement issued after publication.`',
});

export const updatesSchema = z.array(updateSchema).max(MAX_UPDATES);

/** Highest part number: far above any real series, low enough to stay a readable "Part n of N". */
export const MAX_SERIES_PART = 1000;

/** `series: Name` (parts ordered by date) or `series: { name, part }`. */
export const seriesSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { name: value } : value),
  z
    .object({
      name: name(120)
        .superRefine((value, ctx) => {
          if (!slugify(value)) customIssue(ctx, 'has no letters or digits, so the series has no page address (/series/…/)', 'write the series name, e.g. The Message of Nahum');
        })
        .describe('Name of the series, e.g. `The Message of Nahum`; every part writes it the same way.'),
      part: z
        .number()
        .superRefine((part, ctx) => {
          if (!Number.isInteger(part) || part < 1 || part > MAX_SERIES_PART) customIssue(ctx, `${part} is not a part number`, `write a whole number from 1 to ${MAX_SERIES_PART}, e.g. part: 2`);
        })
        .optional().describe('Which part this is, a whole number from 1; when absent, parts are ordered by date.'),
    })
    .strict(),
);

/** A correction or an update: the two have one shape. */
export type DatedNote = z.output<typeof correctionSchema>;
export type Correction = DatedNote;
export type Update = z.output<typeof updateSchema>;
export type SeriesRef = z.output<typeof seriesSchema>;
/** The fields of a correction and of an update. */
export const DATED_NOTE_FIELDS = ['date', 'text'];
export const SERIES_FIELDS = ['name', 'part'];

/** `content/people/<slug>.md`: a person quoted in articles; the body is a short note. */
export const personSchema = z
  .object({
    name: name(160).describe('The name as the site shows it, e.g. `Mason Richey`.'),
    aliases: z.array(name(160)).max(30).default([]).describe('Other spellings of the name used as quote speakers; each maps to this person.'),
    description: text(300).optional().describe('Who the person is, in one line, e.g. `Professor of international politics`.'),
    url: httpUrl.optional().describe('An official or profile page, http(s).'),
  })
  .strict();

export type PersonData = z.output<typeof personSchema>;
export const PERSON_FIELDS = Object.keys(personSchema.shape);

/**
 * A lead image `{ src, alt, caption?, credit?, license? }`. `src` is plain text here (a path beside the
 * article, checked by the lead-image-src rule); inside Astro it is Astro's image() field, which
 * hands the page the picture's size for its image pipeline.
 */
export function leadImageSchema<Src extends z.ZodType>(src: Src) {
  return z
    .object({
      src: src.describe('Path of the picture relative to the article, e.g. `./barrier-gates.jpg`; pictures on other sites are not allowed.'),
      alt: text(300).describe('What the picture shows, for readers who cannot see it (required).'),
      caption: text(300).optional().describe('Caption shown under the picture.'),
      credit: text(200).optional().describe('Who made the picture, e.g. `Photo: Jane Doe`.'),
      license: text(120).optional().describe('Licence of the picture, e.g. `CC BY 4.0`.'),
    })
    .strict();
}

export const IMAGE_FIELDS = ['src', 'alt', 'caption', 'credit', 'license'];
