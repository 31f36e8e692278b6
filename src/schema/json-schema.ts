/** JSON Schemas of the frontmatter, generated from the zod schemas for editors and other tools. */
import { z } from 'astro/zod';
import { articleSchema } from './article.ts';
import { authorSchema } from './author.ts';
import { MAX_SERIES_PART, personSchema } from './newsroom.ts';
import { EDITION_LANGS } from './edition-fields.ts';

type JsonObject = Record<string, unknown>;

const DAY = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' };

/** The article frontmatter as JSON Schema (input side: what authors write). */
export function articleJsonSchema(): JsonObject {
  const schema = z.toJSONSchema(articleSchema, { io: 'input', unrepresentable: 'any' }) as JsonObject;
  const properties = schema.properties as Record<string, JsonObject>;
  // Transforms and preprocessing have no JSON Schema form; describe what authors may write instead.
  for (const key of ['date', 'updated']) properties[key] = { ...DAY, description: properties[key]?.description };
  const source = properties.source!;
  properties.source = {
    description: source.description,
    anyOf: [{ type: 'string', minLength: 1, description: 'Publication name' }, { ...source, description: undefined }],
  };
  const quote = ((properties.quotes as JsonObject).items as JsonObject).properties as Record<string, JsonObject>;
  quote.date = { ...DAY, description: quote.date?.description };
  for (const key of ['corrections', 'updates']) {
    const note = ((properties[key] as JsonObject).items as JsonObject).properties as Record<string, JsonObject>;
    note.date = { ...DAY, description: note.date?.description };
  }
  properties.lang = { ...properties.lang, enum: [...EDITION_LANGS] };
  properties.translationOf = { ...properties.translationOf, pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*/[A-Za-z0-9][A-Za-z0-9._-]*$' };
  const series = properties.series!;
  const seriesFields = series.properties as Record<string, JsonObject>;
  seriesFields.part = { type: 'integer', minimum: 1, maximum: MAX_SERIES_PART, description: seriesFields.part?.description };
  properties.series = {
    description: series.description,
    anyOf: [{ type: 'string', minLength: 1, description: 'Series name; parts are ordered by date' }, { ...series, description: undefined }],
  };
  (properties.scripture as JsonObject).items = { type: 'string', minLength: 1, examples: ['Ezekiel', 'Matthew 24', 'Luke 21:7-8', 'Revelation 13:1-18; 17:3'] };
  return { $id: 'article.schema.json', title: 'Article frontmatter', ...schema };
}

/** The author frontmatter as JSON Schema. */
export function authorJsonSchema(): JsonObject {
  return { $id: 'author.schema.json', title: 'Author frontmatter', ...(z.toJSONSchema(authorSchema, { io: 'input' }) as JsonObject) };
}

/** The frontmatter of a `content/people/<slug>.md` file as JSON Schema. */
export function personJsonSchema(): JsonObject {
  return { $id: 'person.schema.json', title: 'Person quoted: frontmatter', ...(z.toJSONSchema(personSchema, { io: 'input' }) as JsonObject) };
}

/** Stable, pretty JSON text for the committed files. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, (_key, v: unknown) => (v === undefined ? undefined : v), 2)}\n`;
}
